#include "xerosettingspage.h"
#include "operationpanel.h"
#include "wizardfixture.h"

#include <QCommandLinkButton>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

// Step 2 against the scenario's Xero dataset (owned by the signed-in user, schedule switched
// off after credential failures), and the same dataset taken over by someone else.
class XeroSettingsPageTest : public WizardFixture
{
protected:
    XeroSettingsPage *settingsPage() const
    {
        return page<XeroSettingsPage>(RepairWizard::PageXeroSettings);
    }

    bool openSettings()
    {
        openAt(RepairStep::XeroSettings);
        return waitUntil([&] { return settingsPage()->status() && !settingsPage()->isBusy(); });
    }

    QLabel *label(const QString &name) const { return settingsPage()->findChild<QLabel *>(name); }

    QCommandLinkButton *editCredentials() const
    {
        return settingsPage()->findChild<QCommandLinkButton *>(QStringLiteral("editCredentials"));
    }

    QPushButton *takeOver() const
    {
        return settingsPage()->findChild<QPushButton *>(QStringLiteral("takeOver"));
    }

    // The operation panel's Retry (the last one, should there be more).
    QPushButton *retryButton() const
    {
        QPushButton *retry = nullptr;
        for (QPushButton *button :
             settingsPage()->operationPanel()->findChildren<QPushButton *>()) {
            if (button->text() == OperationPanel::tr("Retry"))
                retry = button;
        }
        return retry;
    }

    // The owner as the sandbox (Power BI) knows it.
    QString ownerInSandbox()
    {
        const SandboxReply reply = callXeroDataset("GET", {});
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("configuredBy"))
            .toString();
    }
};

TEST_F(XeroSettingsPageTest, ShowsTheXeroDataSourceAndItsExpiredSignIn)
{
    ASSERT_TRUE(openSettings());
    const auto *box = settingsPage()->findChild<QGroupBox *>(QStringLiteral("credentials"));
    EXPECT_EQ(box->title(), QStringLiteral("Data source credentials"));
    EXPECT_EQ(label(QStringLiteral("datasource"))->text(), QStringLiteral("Xero (Extension)"));
    EXPECT_TRUE(label(QStringLiteral("credentialState"))
                    ->text()
                    .startsWith(QStringLiteral("The Xero sign-in behind this dataset has expired")))
        << label(QStringLiteral("credentialState"))->text().toStdString();
    keepScreenshot(QStringLiteral("xero-settings"));
}

TEST_F(XeroSettingsPageTest, ShowsTheScheduleSwitchedOffByPowerBi)
{
    ASSERT_TRUE(openSettings());
    EXPECT_EQ(label(QStringLiteral("scheduleState"))->text(),
              QStringLiteral("Off: switched off by Power BI after repeated failures"));
    const QString days = label(QStringLiteral("scheduleDays"))->text();
    EXPECT_TRUE(days.contains(QLocale().dayName(1)) && days.contains(QLocale().dayName(3)) &&
                days.contains(QLocale().dayName(5)) && !days.contains(QLocale().dayName(2)))
        << days.toStdString();
    EXPECT_TRUE(label(QStringLiteral("scheduleTimes"))
                    ->text()
                    .startsWith(QStringLiteral("07:00, that is ")))
        << label(QStringLiteral("scheduleTimes"))->text().toStdString();
    EXPECT_TRUE(label(QStringLiteral("scheduleZone"))
                    ->text()
                    .contains(QStringLiteral("Romance Standard Time")));
    EXPECT_TRUE(label(QStringLiteral("scheduleFix"))->isVisible());
}

