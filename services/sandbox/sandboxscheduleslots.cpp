#include "sandboxscheduleslots.h"

#include "sandboxdataset.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

static QTimeZone zoneOf(const QString &windowsId)
{
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windowsId.toUtf8());
    const QTimeZone zone = iana.isEmpty() ? QTimeZone() : QTimeZone(iana);
    return zone.isValid() ? zone : QTimeZone::utc();
}

// `time` of `date` in `zone`. A time the clock skips (spring forward) happens when the clock
// has jumped past it: midnight plus as many seconds.
static QDateTime momentOf(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime moment(date, time, zone);
    if (moment.isValid() && moment.time() == time)
        return moment;
    return QDateTime(date, QTime(0, 0), zone).addSecs(QTime(0, 0).secsTo(time));
}

QList<QDateTime> SandboxScheduleSlots::between(const SandboxSchedule &schedule,
                                               const QDateTime &after, const QDateTime &until)
{
    QList<QDateTime> due;
    if (!after.isValid() || !until.isValid() || until <= after)
        return due;
    const QTimeZone zone = zoneOf(schedule.localTimeZoneId);
    const QLocale english(QLocale::English);
    // One day more on each side: the zone's date may differ from the UTC one.
    const QDate last = until.toTimeZone(zone).date().addDays(1);
    for (QDate day = after.toTimeZone(zone).date().addDays(-1); day <= last; day = day.addDays(1)) {
        const QString weekday = english.standaloneDayName(day.dayOfWeek());
        if (!schedule.days.contains(weekday, Qt::CaseInsensitive))
            continue;
        for (const QString &text : schedule.times) {
            const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
            if (!time.isValid())
                continue;
            const QDateTime moment = momentOf(day, time, zone).toUTC();
            if (moment > after && moment <= until)
                due.append(moment);
        }
    }
    std::sort(due.begin(), due.end());
    return due;
}
