#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A data source of a dataset (GET .../datasources). The gateway and data source ids are what
// PATCH /gateways/{g}/datasources/{d} needs to set its credentials.
class Datasource
{
public:
    Datasource() = default;

    static Datasource read(const JsonReader &reader);
    static Result<Datasource> fromJson(const QJsonObject &object);
    static Result<QList<Datasource>> listFromJson(const QByteArray &body);

    QString datasourceType() const { return m_datasourceType; }
    QString datasourceId() const { return m_datasourceId; }
    QString gatewayId() const { return m_gatewayId; }
    // Every member of connectionDetails, whatever it is.
    QJsonObject connectionDetails() const { return m_connectionDetails; }
    // One member of connectionDetails as text, key matched without regard to case.
    QString connectionDetail(const QString &key) const;
    QString kind() const { return connectionDetail(QStringLiteral("kind")); }
    QString path() const { return connectionDetail(QStringLiteral("path")); }
    QString server() const { return connectionDetail(QStringLiteral("server")); }
    QString database() const { return connectionDetail(QStringLiteral("database")); }
    QString url() const { return connectionDetail(QStringLiteral("url")); }
    // What in its description says that a data source reads Xero. No public source documents
    // the shape of a Xero data source: a leftover of the retired template app or a custom
    // connector is an Extension source whose kind or path names Xero (or that does not say at
    // all), and Web or OData sources call api.xero.com directly.
    enum class XeroSign
    {
        None,
        Named,   // the kind or path (or the extension's) mentions Xero
        Address, // a URL or path that reaches xero.com or one of its hosts
    };
    XeroSign xeroSign() const;
    bool looksLikeXero() const { return xeroSign() != XeroSign::None; }
    // Gateway and data source ids as one text ("gatewayId/datasourceId"), to remember a choice.
    QString key() const;
    // Where it reads, as its connection details say: a URL, a server and database, a path.
    QString whereItReads() const;

private:
    QString m_datasourceType;
    QString m_datasourceId;
    QString m_gatewayId;
    QJsonObject m_connectionDetails;
};
