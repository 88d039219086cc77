#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QString>
#include <QStringList>

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

private:
    QStringList m_days;
    QStringList m_times;
    bool m_enabled = false;
    QString m_localTimeZoneId;
    QString m_notifyOption;
};
