#pragma once

#include "sandboxauthorizerequest.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QJsonObject>
#include <optional>

struct SandboxContext;

// The Microsoft identity platform v2.0 endpoints of the sandbox:
//   GET  /{tenant}/oauth2/v2.0/authorize   HTML sign-in page
//   POST /{tenant}/oauth2/v2.0/authorize   the page's form (sign in or cancel); a user of the
//                                          federated domain (fabrikam.example) is sent to the
//                                          identity provider origin (FederatedIdentitySandbox)
//   POST /login.srf                        the identity provider's assertion, posted back by
//                                          the browser: the redirect with code and state
//   POST /{tenant}/oauth2/v2.0/token       authorization_code (PKCE S256), refresh_token,
//                                          client_credentials
class MicrosoftIdentitySandbox
{
public:
    static constexpr qint64 accessTokenSeconds = 3600;
    static constexpr qint64 refreshTokenDays = 90;

    explicit MicrosoftIdentitySandbox(SandboxContext &context);

    // nullopt when the path is not one of these endpoints.
    std::optional<SandboxReply> handle(const SandboxRequest &request);

    QString issuePowerBiAccessToken(const QString &user);
    QString issueServicePrincipalAccessToken();

private:
    SandboxReply authorizePage(const SandboxRequest &request);
    SandboxReply authorizeSubmit(const SandboxRequest &request);
    SandboxReply answerWithCode(const QString &user, const SandboxAuthorizeRequest &authorize);
    SandboxReply sendToIdentityProvider(const QString &tenant, const QString &email,
                                        const SandboxAuthorizeRequest &authorize);
    SandboxReply federationReturn(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply authorizationCodeGrant(const QMap<QString, QString> &form);
    SandboxReply refreshTokenGrant(const QMap<QString, QString> &form);
    SandboxReply clientCredentialsGrant(const SandboxRequest &request,
                                        const QMap<QString, QString> &form);

    // The authorize parameters were checked: an error page or redirect when they are wrong.
    std::optional<SandboxReply>
    rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize) const;
    SandboxReply signInPage(const QString &tenant, const SandboxAuthorizeRequest &authorize,
                            const QString &email, const QString &problem) const;
    QJsonObject userTokens(const QString &user, const QString &clientId, const QString &scope);
    static SandboxReply oauthError(int status, const QString &error, int aadstsCode,
                                   const QString &description);

    SandboxContext &m_context;
};
