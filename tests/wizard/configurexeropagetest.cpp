#include "configurexeropage.h"
#include "wizardfixture.h"

#include <QLabel>
#include <QLineEdit>

namespace {

class ConfigureXeroPageTest : public WizardFixture
{
protected:
    ConfigureXeroPageTest()
        : WizardFixture(Palette::DarkOnRequest)
    {}

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
    keepScreenshot(QStringLiteral("configure-blank"));

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
    keepScreenshot(QStringLiteral("configure-prefilled"));
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
            label->text().contains(QStringLiteral("Power BI's own dialog asks for it")))
            explained = true;
        if (label->buddy() == configurePage()->nameEdit()) {
            EXPECT_TRUE(label->text().contains(QStringLiteral("&Organisation name")));
        }
    }
    EXPECT_TRUE(explained);
}
