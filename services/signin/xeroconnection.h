#pragma once

#include "jsonreader.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One organisation (tenant) a Xero grant reaches, as GET /connections lists it. The
// timestamps come without a zone and with 7 fractional digits; they are UTC.
class XeroConnection
{
public:
    XeroConnection() = default;
    static XeroConnection read(const JsonReader &reader);
    // The answer of GET /connections: a JSON array of connections.
    static Result<QList<XeroConnection>> listFromJson(const QByteArray &body);

    QString id() const { return m_id; }
    QString authEventId() const { return m_authEventId; }
    QString tenantId() const { return m_tenantId; }
    // "ORGANISATION", "PRACTICE", ... kept as sent.
    QString tenantType() const { return m_tenantType; }
    QString tenantName() const { return m_tenantName; }
    QDateTime createdDateUtc() const { return m_createdDateUtc; }
    QDateTime updatedDateUtc() const { return m_updatedDateUtc; }

    // For tests and callers that build connections themselves.
    static XeroConnection make(const QString &tenantId, const QString &tenantName);

private:
    QString m_id;
    QString m_authEventId;
    QString m_tenantId;
    QString m_tenantType;
    QString m_tenantName;
    QDateTime m_createdDateUtc;
    QDateTime m_updatedDateUtc;
};
