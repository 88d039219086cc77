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
    WatchMemory::News run(const WatchFactsBuilder &dataset, bool delivered = true)
    {
        const QList<WatchFinding> current = WatchCheck::findings(dataset.facts());
        const WatchMemory::News news =
            memory.news(current, dataset.lastRefreshCompleted(), QStringLiteral("Finance / Xero"));
        memory.remember(current, delivered ? news.appeared : QList<WatchFinding>(),
                        delivered ? news.ended : QList<WatchFinding>(), now,
                        QStringLiteral("outcome"));
        return news;
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
    const QList<WatchFinding> current = WatchCheck::findings(unreadable);
    const WatchMemory::News news = memory.news(current, false);
    memory.remember(current, news.appeared, news.ended, now, QStringLiteral("outcome"));
    ASSERT_EQ(memory.announcedKeys(), QStringList(QStringLiteral("cannotCheck:Network")));

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
    EXPECT_TRUE(windowMemory.news(current, false).appeared.isEmpty());
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
    memory.remember({odd}, {odd}, {}, now, QStringLiteral("outcome"));

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
