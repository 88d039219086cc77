#include "watchmemory.h"
#include "watchcheck.h"
#include "watchfactsbuilder.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace {

// The check and the memory together, run after run, as the timer runs them: what the user is
// told each time.
class WatchMemoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString settingsPath() const { return dir.filePath(QStringLiteral("watch.ini")); }

    // One run: the findings of these facts, every notification delivered unless told otherwise.
    WatchMemory::News run(const WatchFacts &facts, bool delivered = true)
    {
        const QList<WatchFinding> current = WatchCheck::findings(facts);
        const WatchMemory::News news =
            memory.news(current, facts, QStringLiteral("Finance / Xero"));
        memory.remember(news, delivered ? news.appeared : QList<WatchFinding>(),
                        delivered ? news.ended : QList<WatchFinding>(), now,
                        QStringLiteral("outcome"));
        return news;
    }
    WatchMemory::News run(const WatchFactsBuilder &dataset, bool delivered = true)
    {
        return run(dataset.facts(), delivered);
    }

    // Today at this time (UTC).
    QDateTime at(int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 3, 4), QTime(hour, minute), QTimeZone::utc());
    }

    QDateTime now = QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc());
    const QString failureKey = QStringLiteral("failed:DMTS_OAuthTokenRefreshFailedError");
    QTemporaryDir dir;
    QSettings settings{settingsPath(), QSettings::IniFormat};
    WatchMemory memory{&settings};
};

} // namespace

TEST_F(WatchMemoryTest, AFailureIsAnnouncedOnce)
{
    WatchFactsBuilder dataset(now);
    dataset.completed(now.addDays(-1))
        .failed(now.addSecs(-3600))
        .scheduled({QStringLiteral("09:00")});

    const WatchMemory::News first = run(dataset);
    EXPECT_EQ(keysOf(first.appeared), QStringList(failureKey));
    EXPECT_TRUE(first.ended.isEmpty());

    now = now.addSecs(1800);
    const WatchMemory::News second = run(dataset);
    EXPECT_TRUE(second.appeared.isEmpty()) << keysOf(second.appeared).join(u' ').toStdString();
    EXPECT_TRUE(second.ended.isEmpty());
}

TEST_F(WatchMemoryTest, ACompletedRefreshTellsTheyWorkAgainOnceThenNothing)
{
    WatchFactsBuilder dataset(now);
    dataset.failed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")}, false);
    EXPECT_EQ(keysOf(run(dataset).appeared),
              QStringList({failureKey, QStringLiteral("scheduleOff")}));

    dataset.completed(now.addSecs(-60)).scheduled({QStringLiteral("09:00")});
    const WatchMemory::News recovered = run(dataset);
    EXPECT_TRUE(recovered.appeared.isEmpty());
    ASSERT_EQ(recovered.ended.size(), 1);
    EXPECT_EQ(recovered.ended.constFirst().kind, WatchFinding::Kind::Recovery);
    EXPECT_EQ(recovered.ended.constFirst().summary,
              QStringLiteral("Refreshes of Finance / Xero work again"));

    const WatchMemory::News after = run(dataset);
    EXPECT_TRUE(after.appeared.isEmpty());
    EXPECT_TRUE(after.ended.isEmpty());
    EXPECT_TRUE(memory.announcedKeys().isEmpty())
        << memory.announcedKeys().join(u' ').toStdString();

    // The same failure later is a new episode: told again.
    dataset.failed(now.addSecs(60));
    EXPECT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));
}

TEST_F(WatchMemoryTest, ARefreshStillRunningNeitherEndsNorRepeatsAFailure)
{
    WatchFactsBuilder dataset(now);
    dataset.failed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});
    ASSERT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));

    dataset.running(now.addSecs(-30));
    const WatchMemory::News whileRunning = run(dataset);
    EXPECT_TRUE(whileRunning.appeared.isEmpty());
    EXPECT_TRUE(whileRunning.ended.isEmpty());
    EXPECT_EQ(memory.announcedKeys(), QStringList(failureKey));

    // It failed the same way: still the problem already told.
    WatchFactsBuilder failedAgain(now);
    failedAgain.failed(now.addSecs(-3600))
        .failed(now.addSecs(-30))
        .scheduled({QStringLiteral("09:00")});
    const WatchMemory::News afterwards = run(failedAgain);
    EXPECT_TRUE(afterwards.appeared.isEmpty());
    EXPECT_TRUE(afterwards.ended.isEmpty());
}

