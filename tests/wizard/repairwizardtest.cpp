#include "aboutdialog.h"
#include "operationpanel.h"
#include "repairpage.h"
#include "wizardfixture.h"

#include <QMessageBox>
#include <QPushButton>

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

// The wizard's own button says Close: Cancel belongs to the running step alone.
TEST_F(RepairWizardTest, CloseOnTheFirstStepClosesAtOnce)
{
    wizard->show();
    QAbstractButton *close = wizard->button(QWizard::CancelButton);
    EXPECT_EQ(close->text(), RepairWizard::tr("Close"));
    close->click();
    EXPECT_FALSE(wizard->isVisible());
    EXPECT_EQ(wizard->findChild<QMessageBox *>(), nullptr);
}

// Half-way through, Close and Esc ask before leaving; Stay keeps everything as it was.
TEST_F(RepairWizardTest, HalfWayThroughCloseAndEscAskBeforeLeavingTheRepair)
{
    signInToPowerBi();
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    wizard->next();
    ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));

    wizard->button(QWizard::CancelButton)->click();
    auto *question = wizard->findChild<QMessageBox *>(QStringLiteral("leaveRepairQuestion"));
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    question->defaultButton()->click();
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->currentId(), RepairWizard::PageChooseDataset);
    ASSERT_TRUE(waitUntil([&] { return !wizard->findChild<QMessageBox *>(); }));

    wizard->activateWindow();
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    question = wizard->findChild<QMessageBox *>(QStringLiteral("leaveRepairQuestion"));
    ASSERT_NE(question, nullptr);
    question->findChild<QPushButton *>(QStringLiteral("leaveRepairButton"))->click();
    EXPECT_FALSE(wizard->isVisible());
}
