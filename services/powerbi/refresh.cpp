#include "refresh.h"

#include <array>
#include <utility>

Refresh Refresh::read(const JsonReader &reader)
{
    Refresh refresh;
    refresh.m_requestId = reader.string(QStringLiteral("requestId"));
    refresh.m_id = reader.integer(QStringLiteral("id"));
    refresh.m_refreshTypeText = reader.string(QStringLiteral("refreshType"));
    refresh.m_refreshType = typeFromText(refresh.m_refreshTypeText);
    refresh.m_startTime = reader.dateTime(QStringLiteral("startTime"));
    refresh.m_endTime = reader.dateTime(QStringLiteral("endTime"));
    refresh.m_startTimeText = reader.string(QStringLiteral("startTime"));
    refresh.m_endTimeText = reader.string(QStringLiteral("endTime"));
    refresh.m_statusText = reader.string(QStringLiteral("status"));
    refresh.m_status = statusFromText(refresh.m_statusText);
    refresh.m_extendedStatus = reader.string(QStringLiteral("extendedStatus"));
    refresh.m_serviceException =
        ServiceException::read(reader, QStringLiteral("serviceExceptionJson"));
    const QList<JsonReader> attempts = reader.objectArray(QStringLiteral("refreshAttempts"));
    for (const JsonReader &attempt : attempts)
        refresh.m_attempts.append(RefreshAttempt::read(attempt));
    return refresh;
}

Result<Refresh> Refresh::fromJson(const QJsonObject &object)
{
    return JsonReader::readObject<Refresh>(object, &Refresh::read);
}

Result<QList<Refresh>> Refresh::listFromJson(const QByteArray &body)
{
    return JsonReader::readValueList<Refresh>(body, &Refresh::read);
}

Refresh::Type Refresh::typeFromText(const QString &text)
{
    static const std::array<std::pair<const char *, Type>, 6> known = {{
        {"Scheduled", Type::Scheduled},
        {"OnDemand", Type::OnDemand},
        {"ViaApi", Type::ViaApi},
        {"ViaXmlaEndpoint", Type::ViaXmlaEndpoint},
        {"ViaEnhancedApi", Type::ViaEnhancedApi},
        {"OnDemandTraining", Type::OnDemandTraining},
    }};
    for (const auto &[name, type] : known) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return type;
    }
    return Type::Other;
}

Refresh::Status Refresh::statusFromText(const QString &text)
{
    if (text.isEmpty())
        return Status::Unknown;
    static const std::array<std::pair<const char *, Status>, 5> known = {{
        {"Unknown", Status::Unknown},
        {"Completed", Status::Completed},
        {"Failed", Status::Failed},
        {"Disabled", Status::Disabled},
        {"Cancelled", Status::Cancelled},
    }};
    for (const auto &[name, status] : known) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return status;
    }
    return Status::Other;
}
