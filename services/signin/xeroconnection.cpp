#include "xeroconnection.h"

#include <QJsonArray>
#include <QJsonDocument>

XeroConnection XeroConnection::read(const JsonReader &reader)
{
    XeroConnection connection;
    connection.m_id = reader.requiredString(QStringLiteral("id"));
    connection.m_authEventId = reader.string(QStringLiteral("authEventId"));
    connection.m_tenantId = reader.requiredString(QStringLiteral("tenantId"));
    connection.m_tenantType = reader.string(QStringLiteral("tenantType"));
    connection.m_tenantName = reader.string(QStringLiteral("tenantName"));
    connection.m_createdDateUtc = reader.dateTime(QStringLiteral("createdDateUtc"));
    connection.m_updatedDateUtc = reader.dateTime(QStringLiteral("updatedDateUtc"));
    return connection;
}

Result<QList<XeroConnection>> XeroConnection::listFromJson(const QByteArray &body)
{
    const ApiError::Service xero = ApiError::Service::Xero;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::parse(xero, QStringLiteral("(body)"),
                               QStringLiteral("not valid JSON (%1 at offset %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isArray())
        return ApiError::parse(xero, QStringLiteral("(body)"),
                               QStringLiteral("expected a JSON array"));

    return JsonReader::readEach<XeroConnection>(document.array(), {}, xero, &XeroConnection::read);
}

XeroConnection XeroConnection::make(const QString &tenantId, const QString &tenantName)
{
    XeroConnection connection;
    connection.m_id = tenantId;
    connection.m_tenantId = tenantId;
    connection.m_tenantType = QStringLiteral("ORGANISATION");
    connection.m_tenantName = tenantName;
    return connection;
}
