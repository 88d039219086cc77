#pragma once

#include "refresh.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How many refreshes a dataset has used today and how many it has left. On shared capacity
// Power BI allows 8 a day, scheduled and API together; refreshes clicked in the web page
// (OnDemand) do not count. "Today" starts at midnight in the schedule's time zone, which is the
// day the dataset's owner sees in Power BI.
class RefreshQuota
{
public:
    static constexpr int sharedCapacityLimit = 8;

    // windowsTimeZoneId: the schedule's localTimeZoneId; an unknown id counts in UTC.
    static RefreshQuota count(const QList<Refresh> &history, const QString &windowsTimeZoneId,
                              bool onDedicatedCapacity, const QDateTime &now);

    int refreshesToday() const { return m_refreshesToday; }
    // Never below 0; nullopt on dedicated capacity, where the daily limit does not apply.
    std::optional<int> refreshesLeftToday() const { return m_refreshesLeftToday; }
    // The moment "today" began, in UTC.
    QDateTime dayStart() const { return m_dayStart; }

    static bool countsTowardLimit(const Refresh &refresh);
    static QDateTime startOfDay(const QDateTime &now, const QString &windowsTimeZoneId);

private:
    int m_refreshesToday = 0;
    std::optional<int> m_refreshesLeftToday;
    QDateTime m_dayStart;
};
