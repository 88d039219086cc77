#include "watchpanel.h"
#include "answerlater.h"
#include "copyablefield.h"
#include "dataseteditor.h"
#include "refreshschedulechange.h"
#include "screenshot.h"
#include "statuswindow.h"
#include "valuelabel.h"
#include "watchmemory.h"
#include "watchswitch.h"
#include "watchtimer.h"
#include "wizardfixture.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

namespace {

// The system's user timers as the panel sees them: what was installed and removed, and a
// scheduler that may be missing or refuse.
class FakeWatchTimer : public WatchTimer
{
public:
    void availability(QObject *context, Callback<Availability> done) override
    {
        answerLater<Availability>(context, std::move(done), available);
    }
    void install(const WatchUnits &units, QObject *context, Callback<Done> done) override
    {
        installs.append(units);
        if (refusal)
            return answerLater<Done>(context, std::move(done), *refusal);
        installed = true;
        answerLater<Done>(context, std::move(done), Done{});
    }
    void remove(QObject *context, Callback<Done> done) override
    {
        ++removals;
        installed = false;
        answerLater<Done>(context, std::move(done), Done{});
    }
    bool isInstalled() const override { return installed; }
    QStringList unitPaths() const override
    {
        return {QStringLiteral("~/.config/systemd/user/xero-refresh-assistant-watch.service"),
                QStringLiteral("~/.config/systemd/user/xero-refresh-assistant-watch.timer")};
    }

    Availability available = Availability::Available;
    std::optional<ApiError> refusal;
    QList<WatchUnits> installs;
    int removals = 0;
    bool installed = false;
};

} // namespace

// The watch's switch in the status window, against the sandbox's broken Xero dataset: what it
// says it installs, what it installs, and what it shows of the watch's last check.
class WatchPanelTest : public WizardFixture
{
protected:
    void SetUp() override
    {
        WizardFixture::SetUp();
        signInToPowerBi();
        chooseXeroDataset();
        memory = std::make_unique<WatchMemory>(settings);
        watchSwitch = std::make_unique<WatchSwitch>(
            memory.get(), &timer, QStringLiteral("/usr/bin/xero-refresh-assistant"),
            QStringLiteral("en"));
    }

    void TearDown() override
    {
        window.reset();
        watchSwitch.reset();
        WizardFixture::TearDown();
    }

    // The status window, its first status read done.
    bool openWindow(WatchSwitch *watch)
    {
        window = std::make_unique<StatusWindow>(session()->operations(), session()->status(),
                                                session()->runner(), session()->dataset(), watch);
        window->show();
        window->reload();
        return waitUntil([&] { return !window->isWorking() && panel()->watchBox()->isEnabled(); });
    }

    WatchPanel *panel() const { return window->watchPanel(); }
    QString stateText() const { return panel()->stateLabel()->text(); }
    QString labelText(const char *objectName) const
    {
        const auto *label = panel()->findChild<ValueLabel *>(QLatin1String(objectName));
        return label ? label->text() : QString();
    }

    void keepScreenshot(const QString &name)
    {
        if (!screenshotsRequested())
            return;
        window->adjustSize();
        ::keepScreenshot(window.get(), name, 0);
    }

    FakeWatchTimer timer;
    std::unique_ptr<WatchMemory> memory;
    std::unique_ptr<WatchSwitch> watchSwitch;
    std::unique_ptr<StatusWindow> window;
};

TEST_F(WatchPanelTest, IsOffByDefaultAndSaysWhatTurningItOnInstalls)
{
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    EXPECT_FALSE(panel()->watchBox()->isChecked());
    EXPECT_EQ(stateText(), WatchPanel::tr("Off."));
    const QString explanation = labelText("watchExplanationLabel");
    EXPECT_TRUE(explanation.contains(QStringLiteral("systemd"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("xero-refresh-assistant-watch.timer")));
    EXPECT_TRUE(timer.installs.isEmpty());
    keepScreenshot(QStringLiteral("statuswindow-watch-off"));
}

TEST_F(WatchPanelTest, TurnedOnItInstallsTheTimerForThisDatasetAndTurnedOffRemovesIt)
{
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return timer.installed && panel()->watchBox()->isEnabled(); }));
    ASSERT_EQ(timer.installs.size(), 1);
    EXPECT_TRUE(timer.installs.constFirst().serviceText.contains(
        QStringLiteral("/usr/bin/xero-refresh-assistant watch --only-if-on --lang en")));
    EXPECT_TRUE(memory->isEnabled());
    EXPECT_EQ(memory->datasetId(), session()->dataset()->choice().dataset.id());
    EXPECT_EQ(memory->installedCalendar(), timer.installs.constFirst().calendar);
    EXPECT_TRUE(panel()->watchBox()->isChecked());
    EXPECT_EQ(stateText(), WatchPanel::tr("On. No check yet."));
    keepScreenshot(QStringLiteral("statuswindow-watch-on"));

    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return timer.removals == 1 && panel()->watchBox()->isEnabled(); }));
    EXPECT_FALSE(timer.installed);
    EXPECT_FALSE(memory->isEnabled());
    EXPECT_FALSE(panel()->watchBox()->isChecked());
    EXPECT_EQ(stateText(), WatchPanel::tr("Off."));
}

// Closed while systemctl runs: what was installed is what the settings say.
TEST_F(WatchPanelTest, AWindowClosedWhileTheTimerIsInstalledLeavesTheSettingsTrue)
{
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    panel()->watchBox()->click();
    window.reset();
    ASSERT_TRUE(waitUntil([&] { return timer.installed; }));
    EXPECT_TRUE(waitUntil([&] { return memory->isEnabled(); }));
}

