#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A Power BI dataset (semantic model) as listed by GET /datasets or GET /groups/{g}/datasets.
class Dataset
{
public:
    Dataset() = default;

    // workspaceId: the workspace it was listed from, empty for My workspace.
    static Dataset read(const JsonReader &reader, const QString &workspaceId);
    static Result<Dataset> fromJson(const QJsonObject &object, const QString &workspaceId = {});
    // The answer of GET .../datasets/{id}: one dataset object.
    static Result<Dataset> fromBody(const QByteArray &body, const QString &workspaceId = {});
    static Result<QList<Dataset>> listFromJson(const QByteArray &body,
                                               const QString &workspaceId = {});

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // The owner; the signed-in user must be the owner to change the schedule (else Take over).
    QString configuredBy() const { return m_configuredBy; }
    // False when the answer leaves it out.
    bool isRefreshable() const { return m_isRefreshable; }
    bool isOnPremGatewayRequired() const { return m_isOnPremGatewayRequired; }
    QString webUrl() const { return m_webUrl; }
    // Invalid when the answer leaves it out.
    QDateTime createdDate() const { return m_createdDate; }
    QString workspaceId() const { return m_workspaceId; }

private:
    QString m_id;
    QString m_name;
    QString m_configuredBy;
    bool m_isRefreshable = false;
    bool m_isOnPremGatewayRequired = false;
    QString m_webUrl;
    QDateTime m_createdDate;
    QString m_workspaceId;
};