TEST_F(XeroSettingsPageTest, TheOwnerIsTheSignedInUserAndEditCredentialsIsOpen)
{
    ASSERT_TRUE(openSettings());
    EXPECT_EQ(label(QStringLiteral("owner"))->text(),
              QStringLiteral("%1 (you)").arg(SandboxScenario::microsoftUser));
    EXPECT_FALSE(takeOver()->isVisible());
    EXPECT_TRUE(editCredentials()->isEnabled());
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(XeroSettingsPageTest, EditCredentialsMovesToConfigureXero)
{
    ASSERT_TRUE(openSettings());
    ASSERT_TRUE(editCredentials()->isEnabled());
    editCredentials()->click();
    EXPECT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
}

TEST_F(XeroSettingsPageTest, SomeoneElsesDatasetIsTakenOverBeforeCredentialsAreEdited)
{
    ASSERT_EQ(callXeroDataset("POST", QStringLiteral("/Default.TakeOver"), {},
                              SandboxScenario::otherOwner)
                  .status,
              200);
    ASSERT_TRUE(openSettings());
    EXPECT_EQ(label(QStringLiteral("owner"))->text(), SandboxScenario::otherOwner);
    EXPECT_TRUE(takeOver()->isVisible());
    EXPECT_TRUE(takeOver()->isEnabled());
    EXPECT_TRUE(label(QStringLiteral("takeOverExplanation"))->isVisible());
    EXPECT_FALSE(editCredentials()->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(label(QStringLiteral("editBlocked"))->isVisible());
    keepScreenshot(QStringLiteral("xero-settings-not-owner"));

    takeOver()->click();
    ASSERT_TRUE(waitUntil([&] {
        return !settingsPage()->isBusy() && settingsPage()->status()->signedInUserIsOwner;
    }));
    EXPECT_EQ(ownerInSandbox(), SandboxScenario::microsoftUser);
    EXPECT_EQ(label(QStringLiteral("owner"))->text(),
              QStringLiteral("%1 (you)").arg(SandboxScenario::microsoftUser));
    EXPECT_FALSE(takeOver()->isVisible());
    EXPECT_FALSE(label(QStringLiteral("editBlocked"))->isVisible());
    EXPECT_TRUE(editCredentials()->isEnabled());
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(XeroSettingsPageTest, AFailedTakeOverSaysSoAndRetryTakesOver)
{
    ASSERT_EQ(callXeroDataset("POST", QStringLiteral("/Default.TakeOver"), {},
                              SandboxScenario::otherOwner)
                  .status,
              200);
    ASSERT_TRUE(openSettings());
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("POST"), QStringLiteral("/Default\\.TakeOver$"))
            .answering(500));
    takeOver()->click();
    OperationPanel *panel = settingsPage()->operationPanel();
    ASSERT_TRUE(waitUntil([&] { return panel->isShowingError(); }));
    EXPECT_EQ(ownerInSandbox(), SandboxScenario::otherOwner);
    EXPECT_FALSE(editCredentials()->isEnabled());

    QPushButton *retry = retryButton();
    ASSERT_NE(retry, nullptr);
    retry->click();
    ASSERT_TRUE(waitUntil([&] {
        return !settingsPage()->isBusy() && settingsPage()->status()->signedInUserIsOwner;
    }));
    EXPECT_EQ(ownerInSandbox(), SandboxScenario::microsoftUser);
    EXPECT_TRUE(editCredentials()->isEnabled());
}

TEST_F(XeroSettingsPageTest, ALoadErrorShowsTheSentenceAndRetryReads)
{
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/datasources$")).answering(500));
    openAt(RepairStep::XeroSettings);
    OperationPanel *panel = settingsPage()->operationPanel();
    ASSERT_TRUE(waitUntil([&] { return panel->isShowingError(); }));
    EXPECT_FALSE(editCredentials()->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    QPushButton *retry = retryButton();
    ASSERT_NE(retry, nullptr);
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return settingsPage()->status() && !settingsPage()->isBusy(); }));
    EXPECT_EQ(label(QStringLiteral("datasource"))->text(), QStringLiteral("Xero (Extension)"));
    EXPECT_TRUE(editCredentials()->isEnabled());
}

TEST_F(XeroSettingsPageTest, ADarkPaletteKeepsThePageReadable)
{
    darkPaletteScope.apply();
    ASSERT_EQ(callXeroDataset("POST", QStringLiteral("/Default.TakeOver"), {},
                              SandboxScenario::otherOwner)
                  .status,
              200);
    ASSERT_TRUE(openSettings());
    // The page's text takes the palette's own colours: light on the dark window.
    EXPECT_GT(label(QStringLiteral("owner"))->palette().color(QPalette::WindowText).lightness(),
              200);
    keepScreenshot(QStringLiteral("xero-settings-dark"));
}
