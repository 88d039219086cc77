#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

// The automation identity: a service principal signing in with client credentials, configured
// the way the Azure SDKs are (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
// AZURE_AUTHORITY_HOST). The secret stays in this value in memory: it is never stored, never
// logged, and there is deliberately no way to print this value.
class ServicePrincipal
{
    Q_DECLARE_TR_FUNCTIONS(ServicePrincipal)

public:
    ServicePrincipal() = default;
    ServicePrincipal(const QString &tenantId, const QString &clientId, const QString &secret)
        : m_tenantId(tenantId)
        , m_clientId(clientId)
        , m_secret(secret)
    {}

    // nullopt unless the tenant, client id and secret are all set (and not blank).
    static std::optional<ServicePrincipal> fromEnvironment(const QProcessEnvironment &environment);

    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    QString secret() const { return m_secret; }
    // AZURE_AUTHORITY_HOST as given (Endpoints applies it); empty when not set.
    QUrl authorityHost() const { return m_authorityHost; }

    // Microsoft sign-in's refusal of the principal's client credentials, told as what to check
    // in its settings (the secret, the client id, the tenant): a service principal cannot
    // "sign in again". Other errors come back as they are.
    static ApiError explainRefusal(const ApiError &error);

private:
    QString m_tenantId;
    QString m_clientId;
    QString m_secret;
    QUrl m_authorityHost;
};
