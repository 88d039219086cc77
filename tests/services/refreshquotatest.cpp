#include "refreshquota.h"

#include <QJsonObject>

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

const QString paris = QStringLiteral("Romance Standard Time");

} // namespace

TEST(RefreshQuota, CountsScheduledAndApiRefreshesSinceMidnightInTheScheduleZone)
{
    // 23:30 UTC on the 27th is 00:30 on the 28th in Paris (UTC+1 in November).
    const QList<Refresh> history = {
        refresh(QStringLiteral("ViaApi"), QStringLiteral("2026-11-28T09:00:00Z")),
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T23:30:00Z")),
        refresh(QStringLiteral("Scheduled"), QStringLiteral("2026-11-27T22:30:00Z")),
    };
    const RefreshQuota quota =
        RefreshQuota::count(history, paris, false, utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 2);
    EXPECT_EQ(quota.refreshesLeftToday(), 6);
    EXPECT_EQ(quota.dayStart(), utc(QStringLiteral("2026-11-27T23:00:00Z")));
}

TEST(RefreshQuota, RefreshesClickedInTheWebPageDoNotCount)
{
    const QList<Refresh> history = {
        refresh(QStringLiteral("OnDemand"), QStringLiteral("2026-11-28T09:00:00Z")),
        refresh(QStringLiteral("ReliableProcessing"), QStringLiteral("2026-11-28T08:00:00Z")),
    };
    const RefreshQuota quota = RefreshQuota::count(history, QStringLiteral("UTC"), false,
                                                   utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 1);
}

TEST(RefreshQuota, NeverFewerThanNoneLeft)
{
    QList<Refresh> history;
    for (int hour = 0; hour < 10; ++hour)
        history.append(
            refresh(QStringLiteral("ViaApi"),
                    QStringLiteral("2026-11-28T%1:00:00Z").arg(hour, 2, 10, QLatin1Char('0'))));
    const RefreshQuota quota = RefreshQuota::count(history, QStringLiteral("UTC"), false,
                                                   utc(QStringLiteral("2026-11-28T12:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 10);
    EXPECT_EQ(quota.refreshesLeftToday(), 0);
}

TEST(RefreshQuota, DedicatedCapacityHasNoDailyLimit)
{
    const QList<Refresh> history = {
        refresh(QStringLiteral("ViaApi"), QStringLiteral("2026-11-28T09:00:00Z"))};
    const RefreshQuota quota = RefreshQuota::count(history, QStringLiteral("UTC"), true,
                                                   utc(QStringLiteral("2026-11-28T10:00:00Z")));
    EXPECT_EQ(quota.refreshesToday(), 1);
    EXPECT_FALSE(quota.refreshesLeftToday().has_value());
}

TEST(RefreshQuota, UnknownTimeZoneCountsTheDayInUtc)
{
    EXPECT_EQ(RefreshQuota::startOfDay(utc(QStringLiteral("2026-11-28T10:00:00Z")),
                                       QStringLiteral("Nowhere Standard Time")),
              utc(QStringLiteral("2026-11-28T00:00:00Z")));
}
