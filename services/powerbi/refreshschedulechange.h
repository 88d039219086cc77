#pragma once

#include "refreshschedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A change to a refresh schedule: only the members that are set are sent, as the documented
// PATCH body {"value":{...}}. validate() applies the service's rules before anything is sent,
// so the user reads a plain sentence instead of a 400.
class RefreshScheduleChange
{
    Q_DECLARE_TR_FUNCTIONS(RefreshScheduleChange)

public:
    enum class Capacity
    {
        Shared,
        Dedicated
    };

    enum class Problem
    {
        NothingToChange,
        NoDays,               // days set to an empty list
        UnknownDay,           // not a weekday name ("Daily" included)
        BadTimeFormat,        // not hh:mm ("7:15")
        TimeNotOnTheHalfHour, // minutes other than 00 or 30
        DuplicateTime,
        TooManyTimes,         // over 8 a day on shared capacity, 48 on dedicated
        UnknownTimeZone,      // not a Windows time-zone id
        UnknownNotifyOption,  // not NoNotification or MailOnFailure
        DisableChangesOthers, // a request that disables the schedule must change nothing else
    };

    struct Issue
    {
        Problem problem;
        QString value; // the offending value, if any
        QString sentence() const;
    };

    RefreshScheduleChange() = default;
    // Only {"enabled":false}: switching off changes nothing else.
    static RefreshScheduleChange disable();
    // All seven days at the given times, switched on.
    static RefreshScheduleChange daily(const QStringList &times, const QString &localTimeZoneId);

    void setDays(const QStringList &days) { m_days = days; }
    void setTimes(const QStringList &times) { m_times = times; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setLocalTimeZoneId(const QString &zoneId) { m_localTimeZoneId = zoneId; }
    void setNotifyOption(const QString &notifyOption) { m_notifyOption = notifyOption; }

    std::optional<QStringList> days() const { return m_days; }
    std::optional<QStringList> times() const { return m_times; }
    std::optional<bool> enabled() const { return m_enabled; }
    std::optional<QString> localTimeZoneId() const { return m_localTimeZoneId; }
    std::optional<QString> notifyOption() const { return m_notifyOption; }

    static int maxTimesPerDay(Capacity capacity);
    // Empty when the change follows every rule.
    QList<Issue> validate(Capacity capacity) const;
    bool isValid(Capacity capacity) const { return validate(capacity).isEmpty(); }
    // {"value":{...}} with the members that are set; day names in their canonical spelling.
    QJsonObject toPatchBody() const;
    // What of this change the schedule read back after it does not show, one phrase each
    // ("enabled: asked on, read off"); empty when all of it was applied.
    QStringList notAppliedIn(const RefreshSchedule &readBack) const;

private:
    void validateDays(QList<Issue> &issues) const;
    void validateTimes(Capacity capacity, QList<Issue> &issues) const;

    std::optional<QStringList> m_days;
    std::optional<QStringList> m_times;
    std::optional<bool> m_enabled;
    std::optional<QString> m_localTimeZoneId;
    std::optional<QString> m_notifyOption;
};
