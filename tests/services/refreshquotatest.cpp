#include "refreshquota.h"

#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace {

Refresh refresh(const QString &type, const QString &startTime)
{
    const QJsonObject json{{QStringLiteral("requestId"), QStringLiteral("r")},
                           {QStringLiteral("refreshType"), type},
                           {QStringLiteral("startTime"), startTime},
                           {QStringLiteral("endTime"), startTime},
                           {QStringLiteral("status"), QStringLiteral("Completed")}};
    return Refresh::fromJson(json).value();
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

TEST(RefreshQuota, CountsScheduledAndApiRefreshesOfTheLast24Hours)
{
    // Power BI's limit rolls: yesterday evening's runs still count this morning, whatever the
    // calendar day, and the one 25 hours ago no longer does.
    const QList<Refresh> history = {
        refresh(QStringLiteral("ViaApi"), QStringLiteral("2026-11-28T09:00:00Z")),
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T22:30:00Z")),
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T10:30:00Z")),
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T09:00:00Z")),
    };
    const RefreshQuota quota =
        RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 3);
    EXPECT_EQ(quota.refreshesLeftToday(), 5);
    EXPECT_EQ(quota.windowStart(), utc(QStringLiteral("2026-11-27T10:00:00Z")));
}

TEST(RefreshQuota, ARefreshFrees24HoursAfterItStarted)
{
    const QList<Refresh> history = {
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T10:00:00Z"))};
    EXPECT_EQ(RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T09:59:59Z")))
                  .refreshesLeftToday(),
              7);
    EXPECT_EQ(RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T10:00:00Z")))
                  .refreshesLeftToday(),
              8);
}

TEST(RefreshQuota, RefreshesClickedInTheWebPageDoNotCount)
{
    const QList<Refresh> history = {
        refresh(QStringLiteral("OnDemand"), QStringLiteral("2026-11-28T09:00:00Z")),
        refresh(QStringLiteral("OnDemandTraining"), QStringLiteral("2026-11-28T08:30:00Z")),
        refresh(QStringLiteral("ReliableProcessing"), QStringLiteral("2026-11-28T08:00:00Z")),
    };
    const RefreshQuota quota =
        RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 1);
}

TEST(RefreshQuota, NeverFewerThanNoneLeft)
{
    QList<Refresh> history;
    for (int hour = 0; hour < 10; ++hour)
        history.append(
            refresh(QStringLiteral("ViaApi"),
                    QStringLiteral("2026-11-28T%1:00:00Z").arg(hour, 2, 10, QLatin1Char('0'))));
    const RefreshQuota quota =
        RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T12:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 10);
    EXPECT_EQ(quota.refreshesLeftToday(), 0);
}

TEST(RefreshQuota, DedicatedCapacityHasNoDailyLimit)
{
    const QList<Refresh> history = {
        refresh(QStringLiteral("ViaApi"), QStringLiteral("2026-11-28T09:00:00Z"))};
    const RefreshQuota quota =
        RefreshQuota::count(history, true, utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 1);
    EXPECT_FALSE(quota.refreshesLeftToday().has_value());
}

TEST(RefreshQuota, TheWindowIs24HoursAcrossADaylightSavingChange)
{
    // Paris leaves summer time on 25 October 2026: the local day before is 25 hours long, the
    // service's window still 24.
    const QDateTime now = QDateTime(QDate(2026, 10, 25), QTime(12, 0), QTimeZone("Europe/Paris"));
    EXPECT_EQ(RefreshQuota::windowStartBefore(now), utc(QStringLiteral("2026-10-24T11:00:00Z")));
}

TEST(RefreshQuota, WithNoneLeftItKnowsWhenTheNextOneFreesUp)
{
    // Ten in the window (00:00 to 09:00): one frees up when only seven are left in it, when the
    // eighth newest (02:00) turns 24 hours old.
    QList<Refresh> history;
    for (int hour = 9; hour >= 0; --hour)
        history.append(
            refresh(QStringLiteral("ViaApi"),
                    QStringLiteral("2026-11-28T%1:00:00Z").arg(hour, 2, 10, QLatin1Char('0'))));
    const RefreshQuota full =
        RefreshQuota::count(history, false, utc(QStringLiteral("2026-11-28T12:00:00Z")));
    EXPECT_EQ(full.nextFreeAt(), utc(QStringLiteral("2026-11-29T02:00:00Z")));
    EXPECT_EQ(
        RefreshQuota::count(history, false, full.nextFreeAt()).refreshesLeftToday().value_or(-1),
        1);

    const RefreshQuota someLeft =
        RefreshQuota::count(history.mid(3), false, utc(QStringLiteral("2026-11-28T12:00:00Z")));
    EXPECT_GT(someLeft.refreshesLeftToday().value_or(0), 0);
    EXPECT_FALSE(someLeft.nextFreeAt().isValid());
}
