#include "operationpanel.h"
#include "repairpage.h"
#include "statuswindow.h"
#include "wizardfixture.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QLabel>

#include <vector>

// What a user with a screen reader, or with French text on screen, would notice first: a
// control without a name, or a word cut off. Every step of the wizard is opened on the sandbox's
// broken dataset and looked over. CTest runs this suite in English and in French
// (XRA_TEST_LANG=fr), whose texts are longer.
namespace {

bool isWebContent(const QWidget *widget)
{
    for (const QWidget *parent = widget; parent; parent = parent->parentWidget()) {
        const QString className = QString::fromLatin1(parent->metaObject()->className());
        if (className.contains(QLatin1String("WebEngine")) ||
            className.contains(QLatin1String("RenderWidgetHost")))
            return true;
    }
    return false;
}

bool isShown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isVisible() && widget->width() > 0;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->property("text").toString());
}

// Controls that take the keyboard focus and what a screen reader would call them.
QStringList unnamedControls(const QWidget *window)
{
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // A spin box's own line edit is named through the spin box.
        if (!isShown(widget, window) || isWebContent(widget) ||
            !(widget->focusPolicy() & Qt::TabFocus) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

// Labels and buttons whose text does not fit the room the layout gave them.
QStringList clippedTexts(const QWidget *window)
{
    QStringList clipped;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!isShown(label, window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool fits = label->wordWrap()
                              ? label->heightForWidth(label->width()) <= label->height() + 1
                              : label->minimumSizeHint().width() <= label->width() + 1;
        if (!fits)
            clipped << describe(label);
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (isShown(button, window) && !button->text().isEmpty() &&
            button->sizeHint().width() > button->width() + 1)
            clipped << describe(button);
    }
    return clipped;
}

void expectNone(const QStringList &found, const char *what)
{
    EXPECT_TRUE(found.isEmpty()) << what << ":\n" << found.join(QLatin1Char('\n')).toStdString();
}

} // namespace

class WizardLayoutTest : public WizardFixture, public ::testing::WithParamInterface<RepairStep>
{
};

TEST_P(WizardLayoutTest, EveryControlHasANameAndNoTextIsCutOff)
{
    // Step 4 starts a Xero sign-in in the web view; its own controls are what is looked at here.
    openAt(GetParam());
    auto *page = qobject_cast<RepairPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    QTest::qWait(300); // the page lays out what it loaded
    expectNone(unnamedControls(wizard.get()), "without a name");
    expectNone(clippedTexts(wizard.get()), "cut off");
}

INSTANTIATE_TEST_SUITE_P(EveryStep, WizardLayoutTest,
                         ::testing::Values(RepairStep::RefreshStatus, RepairStep::XeroSettings,
                                           RepairStep::ConfigureXero, RepairStep::SignInXero,
                                           RepairStep::Schedule, RepairStep::RefreshNow,
                                           RepairStep::ContactSupport));

using StatusWindowLayoutTest = WizardFixture;

TEST_F(StatusWindowLayoutTest, EveryControlHasANameAndNoTextIsCutOff)
{
    signInToPowerBi();
    chooseXeroDataset();
    StatusWindow window(session()->operations(), session()->status(), session()->runner(),
                        session()->dataset());
    window.show();
    window.reload();
    ASSERT_TRUE(waitUntil([&] { return !window.isWorking(); }));
    QTest::qWait(300);
    expectNone(unnamedControls(&window), "without a name");
    expectNone(clippedTexts(&window), "cut off");
}
