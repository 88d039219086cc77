#include "refreshschedulechange.h"

#include "refreshschedule.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

// The canonical weekday name, or an empty string for anything else.
QString canonicalDay(const QString &day)
{
    for (const QString &weekday : RefreshSchedule::weekdayNames()) {
        if (weekday.compare(day.trimmed(), Qt::CaseInsensitive) == 0)
            return weekday;
    }
    return {};
}

} // namespace

QString RefreshScheduleChange::Issue::sentence() const
{
    switch (problem) {
    case Problem::NothingToChange:
        return tr("There is nothing to change in the schedule.");
    case Problem::NoDays:
        return tr("Choose at least one day.");
    case Problem::UnknownDay:
        return tr("\"%1\" is not a day of the week. For every day, choose all seven days.")
            .arg(value);
    case Problem::BadTimeFormat:
        return tr("\"%1\" is not a time written as hh:mm, such as 07:00.").arg(value);
    case Problem::TimeNotOnTheHalfHour:
        return tr("%1: refresh times must be on the hour or the half hour.").arg(value);
    case Problem::DuplicateTime:
        return tr("%1 is listed twice.").arg(value);
    case Problem::TooManyTimes:
        return tr("At most %1 refresh times a day are allowed in this workspace.").arg(value);
    case Problem::UnknownTimeZone:
        return tr("\"%1\" is not a time zone Power BI knows.").arg(value);
    case Problem::UnknownNotifyOption:
        return tr("\"%1\" is not a notification option (NoNotification or MailOnFailure).")
            .arg(value);
    case Problem::DisableChangesOthers:
        return tr("Switching the schedule off must not change anything else.");
    }
    return {};
}

RefreshScheduleChange RefreshScheduleChange::disable()
{
    RefreshScheduleChange change;
    change.setEnabled(false);
    return change;
}

RefreshScheduleChange RefreshScheduleChange::daily(const QStringList &times,
                                                   const QString &localTimeZoneId)
{
    RefreshScheduleChange change;
    change.setDays(RefreshSchedule::weekdayNames());
    change.setTimes(times);
    change.setLocalTimeZoneId(localTimeZoneId);
    change.setEnabled(true);
    return change;
}

int RefreshScheduleChange::maxTimesPerDay(Capacity capacity)
{
    return capacity == Capacity::Dedicated ? 48 : 8;
}

QList<RefreshScheduleChange::Issue> RefreshScheduleChange::validate(Capacity capacity) const
{
    QList<Issue> issues;
    const bool changesOthers = m_days || m_times || m_localTimeZoneId || m_notifyOption;
    if (!m_enabled && !changesOthers)
        issues.append({Problem::NothingToChange, {}});
    if (m_enabled == false && changesOthers)
        issues.append({Problem::DisableChangesOthers, {}});
    validateDays(issues);
    validateTimes(capacity, issues);
    if (m_localTimeZoneId && !RefreshSchedule::timeZoneFor(*m_localTimeZoneId).isValid())
        issues.append({Problem::UnknownTimeZone, *m_localTimeZoneId});
    if (m_notifyOption && *m_notifyOption != QLatin1String("NoNotification") &&
        *m_notifyOption != QLatin1String("MailOnFailure"))
        issues.append({Problem::UnknownNotifyOption, *m_notifyOption});
    return issues;
}

void RefreshScheduleChange::validateDays(QList<Issue> &issues) const
{
    if (!m_days)
        return;
    if (m_days->isEmpty())
        issues.append({Problem::NoDays, {}});
    for (const QString &day : *m_days) {
        if (canonicalDay(day).isEmpty())
            issues.append({Problem::UnknownDay, day});
    }
}

void RefreshScheduleChange::validateTimes(Capacity capacity, QList<Issue> &issues) const
{
    if (!m_times)
        return;
    static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    QSet<QString> seen;
    for (const QString &time : *m_times) {
        const QRegularExpressionMatch match = hhmm.match(time);
        if (!match.hasMatch())
            issues.append({Problem::BadTimeFormat, time});
        else if (match.captured(2) != QLatin1String("00") &&
                 match.captured(2) != QLatin1String("30"))
            issues.append({Problem::TimeNotOnTheHalfHour, time});
        else if (seen.contains(time))
            issues.append({Problem::DuplicateTime, time});
        seen.insert(time);
    }
    const int limit = maxTimesPerDay(capacity);
    if (m_times->size() > limit)
        issues.append({Problem::TooManyTimes, QString::number(limit)});
}

QJsonObject RefreshScheduleChange::toPatchBody() const
{
    QJsonObject value;
    if (m_days) {
        QJsonArray days;
        for (const QString &day : *m_days) {
            const QString canonical = canonicalDay(day);
            days.append(canonical.isEmpty() ? day : canonical);
        }
        value.insert(QStringLiteral("days"), days);
    }
    if (m_times)
        value.insert(QStringLiteral("times"), QJsonArray::fromStringList(*m_times));
    if (m_enabled)
        value.insert(QStringLiteral("enabled"), *m_enabled);
    if (m_localTimeZoneId)
        value.insert(QStringLiteral("localTimeZoneId"), *m_localTimeZoneId);
    if (m_notifyOption)
        value.insert(QStringLiteral("notifyOption"), *m_notifyOption);
    return QJsonObject{{QStringLiteral("value"), value}};
}

namespace {

QString listed(const QStringList &values)
{
    return values.isEmpty() ? RefreshScheduleChange::tr("none") : values.join(QStringLiteral(", "));
}

} // namespace

QStringList RefreshScheduleChange::notAppliedIn(const RefreshSchedule &readBack) const
{
    QStringList missing;
    const auto onOff = [](bool on) {
        return on ? tr("on") : tr("off");
    };
    if (m_enabled && *m_enabled != readBack.isEnabled())
        missing.append(
            tr("switched %1, read back %2").arg(onOff(*m_enabled), onOff(readBack.isEnabled())));
    // Power BI may list the days or times in another order: compared as sets.
    const auto sameSet = [](QStringList asked, QStringList read) {
        asked.sort();
        read.sort();
        return asked == read;
    };
    if (m_days && !sameSet(*m_days, readBack.days()))
        missing.append(tr("days %1, read back %2").arg(listed(*m_days), listed(readBack.days())));
    if (m_times && !sameSet(*m_times, readBack.times()))
        missing.append(
            tr("times %1, read back %2").arg(listed(*m_times), listed(readBack.times())));
    if (m_localTimeZoneId && *m_localTimeZoneId != readBack.localTimeZoneId())
        missing.append(tr("time zone %1, read back %2")
                           .arg(*m_localTimeZoneId, readBack.localTimeZoneId().isEmpty()
                                                        ? tr("none")
                                                        : readBack.localTimeZoneId()));
    return missing;
}
