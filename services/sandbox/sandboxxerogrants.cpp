#include "sandboxxerogrants.h"

#include "sandboxids.h"

QList<SandboxXeroGrants::Organisation> SandboxXeroGrants::organisations()
{
    return {
        {QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b01"), QStringLiteral("Contoso Ltd")},
        {QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b02"),
         QStringLiteral("Contoso Holdings")},
    };
}

QString SandboxXeroGrants::organisationName(const QString &tenantId)
{
    for (const Organisation &organisation : organisations()) {
        if (organisation.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return organisation.name;
    }
    return {};
}

QString SandboxXeroGrants::create(const QString &user, const QString &clientId,
                                  const QString &scope, const QStringList &tenantIds,
                                  const QDateTime &now)
{
    SandboxXeroGrant grant;
    grant.id = SandboxIds::guid();
    grant.user = user;
    grant.clientId = clientId;
    grant.scope = scope;
    const QString authEventId = SandboxIds::guid();
    for (const QString &tenantId : tenantIds) {
        const QString name = organisationName(tenantId);
        if (name.isEmpty())
            continue;
        grant.connections.append({SandboxIds::guid(), authEventId, tenantId.toLower(),
                                  QStringLiteral("ORGANISATION"), name, now, now});
    }
    m_grants.append(grant);
    return grant.id;
}

SandboxXeroGrant *SandboxXeroGrants::find(const QString &grantId)
{
    for (SandboxXeroGrant &grant : m_grants) {
        if (grant.id == grantId)
            return &grant;
    }
    return nullptr;
}

void SandboxXeroGrants::revoke(const QString &grantId)
{
    m_grants.removeIf([&](const SandboxXeroGrant &grant) { return grant.id == grantId; });
}

void SandboxXeroGrants::clear()
{
    m_grants.clear();
}
