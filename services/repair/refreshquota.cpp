#include "refreshquota.h"

#include <QLocale>

#include <algorithm>
#include <functional>

RefreshQuota RefreshQuota::count(const QList<Refresh> &history, bool onDedicatedCapacity,
                                 const QDateTime &now)
{
    RefreshQuota quota;
    quota.m_windowStart = windowStartBefore(now);
    // No upper bound: a refresh that, by a skewed local clock, seems to start later than now has
    // still been spent.
    QList<QDateTime> counted;
    for (const Refresh &refresh : history) {
        if (countsTowardLimit(refresh) && refresh.startTime().isValid() &&
            refresh.startTime() > quota.m_windowStart)
            counted.append(refresh.startTime().toUTC());
    }
    quota.m_refreshesToday = static_cast<int>(counted.size());
    if (onDedicatedCapacity)
        return quota;
    quota.m_refreshesLeftToday = std::max(0, sharedCapacityLimit - quota.m_refreshesToday);
    if (*quota.m_refreshesLeftToday == 0) {
        // One frees up when only limit - 1 of them are left inside the window: when the one
        // that many places from the newest turns 24 hours old.
        std::sort(counted.begin(), counted.end(), std::greater<>());
        quota.m_nextFreeAt = counted.at(sharedCapacityLimit - 1).addSecs(24 * 60 * 60);
    }
    return quota;
}

bool RefreshQuota::countsTowardLimit(const Refresh &refresh)
{
    // Both kinds are started by a click in the Power BI web page, which the limit leaves out;
    // the sandbox leaves out the same two.
    return refresh.refreshType() != Refresh::Type::OnDemand &&
           refresh.refreshType() != Refresh::Type::OnDemandTraining;
}

QDateTime RefreshQuota::windowStartBefore(const QDateTime &now)
{
    // Seconds rather than addDays: 24 hours stay 24 hours across a daylight-saving change in
    // whatever zone now is expressed.
    return now.toUTC().addSecs(-24 * 60 * 60);
}

QString RefreshQuota::limitReachedSentence(const QDateTime &nextFreeAt)
{
    const QString rule =
        tr("On shared capacity Power BI allows %1 refreshes in 24 hours, and this dataset has "
           "used them all (scheduled ones and those started elsewhere count too).")
            .arg(sharedCapacityLimit);
    if (!nextFreeAt.isValid())
        return rule + QLatin1Char(' ') +
               tr("Try again once the oldest of them is more than 24 hours old.");
    return rule + QLatin1Char(' ') +
           tr("The next one frees up at %1.")
               .arg(QLocale().toString(nextFreeAt.toLocalTime(), QLocale::ShortFormat));
}
