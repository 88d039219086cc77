#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

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
    // The zone a Windows time-zone id names ("Romance Standard Time" is Europe/Paris), as this
    // computer knows it; an invalid zone when the id is empty or unknown. Power BI names zones
    // the Windows way: this is the one place that maps them.
    static QTimeZone timeZoneFor(const QString &windowsId);

    QStringList days() const { return m_days; }
    QStringList times() const { return m_times; }
    bool isEnabled() const { return m_enabled; }
    // A Windows time-zone id such as "UTC" or "Romance Standard Time".
    QString localTimeZoneId() const { return m_localTimeZoneId; }
    QString notifyOption() const { return m_notifyOption; }
    // Daily means all seven weekdays (the API has no "Daily").
    bool isDaily() const;
    // The zone the schedule's times are read in: its own, or UTC when this computer does not
    // know it (or it names none).
    QTimeZone timeZone() const;
    // When the schedule's clock time `time` of `date` (a date in its zone) comes, as
    // nextRunAfter() resolves it: a time a clock change skips comes when the clock has moved on,
    // a repeated one at its first occurrence.
    QDateTime momentOn(QDate date, QTime time) const;
    // The first moment strictly after `after` at which the schedule runs: one of its times on
    // one of its days, both read in timeZone(), in UTC. A time that a clock change skips runs
    // when the clock has moved on (02:30 on the spring-forward night is 03:30); one it repeats
    // runs at the first occurrence. nullopt when the schedule is switched off or names no day or
    // no time.
    std::optional<QDateTime> nextRunAfter(const QDateTime &after) const;

private:
    QStringList m_days;
    QStringList m_times;
    bool m_enabled = false;
    QString m_localTimeZoneId;
    QString m_notifyOption;
};
