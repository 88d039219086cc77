#include "watchcalendar.h"

#include <QList>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace {

constexpr int minutesPerDay = 24 * 60;

const QString dailyCheck = QStringLiteral("*-*-* 12:00:00");

// systemd's weekday names, in RefreshSchedule::weekdayNames()'s order (Monday first).
const QStringList &systemdDays()
{
    static const QStringList days = {
        QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"), QStringLiteral("Thu"),
        QStringLiteral("Fri"), QStringLiteral("Sat"), QStringLiteral("Sun"),
    };
    return days;
}

// Monday = 0 ... Sunday = 6; the API's names, matched as the service matches them.
QList<int> dayIndexes(const QStringList &days)
{
    QList<int> indexes;
    const QStringList &names = RefreshSchedule::weekdayNames();
    for (int i = 0; i < names.size(); ++i) {
        if (days.contains(names.at(i), Qt::CaseInsensitive))
            indexes.append(i);
    }
    return indexes;
}

QList<int> minutesOfDay(const QStringList &times)
{
    QList<int> minutes;
    for (const QString &text : times) {
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (time.isValid())
            minutes.append(time.hour() * 60 + time.minute());
    }
    return minutes;
}

// One OnCalendar value: the slot's days, moved when the offset crosses midnight.
QString calendarAt(const QList<int> &days, int slotMinute, int offsetMinutes, const QString &zone)
{
    const int minute = slotMinute + offsetMinutes;
    const int dayShift = minute < 0 ? -1 : minute / minutesPerDay;
    const int minuteOfDay = (minute % minutesPerDay + minutesPerDay) % minutesPerDay;
    QList<int> shifted;
    for (int day : days)
        shifted.append(((day + dayShift) % 7 + 7) % 7);
    std::sort(shifted.begin(), shifted.end());
    QStringList names;
    for (int day : shifted)
        names.append(systemdDays().at(day));
    const QString time =
        QTime(minuteOfDay / 60, minuteOfDay % 60).toString(QStringLiteral("HH:mm"));
    const QString weekdays = shifted.size() == 7 ? QString() : names.join(QLatin1Char(',')) + u' ';
    return weekdays + QStringLiteral("*-*-* %1:00 %2").arg(time, zone);
}

QStringList calendarOf(const RefreshSchedule &schedule, WatchMemory::Mode mode)
{
    QStringList calendar;
    const QList<int> days = dayIndexes(schedule.days());
    if (schedule.isEnabled() && !days.isEmpty()) {
        const QString zone = QString::fromUtf8(schedule.timeZone().id());
        for (int slot : minutesOfDay(schedule.times())) {
            if (mode == WatchMemory::Mode::NotifyAndPush)
                calendar.append(
                    calendarAt(days, slot, -WatchCalendar::pushBeforeSlotMinutes, zone));
            calendar.append(calendarAt(days, slot, WatchCalendar::checkAfterSlotMinutes, zone));
        }
    }
    calendar.append(dailyCheck);
    calendar.removeDuplicates();
    return calendar;
}

// systemd expands %-specifiers in every value, and $ variables in command lines.
QString withoutSpecifiers(QString text)
{
    return text.replace(QLatin1Char('%'), QStringLiteral("%%"));
}

// A word that needs no quoting, for systemd and for the shell alike.
bool isPlainWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9/._+,:@=-]+$"));
    return plain.match(word).hasMatch();
}

// One word of an ExecStart= line, quoted as systemd.service(5) reads them.
QString execWord(const QString &word)
{
    QString escaped = withoutSpecifiers(word).replace(QLatin1Char('$'), QStringLiteral("$$"));
    if (isPlainWord(escaped))
        return escaped;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const QString cronSessionBus =
    QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus ");

// One word of a crontab command, which the shell reads; cron itself turns % into a new line.
QString cronWord(const QString &word)
{
    QString quoted = word;
    if (!isPlainWord(word)) {
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        quoted = QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    return quoted.replace(QLatin1Char('%'), QStringLiteral("\\%"));
}

} // namespace

WatchUnits WatchCalendar::units(const RefreshSchedule &schedule, const QString &program,
                                const QString &language, WatchMemory::Mode mode)
{
    WatchUnits units;
    units.serviceFileName = serviceFileName;
    units.timerFileName = timerFileName;
    units.calendar = calendarOf(schedule, mode);

    // --only-if-on: the watch turned off in the window, a run left behind (a cron line not yet
    // removed) does nothing.
    const QString command = QStringLiteral("%1 watch --only-if-on --lang %2");
    // KillMode=process: the window that Fix now starts outlives the check (systemd would stop
    // everything the service started when its main process ends). SuccessExitStatus=1: a problem
    // found (exit 1) is what the check is for, not a failed run.
    units.serviceText =
        QStringLiteral("[Unit]\nDescription=%1\n\n[Service]\nType=oneshot\nExecStart=%2\n"
                       "SuccessExitStatus=1\nKillMode=process\nTimeoutStartSec=15min\n")
            .arg(withoutSpecifiers(
                     tr("Xero Refresh Assistant: check the refreshes of the Power BI dataset")),
                 command.arg(execWord(program), execWord(language)));

    QString timer = QStringLiteral("[Unit]\nDescription=%1\n\n[Timer]\n")
                        .arg(withoutSpecifiers(
                            tr("Xero Refresh Assistant: when to check the Power BI dataset")));
    for (const QString &calendar : units.calendar)
        timer += QStringLiteral("OnCalendar=") + calendar + u'\n';
    timer += QStringLiteral("Persistent=true\n\n[Install]\nWantedBy=timers.target\n");
    units.timerText = timer;

    // Power BI's slots fall on the hour and the half hour only, so cron's minutes, in any zone
    // of whole or half hours, hit the same moments without naming the zone.
    const bool hasSlots = units.calendar.size() > 1;
    const QString minutes =
        !hasSlots ? QStringLiteral("0 12")
                  : (mode == WatchMemory::Mode::NotifyAndPush ? QStringLiteral("20,25,50,55 *")
                                                              : QStringLiteral("20,50 *"));
    // cron gives its jobs no session bus: the user's, where the desktop's notifications and the
    // keychain are, is named (its usual place under systemd-logind).
    units.cronLine = minutes + QStringLiteral(" * * * ") + cronSessionBus +
                     command.arg(cronWord(program), cronWord(language));
    return units;
}
