#include "scheduletext.h"

#include "refreshpresentation.h"

#include <QLocale>

QString ScheduleText::state(const RefreshSchedule &schedule, bool switchedOffAfterFailures)
{
    if (schedule.isEnabled())
        return tr("On");
    if (switchedOffAfterFailures)
        return tr("Off: switched off by Power BI after repeated failures");
    return tr("Off");
}

QString ScheduleText::days(const RefreshSchedule &schedule)
{
    if (schedule.isDaily())
        return tr("Every day");
    QStringList names;
    QStringList unknown = schedule.days();
    const QStringList &weekdays = RefreshSchedule::weekdayNames();
    for (int index = 0; index < weekdays.size(); ++index) {
        const qsizetype removed = unknown.removeIf([&](const QString &day) {
            return day.compare(weekdays.at(index), Qt::CaseInsensitive) == 0;
        });
        if (removed > 0)
            names.append(QLocale().dayName(index + 1));
    }
    // A name the API should not send is shown as it came rather than hidden.
    names.append(unknown);
    return names.isEmpty() ? tr("No day") : QLocale().createSeparatedList(names);
}

QString ScheduleText::times(const RefreshSchedule &schedule, const QDateTime &now,
                            const QTimeZone &userZone)
{
    if (schedule.times().isEmpty())
        return tr("No time set");
    const QDate today = now.toTimeZone(schedule.timeZone()).date();
    QStringList lines;
    for (const QString &text : schedule.times()) {
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            lines.append(text);
            continue;
        }
        const QString local = userTime(schedule.momentOn(today, time), today, userZone);
        lines.append(tr("%1, that is %2 your time").arg(text, local));
    }
    return lines.join(QLatin1Char('\n'));
}

// Hours and minutes, like the schedule's own times, with the zone's abbreviation.
QString ScheduleText::userTime(const QDateTime &moment, QDate scheduleDate,
                               const QTimeZone &userZone)
{
    const QDateTime local = moment.toTimeZone(userZone);
    const QString text = QStringLiteral("%1 %2").arg(local.time().toString(QStringLiteral("HH:mm")),
                                                     userZone.abbreviation(local));
    const qint64 dayShift = scheduleDate.daysTo(local.date());
    if (dayShift > 0)
        return tr("%1 the next day").arg(text);
    if (dayShift < 0)
        return tr("%1 the day before").arg(text);
    return text;
}

QString ScheduleText::zone(const RefreshSchedule &schedule)
{
    const QString windowsId = schedule.localTimeZoneId();
    if (windowsId.isEmpty())
        return tr("Not set (UTC)");
    const QTimeZone zone = RefreshSchedule::timeZoneFor(windowsId);
    if (!zone.isValid())
        return tr("%1 (unknown to this computer: shown as UTC)").arg(windowsId);
    return tr("%1 (%2)").arg(windowsId, QString::fromUtf8(zone.id()));
}

QString ScheduleText::nextRun(const RefreshSchedule &schedule, const QDateTime &now)
{
    if (!schedule.isEnabled())
        return tr("None: the scheduled refresh is switched off");
    const std::optional<QDateTime> next = schedule.nextRunAfter(now);
    return next ? RefreshPresentation::localTime(*next) : tr("No scheduled refresh");
}
