#pragma once

#include "microsoftaccount.h"
#include "oauthtokens.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "serviceprincipal.h"

#include <QJsonDocument>
#include <QJsonObject>

// A Microsoft account signed in to the sandbox without the sign-in page: as the sandbox user
// (an access token the sandbox issued, as after a completed sign-in) or as its well-known
// service principal (client credentials, through the real token endpoint).
inline OAuthTokens sandboxUserTokens(SandboxServer &sandbox)
{
    const QByteArray answer =
        QJsonDocument(
            QJsonObject{{QStringLiteral("access_token"), sandbox.issuePowerBiAccessToken()},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), 3600}})
            .toJson();
    Result<OAuthTokens> tokens = OAuthTokens::fromAnswer(answer, QDateTime::currentDateTimeUtc(),
                                                         ApiError::Service::MicrosoftIdentity);
    tokens.value().setAccountName(SandboxScenario::microsoftUser);
    return tokens.value();
}

inline ServicePrincipal sandboxServicePrincipal()
{
    return ServicePrincipal(QStringLiteral("contoso"), SandboxScenario::servicePrincipalClientId,
                            SandboxScenario::servicePrincipalSecret);
}

// A Xero grant for Contoso Ltd as a completed Xero sign-in would give it (issued by the
// sandbox, without the sign-in pages) to the Xero app clientId, for XeroAccount::adoptGrant.
inline OAuthTokens sandboxXeroGrant(SandboxServer &sandbox,
                                    const QString &clientId = QStringLiteral("sandbox-xero-client"))
{
    const SandboxXeroTokens issued =
        sandbox.issueXeroTokens({SandboxScenario::contosoLtdTenantId}, clientId);
    const QByteArray answer =
        QJsonDocument(QJsonObject{{QStringLiteral("access_token"), issued.accessToken},
                                  {QStringLiteral("refresh_token"), issued.refreshToken},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), 1800}})
            .toJson();
    return OAuthTokens::fromAnswer(answer, sandbox.now(), ApiError::Service::Xero).value();
}
