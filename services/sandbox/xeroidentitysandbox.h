#pragma once

#include "sandboxauthorizerequest.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxxerotokens.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <optional>

struct SandboxContext;

// Xero's log-in and identity endpoints (login.xero.com and identity.xero.com in real life), on
// the sandbox's main origin:
//   GET  /identity/connect/authorize   HTML log-in page (e-mail and password, or Google); a
//                                      broad scope asked by an app other than the legacy one
//                                      goes to the error screen below
//   POST /identity/connect/authorize   the log-in form: signed in, the user is handed over to
//                                      the Xero authorize origin (XeroAuthorizeSandbox) for the
//                                      consent; "Sign in with Google" goes to the Google origin;
//                                      Cancel redirects with access_denied
//   GET  /signin-google                Google's answer: the Xero user is handed over as above
//   GET  /identity/error?errorId=...   Xero's error screen: HTTP 500, "unauthorized_client :
//                                      Invalid scope for client", no way back to the app
//   POST /connect/token                authorization_code (PKCE S256), refresh_token
//   POST /connect/revocation           token=<refresh token>: the grant and its connections go
class XeroIdentitySandbox
{
public:
    static constexpr qint64 accessTokenSeconds = 1800;
    static constexpr qint64 refreshGraceSeconds = 1800;
    static constexpr qint64 unusedRefreshTokenDays = 60;

    explicit XeroIdentitySandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);
    void reset();

    // A grant for `tenantIds`, as if finance@contoso.example had consented (for tests).
    SandboxXeroTokens issueTokens(const QStringList &tenantIds,
                                  const QString &clientId = QStringLiteral("sandbox-xero-client"));

    // The client id Xero's log-in uses at Google, and where Google answers it.
    static QString googleClientId();
    QString googleRedirectUri() const;

private:
    SandboxReply authorizePage(const SandboxRequest &request);
    SandboxReply authorizeSubmit(const SandboxRequest &request);
    SandboxReply handOver(const QString &user, const SandboxAuthorizeRequest &authorize);
    SandboxReply signInWithGoogle(const SandboxAuthorizeRequest &authorize);
    SandboxReply googleReturn(const SandboxRequest &request);
    SandboxReply errorPage(const SandboxRequest &request);
    SandboxReply redirectToErrorPage(const QString &text);
    static SandboxReply errorReply(int status, const QString &text);
    std::optional<SandboxReply> rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize);
    SandboxReply signInPage(const SandboxAuthorizeRequest &authorize, const QString &email,
                            const QString &problem) const;

    SandboxReply token(const SandboxRequest &request);
    SandboxReply authorizationCodeGrant(const QString &clientId,
                                        const QMap<QString, QString> &form);
    SandboxReply refreshTokenGrant(const QString &clientId, const QMap<QString, QString> &form);
    SandboxReply revocation(const SandboxRequest &request);
    QJsonObject tokensFor(const QString &grantId);

    static QString clientIdOf(const SandboxRequest &request, const QMap<QString, QString> &form);
    static SandboxReply oauthError(const QString &error, const QString &description = {});

    SandboxContext &m_context;
    QHash<QString, QString> m_errors; // errorId -> the text of Xero's error screen
};
