#pragma once

#include "refresh.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

// How many refreshes a dataset has used in the last 24 hours and how many it has left. On shared
// capacity Power BI allows 8 in any 24 hours, scheduled and API together; refreshes clicked in
// the web page (OnDemand) do not count. The window rolls: the service refuses with "Number of
// refresh requests in last 24 hours exceeded limit", not at a calendar day's boundary, so
// counting from midnight promised refreshes the service then refused.
class RefreshQuota
{
    Q_DECLARE_TR_FUNCTIONS(RefreshQuota)

public:
    static constexpr int sharedCapacityLimit = 8;

    // The limit reached, in the user's words: the rule, and when the next refresh frees up
    // (nextFreeAt), or when to try again if that is not known. Every place that says so (the
    // counts, a refused refresh) says this.
    static QString limitReachedSentence(const QDateTime &nextFreeAt);

    static RefreshQuota count(const QList<Refresh> &history, bool onDedicatedCapacity,
                              const QDateTime &now);

    // "Today" in these names is the user's word for the rolling 24 hours: the screens and the
    // command line's JSON report ("refreshesLeftToday") use it, so it stays.
    int refreshesToday() const { return m_refreshesToday; }
    // Never below 0; nullopt on dedicated capacity, where the daily limit does not apply.
    std::optional<int> refreshesLeftToday() const { return m_refreshesLeftToday; }
    // The start of the 24-hour window that was counted, in UTC: refreshes started after it count.
    QDateTime windowStart() const { return m_windowStart; }
    // With none left: when the oldest refresh counted leaves the 24-hour window and one frees up
    // (UTC). Invalid while refreshes are left, or on dedicated capacity.
    QDateTime nextFreeAt() const { return m_nextFreeAt; }

    static bool countsTowardLimit(const Refresh &refresh);
    static QDateTime windowStartBefore(const QDateTime &now);

private:
    int m_refreshesToday = 0;
    std::optional<int> m_refreshesLeftToday;
    QDateTime m_windowStart;
    QDateTime m_nextFreeAt;
};
