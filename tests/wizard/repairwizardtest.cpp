#include "aboutdialog.h"
#include "operationpanel.h"
#include "repairpage.h"
#include "wizardfixture.h"

using RepairWizardTest = WizardFixture;

TEST_F(RepairWizardTest, StartsAtThePowerBiSignIn)
{
    wizard->show();
    EXPECT_EQ(wizard->currentId(), RepairWizard::PageSignInPowerBi);
}

TEST_F(RepairWizardTest, FixCredentialsOpensAtSettingsForXero)
{
    openAt(RepairStep::XeroSettings);
    EXPECT_EQ(wizard->currentId(), RepairWizard::PageXeroSettings);
}

TEST_F(RepairWizardTest, EveryStepOfTheProcedureHasItsPage)
{
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::SignInPowerBi), RepairWizard::PageSignInPowerBi);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::RefreshStatus), RepairWizard::PageRefreshStatus);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::XeroSettings), RepairWizard::PageXeroSettings);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::ConfigureXero), RepairWizard::PageConfigureXero);
    // Step 4 is Power BI's own dialog; the program's Xero sign-in is its fallback, reached
    // from there only.
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::SignInXero), RepairWizard::PageEditCredentials);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::Schedule), RepairWizard::PageSchedule);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::RefreshNow), RepairWizard::PageRefreshNow);
    EXPECT_EQ(RepairWizard::pageIdFor(RepairStep::ContactSupport), RepairWizard::PageFinish);
}

TEST_F(RepairWizardTest, AFailedStepShowsThePlainSentenceWithDetailsOneClickAway)
{
    OperationPanel panel;
    panel.show();
    panel.showError(
        ApiError::network(ApiError::Service::PowerBi, QStringLiteral("Connection refused")));
    EXPECT_TRUE(panel.isShowingError());
    EXPECT_FALSE(panel.sentence().isEmpty());
    EXPECT_TRUE(panel.details().contains(QStringLiteral("Connection refused")));
}

TEST_F(RepairWizardTest, TheWindowTitleNamesTheStepShown)
{
    openAt(RepairStep::XeroSettings);
    EXPECT_TRUE(wizard->windowTitle().startsWith(wizard->currentPage()->title()));
    EXPECT_TRUE(wizard->windowTitle().endsWith(QStringLiteral("Xero Refresh Assistant")));
}

TEST_F(RepairWizardTest, TheAboutButtonAndF1OpenTheAboutBox)
{
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    QAbstractButton *about = wizard->button(QWizard::HelpButton);
    ASSERT_TRUE(about->isVisible());
    about->click();
    ASSERT_TRUE(waitUntil([&] {
        const auto *dialog = wizard->findChild<AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
    delete wizard->findChild<AboutDialog *>();

    wizard->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(wizard.get()));
    QTest::keyClick(wizard.get(), Qt::Key_F1);
    EXPECT_TRUE(waitUntil([&] {
        const auto *dialog = wizard->findChild<AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
}