TEST_F(WatchMemoryTest, WhatWasNotDeliveredIsToldAtTheNextRun)
{
    WatchFactsBuilder dataset(now);
    dataset.failed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});
    EXPECT_EQ(keysOf(run(dataset, false).appeared), QStringList(failureKey));
    EXPECT_TRUE(memory.announcedKeys().isEmpty());
    EXPECT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));

    // The end not delivered either: told at the next run.
    dataset.completed(now.addSecs(-60));
    EXPECT_EQ(run(dataset, false).ended.size(), 1);
    EXPECT_EQ(run(dataset).ended.size(), 1);
    EXPECT_TRUE(run(dataset).ended.isEmpty());
}

TEST_F(WatchMemoryTest, AWarningThatNoLongerHoldsIsDroppedSilentlyAndToldAgainIfItReturns)
{
    WatchFactsBuilder expiring(now);
    expiring.completed(now.addSecs(-300))
        .temporaryCredential(now.addSecs(-600), now.addSecs(1200))
        .scheduled({QStringLiteral("11:00")});
    const WatchMemory::News warned = run(expiring);
    ASSERT_EQ(warned.appeared.size(), 1);
    EXPECT_EQ(warned.appeared.constFirst().kind, WatchFinding::Kind::Warning);

    WatchFactsBuilder lasting(now);
    lasting.completed(now.addSecs(-300))
        .lastingCredential(now.addSecs(-200))
        .scheduled({QStringLiteral("11:00")});
    const WatchMemory::News gone = run(lasting);
    EXPECT_TRUE(gone.appeared.isEmpty());
    EXPECT_TRUE(gone.ended.isEmpty()) << "a warning's end is not news";
    EXPECT_TRUE(memory.announcedKeys().isEmpty());

    EXPECT_EQ(run(expiring).appeared.size(), 1);
}

TEST_F(WatchMemoryTest, AFailureToReadTheDatasetEndsOnceItIsReadAgain)
{
    WatchFacts unreadable;
    unreadable.now = now;
    unreadable.cannotCheck = ApiError::network(ApiError::Service::PowerBi, QStringLiteral("down"));
    run(unreadable);
    run(unreadable);
    ASSERT_EQ(memory.announcedKeys(), QStringList(QStringLiteral("cannotCheck:NetworkError")));

    // Read again, with a failure already told: the read failure is over, the failure stays.
    WatchFactsBuilder dataset(now);
    dataset.failed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});
    EXPECT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));
    EXPECT_EQ(memory.announcedKeys(), QStringList(failureKey));
}

TEST_F(WatchMemoryTest, AnotherProcessSeesWhatWasAnnounced)
{
    WatchFactsBuilder dataset(now);
    dataset.failed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});
    ASSERT_EQ(run(dataset).appeared.size(), 1);

    // The window's settings object, opened before the timer's run wrote.
    QSettings window(settingsPath(), QSettings::IniFormat);
    WatchMemory windowMemory(&window);
    const QList<WatchFinding> current = WatchCheck::findings(dataset.facts());
    EXPECT_TRUE(windowMemory.news(current, dataset.facts()).appeared.isEmpty());
    EXPECT_EQ(windowMemory.lastCheck(), now);
    EXPECT_EQ(windowMemory.lastOutcome(), QStringLiteral("outcome"));
}

TEST_F(WatchMemoryTest, KeepsItsSettingsUnderWatchWithKeysThatAreNotPaths)
{
    memory.setEnabled(true);
    memory.setMode(WatchMemory::Mode::NotifyAndPush);
    memory.setDatasetId(QStringLiteral("c2b3f1a4"));
    memory.setInstalledCalendar({QStringLiteral("*-*-* 12:00:00")});
    WatchFinding odd;
    odd.key = QStringLiteral("failed:a/b c:%d");
    memory.remember({}, {odd}, {}, now, QStringLiteral("outcome"));

    QSettings reread(settingsPath(), QSettings::IniFormat);
    WatchMemory other(&reread);
    EXPECT_TRUE(other.isEnabled());
    EXPECT_EQ(other.mode(), WatchMemory::Mode::NotifyAndPush);
    EXPECT_EQ(other.datasetId(), QStringLiteral("c2b3f1a4"));
    EXPECT_EQ(other.installedCalendar(), QStringList(QStringLiteral("*-*-* 12:00:00")));
    EXPECT_EQ(other.announcedKeys(), QStringList(odd.key));
    reread.beginGroup(QStringLiteral("watch/announced"));
    EXPECT_TRUE(reread.childGroups().isEmpty()) << "a key became a path";
    reread.endGroup();
    EXPECT_EQ(reread.childGroups(), QStringList(QStringLiteral("watch")));

    memory.forget();
    QSettings afterForget(settingsPath(), QSettings::IniFormat);
    EXPECT_TRUE(afterForget.allKeys().isEmpty()) << afterForget.allKeys().join(u' ').toStdString();
    EXPECT_FALSE(WatchMemory(&afterForget).isEnabled());
}

