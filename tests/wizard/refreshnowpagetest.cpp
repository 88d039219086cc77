#include "refreshnowpage.h"
#include "datasetstatus.h"
#include "operationpanel.h"
#include "refreshpresentation.h"
#include "wizardfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

// Step 6 against the sandbox, where a refresh takes 5 seconds of sandbox time: the tests move
// the sandbox clock on rather than wait.
class RefreshNowPageTest : public WizardFixture
{
protected:
    RefreshNowPageTest()
        : WizardFixture(Palette::DarkOnRequest)
    {}

    static constexpr qint64 refreshSeconds = 5;

    RefreshNowPage *refreshPage() const
    {
        return page<RefreshNowPage>(RepairWizard::PageRefreshNow);
    }

    void openRefreshNow()
    {
        openAt(RepairStep::RefreshNow);
        showLoaded();
    }

    void showLoaded()
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshNow));
        ASSERT_TRUE(waitUntil(
            [&] { return !shownValue(QStringLiteral("Refreshes left today")).isEmpty(); }));
    }

    QString shownValue(const QString &accessibleName) const
    {
        const QList<QLabel *> labels = refreshPage()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->accessibleName() == accessibleName)
                return label->text();
        }
        return {};
    }

    QColor statusColour() const
    {
        const QList<QLabel *> labels = refreshPage()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->accessibleName() == QStringLiteral("Refresh status"))
                return label->palette().color(QPalette::WindowText);
        }
        return {};
    }

    std::optional<int> refreshesLeftInPowerBi()
    {
        const Result<DatasetStatus> status =
            await<DatasetStatus>([&](QObject *context, Callback<DatasetStatus> done) {
                session()->status()->loadStatus(context, done);
            });
        EXPECT_TRUE(status) << status.error().technicalDetails().toStdString();
        return status ? status.value().quota.refreshesLeftToday() : std::nullopt;
    }

    // Clicks Refresh now and waits until the page follows the running refresh.
    bool startAndWaitUntilRunning()
    {
        refreshPage()->refreshButton()->click();
        return waitUntil([&] {
            return shownValue(QStringLiteral("Refresh status")) == QStringLiteral("In progress");
        });
    }

    bool waitUntilEnded()
    {
        sandbox.advanceClock(refreshSeconds + 1);
        return waitUntil([&] { return nextButton()->isEnabled(); });
    }
};

TEST_F(RefreshNowPageTest, ShowsTheRefreshesLeftTodayAndWaitsForARefreshBeforeNext)
{
    openRefreshNow();
    const std::optional<int> left = refreshesLeftInPowerBi();
    ASSERT_TRUE(left.has_value());
    const QString quota = shownValue(QStringLiteral("Refreshes left today"));
    EXPECT_TRUE(quota.startsWith(QString::number(*left) + QLatin1Char(' '))) << quota.toStdString();
    EXPECT_TRUE(quota.contains(QStringLiteral("left today"))) << quota.toStdString();
    EXPECT_TRUE(refreshPage()->refreshButton()->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("refreshnow-ready"));
}

