#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QList>
#include <QString>

// A Power BI workspace ("group" in the API) as listed by GET /groups.
class Workspace
{
public:
    Workspace() = default;

    static Workspace read(const JsonReader &reader);
    static Result<Workspace> fromJson(const QJsonObject &object);
    // The signed-in user's own workspace, which GET /groups never lists: no id (fromJson would
    // refuse it), and the name the caller gives, already translated.
    static Workspace myWorkspace(const QString &name);
    // The answer of GET /groups: {"value":[...]}.
    static Result<QList<Workspace>> listFromJson(const QByteArray &body);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    bool isReadOnly() const { return m_isReadOnly; }
    // Premium / Fabric capacity: 48 scheduled refreshes a day and enhanced refresh allowed.
    bool isOnDedicatedCapacity() const { return m_isOnDedicatedCapacity; }
    QString capacityId() const { return m_capacityId; }

private:
    QString m_id;
    QString m_name;
    bool m_isReadOnly = false;
    bool m_isOnDedicatedCapacity = false;
    QString m_capacityId;
};