// 07:00 fails (told at 07:20); the user repairs it at 09:00 and a refresh completes, with no run
// of the watch in between; 12:00 fails the same way. That is a new failure: told at 12:20. The
// refreshes do not work at 12:20, so "work again" is not told for the repair it never saw.
TEST_F(WatchMemoryTest, AFailureAfterARecoveryTheWatchDidNotSeeIsToldAgain)
{
    now = at(7, 20);
    WatchFactsBuilder dataset(now);
    dataset.completed(at(7).addDays(-1))
        .failed(at(7))
        .scheduled({QStringLiteral("07:00"), QStringLiteral("12:00")});
    ASSERT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));

    dataset.completed(at(9)).failed(at(12));
    now = at(12, 20);
    const WatchMemory::News again = run(dataset);
    EXPECT_EQ(keysOf(again.appeared), QStringList(failureKey));
    EXPECT_TRUE(again.ended.isEmpty()) << "a failure holds again: the refreshes do not work";
    EXPECT_EQ(memory.announcedKeys(), QStringList(failureKey));

    // This occurrence is told once too.
    now = at(12, 50);
    EXPECT_TRUE(run(dataset).appeared.isEmpty());
}

// The same failure again with no refresh completed in between is the problem already told; the
// new occurrence not delivered is told at the next run.
TEST_F(WatchMemoryTest, ANewOccurrenceNotDeliveredIsToldAtTheNextRun)
{
    now = at(7, 20);
    WatchFactsBuilder dataset(now);
    dataset.failed(at(7)).scheduled({QStringLiteral("07:00"), QStringLiteral("12:00")});
    ASSERT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));
    dataset.failed(at(8));
    now = at(8, 20);
    EXPECT_TRUE(run(dataset).appeared.isEmpty());

    dataset.completed(at(9)).failed(at(12));
    now = at(12, 20);
    EXPECT_EQ(keysOf(run(dataset, false).appeared), QStringList(failureKey));
    now = at(12, 50);
    EXPECT_EQ(keysOf(run(dataset).appeared), QStringList(failureKey));
    now = at(13, 20);
    EXPECT_TRUE(run(dataset).appeared.isEmpty());
}

// Power BI switched the schedule off (told); the user switched it on, and the next slot failed
// again (the failure is the one told, the schedule's problem is over, silently); Power BI then
// switched it off again: a new switch-off, told.
TEST_F(WatchMemoryTest, AScheduleSwitchedOffAgainAfterItWasSeenOnIsToldAgain)
{
    now = at(7, 20);
    WatchFactsBuilder dataset(now);
    dataset.failed(at(7)).scheduled({QStringLiteral("12:00")}, false);
    ASSERT_EQ(keysOf(run(dataset).appeared),
              QStringList({failureKey, QStringLiteral("scheduleOff")}));

    dataset.scheduled({QStringLiteral("12:00")}).failed(at(12));
    now = at(12, 20);
    const WatchMemory::News switchedOn = run(dataset);
    EXPECT_TRUE(switchedOn.appeared.isEmpty())
        << keysOf(switchedOn.appeared).join(u' ').toStdString();
    EXPECT_TRUE(switchedOn.ended.isEmpty()) << "the failure holds";
    EXPECT_EQ(memory.announcedKeys(), QStringList(failureKey));

    dataset.failed(at(13)).scheduled({QStringLiteral("12:00")}, false);
    now = at(13, 20);
    EXPECT_EQ(keysOf(run(dataset).appeared), QStringList(QStringLiteral("scheduleOff")));
}