// The user chose the temporary credential at step 4 (one push): Refresh now renews it first.
TEST_F(RefreshNowPageTest, WithTheTemporaryCredentialChosenTheRefreshRenewsItAndCompletes)
{
    const Result<XeroSignInOutcome> xero = signInToXero(QStringLiteral("Contoso Ltd"));
    ASSERT_TRUE(xero) << xero.error().technicalDetails().toStdString();
    signInToPowerBi();
    chooseXeroDataset();
    const Result<bool> pushed = await<bool>([&](QObject *context, Callback<bool> done) {
        session()->runner()->pushCredentials(context, done);
    });
    ASSERT_TRUE(pushed && pushed.value());
    openRefreshNow();

    ASSERT_TRUE(startAndWaitUntilRunning());
    EXPECT_FALSE(refreshPage()->refreshButton()->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    // The elapsed time follows the (sandbox) clock, each second.
    sandbox.advanceClock(3);
    EXPECT_TRUE(waitUntil([&] {
        return shownValue(QStringLiteral("Time the refresh has taken"))
            .contains(QRegularExpression(QStringLiteral("^Running for [3-9] s$")));
    })) << shownValue(QStringLiteral("Time the refresh has taken")).toStdString();
    keepScreenshot(QStringLiteral("refreshnow-running"));

    ASSERT_TRUE(waitUntilEnded());
    EXPECT_EQ(shownValue(QStringLiteral("Refresh status")), QStringLiteral("Completed"));
    EXPECT_EQ(statusColour(), RefreshPresentation::statusColor(wizard->lastRun()->refresh.value(),
                                                               refreshPage()->palette()));
    EXPECT_EQ(shownValue(QStringLiteral("What the result means")),
              QStringLiteral("The refresh completed."));
    ASSERT_TRUE(wizard->lastRun().has_value());
    EXPECT_TRUE(wizard->lastRun()->credentialsPushed);
    EXPECT_TRUE(wizard->lastRun()->hasEnded());
    EXPECT_EQ(wizard->lastRun()->refresh->status(), Refresh::Status::Completed);
    keepScreenshot(QStringLiteral("refreshnow-completed"));
}

TEST_F(RefreshNowPageTest, WithoutAXeroSignInNothingIsPushedAndTheRefreshFailsOnTheCredentials)
{
    openRefreshNow();
    ASSERT_TRUE(startAndWaitUntilRunning());
    ASSERT_TRUE(waitUntilEnded());
    EXPECT_EQ(shownValue(QStringLiteral("Refresh status")), QStringLiteral("Failed"));
    EXPECT_FALSE(shownValue(QStringLiteral("What the result means")).isEmpty());
    ASSERT_TRUE(wizard->lastRun().has_value());
    EXPECT_FALSE(wizard->lastRun()->credentialsPushed);
    EXPECT_EQ(wizard->lastRun()->refresh->status(), Refresh::Status::Failed);
    keepScreenshot(QStringLiteral("refreshnow-failed"));
}

TEST_F(RefreshNowPageTest, ThrottlingSaysHowLongToWait)
{
    openRefreshNow();
    sandbox.addFault(SandboxFault::on(QStringLiteral("POST"), QStringLiteral("/refreshes$"))
                         .withPowerBiError(429, QStringLiteral("TooManyRequests"),
                                           QStringLiteral("Too many requests."))
                         .withHeader("Retry-After", "3600"));

    refreshPage()->refreshButton()->click();
    ASSERT_TRUE(waitUntil([&] { return refreshPage()->operationPanel()->isShowingError(); }));
    const QString sentence = refreshPage()->operationPanel()->sentence();
    EXPECT_TRUE(sentence.contains(QStringLiteral("wait"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("60 minutes"))) << sentence.toStdString();
    // It could not start: the finish is open, and so is another try.
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_TRUE(refreshPage()->refreshButton()->isEnabled());
    keepScreenshot(QStringLiteral("refreshnow-throttled"));
}

TEST_F(RefreshNowPageTest, CancelStopsFollowingAndSaysPowerBiMayStillFinish)
{
    openRefreshNow();
    ASSERT_TRUE(startAndWaitUntilRunning());
    QPushButton *cancel = nullptr;
    for (QPushButton *button : refreshPage()->operationPanel()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Cancel"))
            cancel = button;
    }
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(waitUntil([&] { return !refreshPage()->isBusy(); }));
    EXPECT_TRUE(refreshPage()->operationPanel()->sentence().contains(
        QStringLiteral("Power BI may still finish")))
        << refreshPage()->operationPanel()->sentence().toStdString();
    EXPECT_TRUE(nextButton()->isEnabled());
    ASSERT_TRUE(wizard->lastRun().has_value());
    EXPECT_FALSE(wizard->lastRun()->hasEnded());
}

TEST_F(RefreshNowPageTest, NoRefreshLeftTodayDisablesRefreshNowAndSaysWhy)
{
    signInToPowerBi();
    chooseXeroDataset();
    // A day later, the scenario's refreshes count neither for Power BI's last 24 hours nor for
    // the program's "today": all of the day's refreshes are free.
    sandbox.advanceClock(25 * 3600);
    const std::optional<int> left = refreshesLeftInPowerBi();
    ASSERT_EQ(left, std::optional<int>(RefreshQuota::sharedCapacityLimit));
    // Use them up, one at a time as Power BI requires.
    for (int used = 0; used < *left; ++used) {
        const Result<RefreshRun> started =
            await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
                session()->runner()->startRefresh(context, done);
            });
        ASSERT_TRUE(started) << started.error().technicalDetails().toStdString();
        sandbox.advanceClock(refreshSeconds + 1);
    }
    wizard->startAtStep(RepairStep::RefreshNow);
    wizard->restart();
    wizard->show();
    showLoaded();

    EXPECT_FALSE(refreshPage()->refreshButton()->isEnabled());
    EXPECT_TRUE(shownValue(QStringLiteral("Refreshes left today"))
                    .startsWith(QStringLiteral("No refresh is left today")));
    EXPECT_TRUE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("refreshnow-none-left"));
}
