#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// A dataset's refresh schedule as GET .../refreshSchedule answers it.
class RefreshSchedule
{
public:
    RefreshSchedule() = default;

    static RefreshSchedule read(const JsonReader &reader);
    static Result<RefreshSchedule> fromJson(const QJsonObject &object);
    static Result<RefreshSchedule> fromBody(const QByteArray &body);
    // "Monday" ... "Sunday", the only day names the API accepts.
    static const QStringList &weekdayNames();

    QStringList days() const { return m_days; }
    QStringList times() const { return m_times; }
    bool isEnabled() const { return m_enabled; }
    // A Windows time-zone id such as "UTC" or "Romance Standard Time".
    QString localTimeZoneId() const { return m_localTimeZoneId; }
    QString notifyOption() const { return m_notifyOption; }
    // Daily means all seven weekdays (the API has no "Daily").
    bool isDaily() const;
    // The first moment strictly after `after` at which the schedule runs: one of its times on
    // one of its days, both read in its time zone (an unknown id counts as UTC), in UTC. A time
    // that a clock change skips runs when the clock has moved on (02:30 on the spring-forward
    // night is 03:30); one it repeats runs at the first occurrence. nullopt when the schedule is
    // switched off or names no day or no time.
    std::optional<QDateTime> nextRunAfter(const QDateTime &after) const;

private:
    QStringList m_days;
    QStringList m_times;
    bool m_enabled = false;
    QString m_localTimeZoneId;
    QString m_notifyOption;
};
