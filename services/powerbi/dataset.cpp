#include "dataset.h"

Dataset Dataset::read(const JsonReader &reader, const QString &workspaceId)
{
    Dataset dataset;
    dataset.m_id = reader.requiredString(QStringLiteral("id"));
    dataset.m_name = reader.string(QStringLiteral("name"));
    dataset.m_configuredBy = reader.string(QStringLiteral("configuredBy"));
    dataset.m_isRefreshable = reader.boolean(QStringLiteral("isRefreshable"));
    dataset.m_isOnPremGatewayRequired = reader.boolean(QStringLiteral("isOnPremGatewayRequired"));
    dataset.m_webUrl = reader.string(QStringLiteral("webUrl"));
    dataset.m_createdDate = reader.dateTime(QStringLiteral("createdDate"));
    dataset.m_workspaceId = workspaceId;
    return dataset;
}

Result<Dataset> Dataset::fromJson(const QJsonObject &object, const QString &workspaceId)
{
    return JsonReader::readObject<Dataset>(
        object, [&workspaceId](const JsonReader &reader) { return read(reader, workspaceId); });
}

Result<Dataset> Dataset::fromBody(const QByteArray &body, const QString &workspaceId)
{
    const Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return object.error();
    return fromJson(object.value(), workspaceId);
}

Result<QList<Dataset>> Dataset::listFromJson(const QByteArray &body, const QString &workspaceId)
{
    return JsonReader::readValueList<Dataset>(
        body, [&workspaceId](const JsonReader &reader) { return read(reader, workspaceId); });
}
