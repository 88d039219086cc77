#pragma once

#include "microsoftaccount.h"
#include "oauthtokens.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "serviceprincipal.h"
#include "xerotokensource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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

class SandboxXeroTokenSource : public XeroTokenSource
{
public:
    explicit SandboxXeroTokenSource(SandboxServer &sandbox)
        : m_sandbox(sandbox)
    {}

    bool hasStoredSignIn() const override { return true; }
    void freshAccessToken(QObject *context, Callback<QString> done) override
    {
        ++issued;
        const QString token =
            m_sandbox.issueXeroTokens({SandboxScenario::contosoLtdTenantId}).accessToken;
        QTimer::singleShot(0, context, [done, token] { done(token); });
    }

    int issued = 0;

private:
    SandboxServer &m_sandbox;
};
