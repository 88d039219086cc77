#include "workspace.h"

Workspace Workspace::read(const JsonReader &reader)
{
    Workspace workspace;
    workspace.m_id = reader.requiredString(QStringLiteral("id"));
    workspace.m_name = reader.string(QStringLiteral("name"));
    workspace.m_isReadOnly = reader.boolean(QStringLiteral("isReadOnly"));
    workspace.m_isOnDedicatedCapacity = reader.boolean(QStringLiteral("isOnDedicatedCapacity"));
    workspace.m_capacityId = reader.string(QStringLiteral("capacityId"));
    return workspace;
}

Result<Workspace> Workspace::fromJson(const QJsonObject &object)
{
    return JsonReader::readObject<Workspace>(object, &Workspace::read);
}

Workspace Workspace::myWorkspace(const QString &name)
{
    Workspace workspace;
    workspace.m_name = name;
    return workspace;
}

Result<QList<Workspace>> Workspace::listFromJson(const QByteArray &body)
{
    return JsonReader::readValueList<Workspace>(body, &Workspace::read);
}
