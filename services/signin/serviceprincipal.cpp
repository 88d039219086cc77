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

ApiError ServicePrincipal::explainRefusal(const ApiError &error)
{
    const int status = error.httpStatus();
    if (error.kind() != ApiError::Kind::Http || status < 400 || status >= 500)
        return error;
    // Microsoft's codes: AADSTS7000215 a wrong secret, AADSTS7000222 an expired one,
    // AADSTS700016 an unknown application, AADSTS90002 an unknown tenant.
    const QString message = error.message();
    if (message.contains(QLatin1String("AADSTS7000215")) ||
        message.contains(QLatin1String("AADSTS7000222")))
        return error.withExplanation(
            tr("Microsoft sign-in refused the service principal's client secret: it is wrong or "
               "has expired. Set AZURE_CLIENT_SECRET to the secret's value (not its id) from "
               "the app registration's Certificates & secrets."));
    if (message.contains(QLatin1String("AADSTS700016")) ||
        error.code() == QLatin1String("unauthorized_client"))
        return error.withExplanation(
            tr("Microsoft sign-in knows no application with the client id in AZURE_CLIENT_ID in "
               "the directory AZURE_TENANT_ID. Check both against the app registration."));
    if (message.contains(QLatin1String("AADSTS90002")))
        return error.withExplanation(
            tr("Microsoft sign-in knows no directory by the name in AZURE_TENANT_ID. Check it "
               "against the app registration's directory (tenant) id."));
    return error.withExplanation(
        tr("Microsoft sign-in refused the service principal. Check its settings: "
           "AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET."));
}
