#include "configurexeropage.h"
#include "wizardfixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

namespace {

class ConfigureXeroPageTest : public WizardFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsSet("XRA_TEST_DARK"))
            QApplication::setPalette(darkPalette());
        WizardFixture::SetUp();
    }

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return dark;
    }

    ConfigureXeroPage *configurePage() const
    {
        return page<ConfigureXeroPage>(RepairWizard::PageConfigureXero);
    }

    void type(const QString &name)
    {
        QLineEdit *edit = configurePage()->nameEdit();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, name);
    }

    // For a look at the page: XRA_SCREENSHOT_DIR=<folder>, and XRA_TEST_DARK=1 for a
    // dark palette.
    void saveShot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("XRA_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            wizard->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
};

} // namespace

TEST_F(ConfigureXeroPageTest, ABlankNameKeepsNextDisabledAndSaysWhy)
{
    openAt(RepairStep::ConfigureXero);
    ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
    EXPECT_TRUE(configurePage()->nameEdit()->text().isEmpty());
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(configurePage()->ruleText().contains(QStringLiteral("as Xero shows it")));

    type(QStringLiteral("   "));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_EQ(configurePage()->ruleText(), QStringLiteral("Enter the organisation name."));
    saveShot(QStringLiteral("configure-blank"));

    type(QString(ConfigureXeroPage::maximumNameLength + 1, QLatin1Char('x')));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(configurePage()->ruleText().contains(QStringLiteral("too long")));

    type(QStringLiteral("  Contoso Ltd "));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_TRUE(configurePage()->ruleText().contains(QStringLiteral("as Xero shows it")));
}

TEST_F(ConfigureXeroPageTest, TheOrganisationLastUsedIsFilledIn)
{
    signInToPowerBi();
    const Result<XeroSignInOutcome> signedIn = signInToXero(QStringLiteral("contoso LTD"));
    ASSERT_TRUE(signedIn) << signedIn.error().technicalDetails().toStdString();

    openAt(RepairStep::ConfigureXero);
    ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
    // Xero's own spelling of the organisation chosen, not what was typed then.
    EXPECT_EQ(configurePage()->nameEdit()->text(), QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(wizard->field(RepairWizard::organisationField()).toString(),
              QStringLiteral("Contoso Ltd"));
    EXPECT_TRUE(nextButton()->isEnabled());
    saveShot(QStringLiteral("configure-prefilled"));
}

TEST_F(ConfigureXeroPageTest, TheNameIsExplainedAndEveryControlIsNamed)
{
    openAt(RepairStep::ConfigureXero);
    ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
    EXPECT_EQ(configurePage()->title(), QStringLiteral("Configure Xero"));
    EXPECT_FALSE(configurePage()->nameEdit()->accessibleName().isEmpty());
    bool explained = false;
    for (const QLabel *label : configurePage()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("as it appears in Xero")) &&
            label->text().contains(QStringLiteral("must match")))
            explained = true;
        if (label->buddy() == configurePage()->nameEdit()) {
            EXPECT_TRUE(label->text().contains(QStringLiteral("&Organisation name")));
        }
    }
    EXPECT_TRUE(explained);
}
