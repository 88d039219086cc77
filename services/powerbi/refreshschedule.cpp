#include "refreshschedule.h"

#include <QTimeZone>

#include <algorithm>

RefreshSchedule RefreshSchedule::read(const JsonReader &reader)
{
    RefreshSchedule schedule;
    schedule.m_days = reader.stringList(QStringLiteral("days"));
    schedule.m_times = reader.stringList(QStringLiteral("times"));
    schedule.m_enabled = reader.boolean(QStringLiteral("enabled"));
    schedule.m_localTimeZoneId = reader.string(QStringLiteral("localTimeZoneId"));
    schedule.m_notifyOption = reader.string(QStringLiteral("notifyOption"));
    return schedule;
}

Result<RefreshSchedule> RefreshSchedule::fromJson(const QJsonObject &object)
{
    return JsonReader::readObject<RefreshSchedule>(object, &RefreshSchedule::read);
}

Result<RefreshSchedule> RefreshSchedule::fromBody(const QByteArray &body)
{
    const Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return object.error();
    return fromJson(object.value());
}

const QStringList &RefreshSchedule::weekdayNames()
{
    static const QStringList names = {
        QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
        QStringLiteral("Sunday"),
    };
    return names;
}

bool RefreshSchedule::isDaily() const
{
    for (const QString &weekday : weekdayNames()) {
        if (!m_days.contains(weekday, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

namespace {

// "07:00" as the API writes it; "7:00" too, since people type it that way.
QList<QTime> parsedTimes(const QStringList &texts)
{
    QList<QTime> times;
    for (const QString &text : texts) {
        QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
        if (!time.isValid())
            time = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
        if (time.isValid())
            times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

// The moment local time `time` of `date` begins in zone. In a gap (spring forward) that is the
// moment the clock jumps past it; on a repeated hour, the first occurrence.
QDateTime momentInZone(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime midnight = QDateTime(date, QTime(0, 0), zone);
    const qint64 seconds = QTime(0, 0).secsTo(time);
    // Walk from the day's start by its offset at that moment, so that a skipped or repeated
    // hour resolves the same way on every Qt version.
    QDateTime guess = midnight.addSecs(seconds);
    if (guess.time() == time)
        return guess;
    const int shift = zone.offsetFromUtc(guess) - zone.offsetFromUtc(midnight);
    const QDateTime shifted = midnight.addSecs(seconds - shift);
    // Still not that time: the clock skipped it, and guess is when it has moved past.
    return shifted.time() == time ? shifted : guess;
}

} // namespace

QTimeZone RefreshSchedule::timeZoneFor(const QString &windowsId)
{
    if (windowsId.isEmpty())
        return {};
    const QByteArray ianaId = QTimeZone::windowsIdToDefaultIanaId(windowsId.toUtf8());
    return ianaId.isEmpty() ? QTimeZone() : QTimeZone(ianaId);
}

QTimeZone RefreshSchedule::timeZone() const
{
    const QTimeZone zone = timeZoneFor(m_localTimeZoneId);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime RefreshSchedule::momentOn(QDate date, QTime time) const
{
    return momentInZone(date, time, timeZone());
}

std::optional<QDateTime> RefreshSchedule::nextRunAfter(const QDateTime &after) const
{
    const QList<QTime> times = parsedTimes(m_times);
    if (!m_enabled || times.isEmpty() || m_days.isEmpty() || !after.isValid())
        return std::nullopt;
    const QTimeZone zone = timeZone();
    const QDate firstDay = after.toTimeZone(zone).date();
    // Eight days: today's times may all be past, and the only scheduled day may be today.
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = firstDay.addDays(offset);
        const QString weekday = weekdayNames().at(day.dayOfWeek() - 1);
        if (!m_days.contains(weekday, Qt::CaseInsensitive))
            continue;
        for (const QTime &time : times) {
            const QDateTime moment = momentInZone(day, time, zone);
            if (moment > after)
                return moment.toUTC();
        }
    }
    return std::nullopt;
}