// A push that works again, or a dataset read again, is not "the refreshes work again": they never
// stopped. Those ends are dropped without a word.
TEST_F(WatchMemoryTest, TheEndOfAFailedPushIsNotToldAsRefreshesWorkingAgain)
{
    WatchFactsBuilder dataset(now);
    dataset.completed(now.addSecs(-5 * 60))
        .temporaryCredential(now.addSecs(-10 * 60), now.addSecs(20 * 60))
        .scheduled({QStringLiteral("11:00")});
    WatchFacts refused = dataset.facts();
    refused.pushMode = true;
    refused.pushFailure = ApiError::http(ApiError::Service::Xero, 400,
                                         QStringLiteral("invalid_grant"), QStringLiteral("no"));
    ASSERT_EQ(keysOf(run(refused).appeared),
              QStringList({QStringLiteral("pushFailed:invalid_grant"),
                           QStringLiteral("credentialExpires:2026-03-04T10:20:00Z")}));

    WatchFacts pushed = dataset.facts();
    pushed.pushMode = true;
    pushed.pushed = true;
    now = now.addSecs(1800);
    const WatchMemory::News news = run(pushed);
    EXPECT_TRUE(news.appeared.isEmpty()) << keysOf(news.appeared).join(u' ').toStdString();
    EXPECT_TRUE(news.ended.isEmpty()) << news.ended.value(0).summary.toStdString();
    EXPECT_TRUE(memory.announcedKeys().isEmpty())
        << memory.announcedKeys().join(u' ').toStdString();
}

TEST_F(WatchMemoryTest, TheEndOfACheckThatCouldNotStartIsNotToldAsRefreshesWorkingAgain)
{
    WatchFacts locked;
    locked.now = now;
    locked.cannotCheck = ApiError::keychainUnavailable(QStringLiteral("locked"), true);
    ASSERT_EQ(keysOf(run(locked).appeared),
              QStringList(QStringLiteral("cannotCheck:KeychainLocked")));

    WatchFactsBuilder dataset(now);
    dataset.completed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});
    now = now.addSecs(1800);
    const WatchMemory::News news = run(dataset);
    EXPECT_TRUE(news.appeared.isEmpty());
    EXPECT_TRUE(news.ended.isEmpty()) << news.ended.value(0).summary.toStdString();
    EXPECT_TRUE(memory.announcedKeys().isEmpty())
        << memory.announcedKeys().join(u' ').toStdString();
}

// The timer's catch-up run after boot or resume often comes before the network: a network
// failure is told only when the next run finds it too, and forgotten if the next run reads.
TEST_F(WatchMemoryTest, ANetworkFailureIsToldOnlyWhenTheNextRunFindsItToo)
{
    WatchFacts offline;
    offline.now = now;
    offline.cannotCheck = ApiError::network(ApiError::Service::PowerBi, QStringLiteral("down"));
    WatchFactsBuilder dataset(now);
    dataset.completed(now.addSecs(-3600)).scheduled({QStringLiteral("09:00")});

    EXPECT_TRUE(run(offline).appeared.isEmpty());
    const WatchMemory::News read = run(dataset);
    EXPECT_TRUE(read.appeared.isEmpty());
    EXPECT_TRUE(read.ended.isEmpty());
    EXPECT_TRUE(run(offline).appeared.isEmpty()) << "not the run before: a new first time";

    const WatchMemory::News persists = run(offline);
    ASSERT_EQ(keysOf(persists.appeared), QStringList(QStringLiteral("cannotCheck:NetworkError")));
    EXPECT_TRUE(run(offline).appeared.isEmpty()) << "told once";

    // A timeout is passing too; a locked keychain is told at once.
    WatchFacts slow = offline;
    slow.cannotCheck = ApiError::timeout(ApiError::Service::PowerBi, 30);
    EXPECT_TRUE(WatchCheck::findings(slow).constFirst().passing);
    WatchFacts locked = offline;
    locked.cannotCheck = ApiError::keychainUnavailable(QStringLiteral("locked"), true);
    EXPECT_FALSE(WatchCheck::findings(locked).constFirst().passing);
}

// Seen twice but not delivered: told at the next run that finds it, without waiting again.
TEST_F(WatchMemoryTest, APersistingNetworkFailureNotDeliveredIsToldAtTheNextRun)
{
    WatchFacts offline;
    offline.now = now;
    offline.cannotCheck = ApiError::network(ApiError::Service::PowerBi, QStringLiteral("down"));
    EXPECT_TRUE(run(offline).appeared.isEmpty());
    EXPECT_EQ(run(offline, false).appeared.size(), 1);
    EXPECT_EQ(run(offline).appeared.size(), 1);
    EXPECT_EQ(memory.announcedKeys(), QStringList(QStringLiteral("cannotCheck:NetworkError")));
}
