#include "refreshschedule.h"

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
