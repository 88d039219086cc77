#include "refreshquota.h"

#include <QTimeZone>

#include <algorithm>

RefreshQuota RefreshQuota::count(const QList<Refresh> &history, const QString &windowsTimeZoneId,
                                 bool onDedicatedCapacity, const QDateTime &now)
{
    RefreshQuota quota;
    quota.m_dayStart = startOfDay(now, windowsTimeZoneId);
    quota.m_refreshesToday = static_cast<int>(
        std::count_if(history.cbegin(), history.cend(), [&](const Refresh &refresh) {
            return countsTowardLimit(refresh) && refresh.startTime().isValid() &&
                   refresh.startTime() >= quota.m_dayStart;
        }));
    if (!onDedicatedCapacity)
        quota.m_refreshesLeftToday = std::max(0, sharedCapacityLimit - quota.m_refreshesToday);
    return quota;
}

bool RefreshQuota::countsTowardLimit(const Refresh &refresh)
{
    return refresh.refreshType() != Refresh::Type::OnDemand;
}

QDateTime RefreshQuota::startOfDay(const QDateTime &now, const QString &windowsTimeZoneId)
{
    const QByteArray ianaId = QTimeZone::windowsIdToDefaultIanaId(windowsTimeZoneId.toUtf8());
    const QTimeZone zone = ianaId.isEmpty() ? QTimeZone::utc() : QTimeZone(ianaId);
    const QDateTime local = now.toTimeZone(zone);
    return QDateTime(local.date(), QTime(0, 0), zone).toUTC();
}
