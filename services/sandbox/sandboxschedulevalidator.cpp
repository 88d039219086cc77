#include "sandboxschedulevalidator.h"

#include "sandboxjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using Outcome = SandboxScheduleValidator::Outcome;

static Outcome refused(const QString &message)
{
    Outcome outcome;
    outcome.message = message;
    return outcome;
}

static std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        if (!list.contains(item.toString()))
            list.append(item.toString());
    }
    return list;
}

static std::optional<QString> weekdayName(const QString &day)
{
    static const QStringList weekdays{QStringLiteral("Sunday"),   QStringLiteral("Monday"),
                                      QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"),
                                      QStringLiteral("Thursday"), QStringLiteral("Friday"),
                                      QStringLiteral("Saturday")};
    for (const QString &weekday : weekdays) {
        if (weekday.compare(day, Qt::CaseInsensitive) == 0)
            return weekday;
    }
    return std::nullopt;
}

bool SandboxScheduleValidator::isKnownTimeZone(const QString &windowsId)
{
    return windowsId == QStringLiteral("UTC") ||
           !QTimeZone::windowsIdToDefaultIanaId(windowsId.toUtf8()).isEmpty();
}

Outcome SandboxScheduleValidator::apply(const SandboxSchedule &current, const QJsonObject &changes,
                                        bool dedicatedCapacity, bool servicePrincipal)
{
    SandboxSchedule next = current;

    const QJsonValue days = SandboxJson::member(changes, QStringLiteral("days"));
    if (!days.isUndefined()) {
        const auto list = stringList(days);
        if (!list)
            return refused(
                QStringLiteral("Invalid value for 'days': an array of weekday names is expected."));
        next.days.clear();
        for (const QString &day : *list) {
            const auto name = weekdayName(day);
            if (!name)
                return refused(
                    QStringLiteral(
                        "Invalid day '%1': days must be weekday names (Sunday to Saturday).")
                        .arg(day));
            next.days.append(*name);
        }
    }

    const QJsonValue times = SandboxJson::member(changes, QStringLiteral("times"));
    if (!times.isUndefined()) {
        static const QRegularExpression slot(QStringLiteral("^([01][0-9]|2[0-3]):(00|30)$"));
        const auto list = stringList(times);
        if (!list)
            return refused(QStringLiteral(
                "Invalid value for 'times': an array of hh:mm strings is expected."));
        for (const QString &time : *list) {
            if (!slot.match(time).hasMatch())
                return refused(
                    QStringLiteral("Invalid time '%1': times must be hh:mm with minutes 00 or 30.")
                        .arg(time));
        }
        const int limit = dedicatedCapacity ? 48 : 8;
        if (list->size() > limit)
            return refused(QStringLiteral("Invalid refresh schedule: %1 times a day exceed the "
                                          "limit of %2 for this capacity.")
                               .arg(list->size())
                               .arg(limit));
        next.times = *list;
    }

    const QJsonValue zone = SandboxJson::member(changes, QStringLiteral("localTimeZoneId"));
    if (!zone.isUndefined()) {
        if (!zone.isString() || !isKnownTimeZone(zone.toString()))
            return refused(QStringLiteral("Invalid localTimeZoneId '%1': a Windows time zone id "
                                          "such as 'UTC' or 'Romance Standard Time' is expected.")
                               .arg(zone.toString()));
        next.localTimeZoneId = zone.toString();
    }

    const QJsonValue notify = SandboxJson::member(changes, QStringLiteral("notifyOption"));
    if (!notify.isUndefined()) {
        const QString option = notify.toString();
        if (option != QStringLiteral("NoNotification") && option != QStringLiteral("MailOnFailure"))
            return refused(
                QStringLiteral(
                    "Invalid notifyOption '%1': NoNotification or MailOnFailure is expected.")
                    .arg(option));
        if (servicePrincipal && option != QStringLiteral("NoNotification"))
            return refused(QStringLiteral(
                "Invalid notifyOption: a service principal can only use NoNotification."));
        next.notifyOption = option;
    }

    const QJsonValue enabled = SandboxJson::member(changes, QStringLiteral("enabled"));
    if (!enabled.isUndefined()) {
        if (!enabled.isBool())
            return refused(
                QStringLiteral("Invalid value for 'enabled': true or false is expected."));
        next.enabled = enabled.toBool();
        if (!next.enabled) {
            const bool otherChanges = next.days != current.days || next.times != current.times ||
                                      next.localTimeZoneId != current.localTimeZoneId ||
                                      next.notifyOption != current.notifyOption;
            if (otherChanges)
                return refused(QStringLiteral(
                    "A request that disables the refresh schedule must not change anything else."));
        }
    }

    if (next.enabled && (next.days.isEmpty() || next.times.isEmpty()))
        return refused(
            QStringLiteral("An enabled refresh schedule needs at least one day and one time."));

    Outcome outcome;
    outcome.ok = true;
    outcome.schedule = next;
    return outcome;
}
