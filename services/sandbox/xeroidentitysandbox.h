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

// Xero's identity endpoints (login.xero.com and identity.xero.com in real life):
//   GET  /identity/connect/authorize   HTML sign-in page
//   POST /identity/connect/authorize   sign-in form, then consent form (one checkbox per
//                                      organisation), then the redirect with code and state
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

private:
    struct SignIn
    {
        QString user;
        QDateTime at;
    };

    SandboxReply authorizePage(const SandboxRequest &request);
    SandboxReply authorizeSubmit(const SandboxRequest &request);
    SandboxReply consentSubmit(const SandboxAuthorizeRequest &authorize,
                               const SandboxRequest &request);
    std::optional<SandboxReply>
    rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize) const;
    SandboxReply signInPage(const SandboxAuthorizeRequest &authorize, const QString &email,
                            const QString &problem) const;
    SandboxReply consentPage(const SandboxAuthorizeRequest &authorize, const QString &ticket,
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
    QHash<QString, SignIn> m_signIns; // sign-in ticket -> who, carried to the consent page
};