TEST_F(WatchPanelTest, ATimerTheSystemRefusesLeavesTheWatchOffAndSaysWhy)
{
    timer.refusal = ApiError::network(ApiError::Service::Keychain,
                                      QStringLiteral("systemctl: Failed to connect to bus"));
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    panel()->watchBox()->click();
    ASSERT_TRUE(
        waitUntil([&] { return !timer.installs.isEmpty() && panel()->watchBox()->isEnabled(); }));
    EXPECT_FALSE(memory->isEnabled());
    EXPECT_FALSE(panel()->watchBox()->isChecked());
    const QString off = WatchPanel::tr("Off.") + QLatin1Char(' ');
    EXPECT_TRUE(stateText().startsWith(off)) << stateText().toStdString();
    EXPECT_GT(stateText().size(), off.size());
}

TEST_F(WatchPanelTest, WithoutUserSystemdItInstallsNothingAndShowsTheCronLine)
{
    timer.available = WatchTimer::Availability::Unavailable;
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    EXPECT_TRUE(labelText("watchExplanationLabel").contains(QStringLiteral("crontab")));
    EXPECT_EQ(panel()->cronField(), nullptr);
    panel()->watchBox()->click();
    ASSERT_TRUE(
        waitUntil([&] { return panel()->cronField() && panel()->cronField()->isVisible(); }));
    EXPECT_TRUE(timer.installs.isEmpty());
    EXPECT_TRUE(memory->isEnabled());
    const QString line = panel()->cronField()->value();
    EXPECT_TRUE(line.endsWith(
        QStringLiteral("/usr/bin/xero-refresh-assistant watch --only-if-on --lang en")))
        << line.toStdString();
    keepScreenshot(QStringLiteral("statuswindow-watch-cron"));

    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return !memory->isEnabled(); }));
    EXPECT_FALSE(panel()->cronField()->isVisible());
}

TEST_F(WatchPanelTest, TheWeakerWayIsOfferedForACredentialThisProgramGivesAndRewritesTheTimer)
{
    // The scenario's credential failed after it was given: only this program's way is left
    // until someone uses Power BI's dialog.
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    ASSERT_TRUE(panel()->pushBox()->isEnabled());
    EXPECT_EQ(
        labelText("pushExplanationLabel"),
        WatchPanel::tr("For when Power BI's own dialog cannot be used. It costs one renewal of "
                       "this program's Xero sign-in per scheduled refresh, and works only if "
                       "this computer is on and its keychain unlocked at that time. A "
                       "credential entered in Power BI's dialog lasts, and is never "
                       "replaced."));
    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return timer.installed && panel()->pushBox()->isEnabled(); }));
    panel()->pushBox()->click();
    ASSERT_TRUE(
        waitUntil([&] { return timer.installs.size() == 2 && panel()->pushBox()->isEnabled(); }));
    EXPECT_EQ(memory->mode(), WatchMemory::Mode::NotifyAndPush);
    EXPECT_TRUE(panel()->pushBox()->isChecked());
}

// Changed in the wizard (or the web page), the schedule moves the timer's slots as soon as the
// window reads it, not at the timer's next run.
TEST_F(WatchPanelTest, TheTimerFollowsAScheduleTheWindowReadsChanged)
{
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return timer.installed && panel()->watchBox()->isEnabled(); }));
    const QStringList before = memory->installedCalendar();

    const Result<RefreshSchedule> daily =
        await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
            session()->editor()->changeSchedule(
                RefreshScheduleChange::daily({QStringLiteral("06:30")}, QStringLiteral("UTC")),
                context, done);
        });
    ASSERT_TRUE(daily);
    window->reload();
    ASSERT_TRUE(waitUntil([&] { return timer.installs.size() == 2; }));
    const QStringList after = timer.installs.constLast().calendar;
    EXPECT_NE(after, before);
    EXPECT_TRUE(after.contains(QStringLiteral("*-*-* 06:50:00 Etc/UTC")))
        << after.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(waitUntil([&] { return memory->installedCalendar() == after; }));

    // Read again unchanged: nothing is written.
    window->reload();
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }));
    QTest::qWait(50);
    EXPECT_EQ(timer.installs.size(), 2);
}

TEST_F(WatchPanelTest, ShowsWhatTheWatchsLastCheckFound)
{
    ASSERT_TRUE(openWindow(watchSwitch.get()));
    panel()->watchBox()->click();
    ASSERT_TRUE(waitUntil([&] { return timer.installed && panel()->watchBox()->isEnabled(); }));
    // The timer's run, in another process, wrote its outcome to the same settings.
    memory->remember({}, {}, {}, sandbox.now(), QStringLiteral("The 07:00 refresh failed."));
    window->reload();
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }));
    EXPECT_TRUE(stateText().startsWith(WatchPanel::tr("On. Last check %1: %2").section(u'%', 0, 0)))
        << stateText().toStdString();
    EXPECT_TRUE(stateText().endsWith(QStringLiteral("The 07:00 refresh failed.")));
}

TEST_F(WatchPanelTest, InTheSandboxItCannotBeTurnedOn)
{
    window = std::make_unique<StatusWindow>(session()->operations(), session()->status(),
                                            session()->runner(), session()->dataset(), nullptr);
    window->show();
    window->reload();
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }));
    EXPECT_FALSE(panel()->watchBox()->isEnabled());
    EXPECT_FALSE(panel()->pushBox()->isEnabled());
    EXPECT_EQ(labelText("watchExplanationLabel"),
              WatchPanel::tr("Not in the sandbox: a timer would watch nothing real. The watch can "
                             "be turned on when the program works with Power BI."));
}
