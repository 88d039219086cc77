#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct SandboxXeroConnection
{
    QString id;
    QString authEventId;
    QString tenantId;
    QString tenantType;
    QString tenantName;
    QDateTime createdDateUtc;
    QDateTime updatedDateUtc;
};

// One consent given on the Xero consent page: the organisations it connected, and who.
struct SandboxXeroGrant
{
    QString id;
    QString user;
    QString clientId;
    QString scope;
    QList<SandboxXeroConnection> connections;
};

// The Xero grants (consents) alive in the sandbox. Revoking a grant disconnects every
// organisation it connected; its tokens are dropped by the token issuer.
class SandboxXeroGrants
{
public:
    struct Organisation
    {
        QString tenantId;
        QString name;
    };
    static QList<Organisation> organisations();
    static QString organisationName(const QString &tenantId);

    QString create(const QString &user, const QString &clientId, const QString &scope,
                   const QStringList &tenantIds, const QDateTime &now);
    SandboxXeroGrant *find(const QString &grantId);
    void revoke(const QString &grantId);
    void clear();
    const QList<SandboxXeroGrant> &all() const { return m_grants; }
    void setAll(const QList<SandboxXeroGrant> &grants) { m_grants = grants; }

private:
    QList<SandboxXeroGrant> m_grants;
};
