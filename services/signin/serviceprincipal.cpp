#include "serviceprincipal.h"

#include "endpoints.h"

std::optional<ServicePrincipal>
ServicePrincipal::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString tenantId = environment.value(QStringLiteral("AZURE_TENANT_ID")).trimmed();
    const QString clientId = environment.value(QStringLiteral("AZURE_CLIENT_ID")).trimmed();
    // A secret is taken as it is: surrounding spaces could be part of it.
    const QString secret = environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));
    if (tenantId.isEmpty() || clientId.isEmpty() || secret.trimmed().isEmpty())
        return std::nullopt;
    ServicePrincipal principal(tenantId, clientId, secret);
    principal.m_authorityHost =
        Endpoints::normalisedRoot(environment.value(QStringLiteral("AZURE_AUTHORITY_HOST")));
    return principal;
}
