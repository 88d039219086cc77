#include "xeroidentitysandbox.h"

#include "sandboxauthorizerequest.h"
#include "sandboxcontext.h"
#include "sandboxids.h"
#include "sandboxoauth.h"
#include "sandboxpages.h"
#include "sandboxpkce.h"
#include "sandboxscenario.h"

#include <QJsonArray>
#include <QMap>
#include <QUrl>

#include <algorithm>

namespace {

// What Xero calls the broad scopes: refused to apps created on or after 2 March 2026.
bool isBroadScope(const QString &scope)
{
    return scope == QStringLiteral("accounting.transactions") ||
           scope == QStringLiteral("accounting.transactions.read") ||
           scope == QStringLiteral("accounting.reports.read");
}

QString withQuery(const QUrl &root, const QString &path,
                  const QList<QPair<QString, QString>> &query)
{
    QString url = root.toString() + path;
    QChar separator = QLatin1Char('?');
    for (const auto &[name, value] : query) {
        url += separator + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(value));
        separator = QLatin1Char('&');
    }
    return url;
}

} // namespace

XeroIdentitySandbox::XeroIdentitySandbox(SandboxContext &context)
    : m_context(context)
{}

void XeroIdentitySandbox::reset()
{
    m_errors.clear();
}

std::optional<SandboxReply> XeroIdentitySandbox::handle(const SandboxRequest &request)
{
    const QString path = request.path.toLower();
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (path == QStringLiteral("/identity/connect/authorize")) {
        if (get)
            return authorizePage(request);
        if (post)
            return authorizeSubmit(request);
    } else if (path == QStringLiteral("/signin-google")) {
        if (get)
            return googleReturn(request);
    } else if (path == QStringLiteral("/identity/error")) {
        if (get)
            return errorPage(request);
    } else if (path == QStringLiteral("/connect/token")) {
        if (post)
            return token(request);
    } else if (path == QStringLiteral("/connect/revocation")) {
        if (post)
            return revocation(request);
    } else {
        return std::nullopt;
    }
    return SandboxReply::json(
        405, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")}});
}

SandboxReply XeroIdentitySandbox::authorizePage(const SandboxRequest &request)
{
    const SandboxAuthorizeRequest authorize = SandboxAuthorizeRequest::from(request.query());
    if (const auto rejection = rejectAuthorizeRequest(authorize))
        return *rejection;
    return signInPage(authorize, {}, {});
}

SandboxReply XeroIdentitySandbox::authorizeSubmit(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const SandboxAuthorizeRequest authorize = SandboxAuthorizeRequest::from(form);
    if (const auto rejection = rejectAuthorizeRequest(authorize))
        return *rejection;

    const QString action = form.value(QStringLiteral("action"));
    if (action == QStringLiteral("cancel")) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                    {QStringLiteral("state"), authorize.state}}));
    }
    if (action == QStringLiteral("google"))
        return signInWithGoogle(authorize);

    const QString email = form.value(QStringLiteral("email")).trimmed();
    if (email.compare(SandboxScenario::xeroUser, Qt::CaseInsensitive) != 0 ||
        form.value(QStringLiteral("password")) != SandboxScenario::password) {
        return signInPage(authorize, email,
                          QStringLiteral("Your email or password is incorrect. (Sandbox: %1 / %2)")
                              .arg(SandboxScenario::xeroUser, SandboxScenario::password));
    }
    return handOver(SandboxScenario::xeroUser, authorize);
}

// Like login.xero.com, the log-in does not ask for consent itself: it hands the signed-in user
// over to authorize.xero.com, every time, even to someone who consented before.
SandboxReply XeroIdentitySandbox::handOver(const QString &user,
                                           const SandboxAuthorizeRequest &authorize)
{
    const QString code = m_context.xeroSessions.issue({user, authorize}, m_context.clock.now());
    return SandboxReply::redirect(withQuery(m_context.origins.xeroAuthorize,
                                            QStringLiteral("/signin-oidc"),
                                            {{QStringLiteral("code"), code}})
                                      .toUtf8());
}

SandboxReply XeroIdentitySandbox::signInWithGoogle(const SandboxAuthorizeRequest &authorize)
{
    const QString state = m_context.xeroGoogleSignIns.issue(authorize, m_context.clock.now());
    return SandboxReply::redirect(
        withQuery(m_context.origins.google, QStringLiteral("/o/oauth2/v2/auth"),
                  {{QStringLiteral("client_id"), googleClientId()},
                   {QStringLiteral("redirect_uri"), googleRedirectUri()},
                   {QStringLiteral("response_type"), QStringLiteral("code")},
                   {QStringLiteral("scope"), QStringLiteral("openid email profile")},
                   {QStringLiteral("state"), state}})
            .toUtf8());
}

QString XeroIdentitySandbox::googleClientId()
{
    return QStringLiteral("xero-login.apps.googleusercontent.example");
}

QString XeroIdentitySandbox::googleRedirectUri() const
{
    return m_context.origins.main.toString() + QStringLiteral("/signin-google");
}

SandboxReply XeroIdentitySandbox::googleReturn(const SandboxRequest &request)
{
    const QMap<QString, QString> query = request.query();
    const std::optional<SandboxAuthorizeRequest> authorize = m_context.xeroGoogleSignIns.take(
        query.value(QStringLiteral("state")), m_context.clock.now());
    if (!authorize)
        return errorReply(400, QStringLiteral("Your session has expired. Please log in again."));
    SandboxAuthCode code;
    if (!query.value(QStringLiteral("error")).isEmpty() ||
        m_context.googleCodes.redeem(query.value(QStringLiteral("code")), m_context.clock.now(),
                                     &code) != SandboxAuthCodes::Redemption::Ok ||
        code.clientId != googleClientId())
        return signInPage(*authorize, {},
                          QStringLiteral("We couldn't log you in with Google. Try again."));
    // Only the Xero user has a Google account linked to a Xero login.
    if (code.user.compare(SandboxScenario::xeroUser, Qt::CaseInsensitive) != 0)
        return signInPage(
            *authorize, {},
            QStringLiteral("No Xero login is linked to the Google account %1.").arg(code.user));
    return handOver(SandboxScenario::xeroUser, *authorize);
}

SandboxReply XeroIdentitySandbox::errorPage(const SandboxRequest &request)
{
    const QString text = m_errors.value(request.query().value(QStringLiteral("errorId")));
    if (text.isEmpty())
        return errorReply(404, QStringLiteral("Error: The page you requested could not be found."));
    // Xero's own error screen: HTTP 500 with the OAuth error in its text, and no way back to the
    // app (developer.xero.com/documentation/oauth2/troubleshooting).
    return SandboxReply::html(
        500, SandboxPages::render(QStringLiteral("xero-error.html"),
                                  {{QStringLiteral("message"), SandboxPages::escape(text)}}));
}

SandboxReply XeroIdentitySandbox::errorReply(int status, const QString &text)
{
    return SandboxReply::html(status, SandboxPages::errorPage(QStringLiteral("Xero"), text));
}

SandboxReply XeroIdentitySandbox::redirectToErrorPage(const QString &text)
{
    const QString errorId = SandboxIds::randomToken(12);
    m_errors.insert(errorId, text);
    return SandboxReply::redirect(
        QStringLiteral("/identity/error?errorId=%1").arg(errorId).toUtf8());
}

std::optional<SandboxReply>
XeroIdentitySandbox::rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize)
{
    if (authorize.clientId.isEmpty())
        return errorReply(400, QStringLiteral("Error: unauthorized_client. Invalid client_id."));
    // Xero: https only, except loopback addresses for desktop apps; no custom schemes.
    const bool secure =
        authorize.redirectUri.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
    if (!SandboxOAuth::isUsableRedirectUri(authorize.redirectUri) ||
        (!secure && !SandboxOAuth::isLoopback(authorize.redirectUri)))
        return errorReply(400, QStringLiteral("Error: invalid_request. Invalid redirect_uri."));

    auto redirectError = [&](const QString &error) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri,
            {{QStringLiteral("error"), error}, {QStringLiteral("state"), authorize.state}}));
    };
    if (authorize.responseType != QStringLiteral("code"))
        return redirectError(QStringLiteral("unsupported_response_type"));
    if (authorize.scope.trimmed().isEmpty())
        return redirectError(QStringLiteral("invalid_scope"));
    if (authorize.codeChallengeMethod != QStringLiteral("S256") ||
        !SandboxPkce::isWellFormedChallenge(authorize.codeChallenge))
        return redirectError(QStringLiteral("invalid_request"));
    // Apps created on or after 2 March 2026 get Xero's error screen for a broad scope: nothing
    // comes back to the app.
    const QStringList scopes = authorize.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool asksBroad = std::any_of(scopes.cbegin(), scopes.cend(), isBroadScope);
    if (asksBroad && authorize.clientId != SandboxScenario::xeroLegacyClientId)
        return redirectToErrorPage(
            QStringLiteral("Error: unauthorized_client : Invalid scope for client"));
    return std::nullopt;
}

SandboxReply XeroIdentitySandbox::signInPage(const SandboxAuthorizeRequest &authorize,
                                             const QString &email, const QString &problem) const
{
    return SandboxReply::html(
        200, SandboxPages::render(
                 QStringLiteral("xero-signin.html"),
                 {{QStringLiteral("hidden"), SandboxPages::hiddenFields(authorize.fields())},
                  {QStringLiteral("email"), SandboxPages::escape(email)},
                  {QStringLiteral("message"), SandboxPages::message(problem)}}));
}

QString XeroIdentitySandbox::clientIdOf(const SandboxRequest &request,
                                        const QMap<QString, QString> &form)
{
    const QString fromHeader =
        SandboxOAuth::basicCredentials(request.header("Authorization")).first;
    return fromHeader.isEmpty() ? form.value(QStringLiteral("client_id")) : fromHeader;
}

SandboxReply XeroIdentitySandbox::token(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const QString clientId = clientIdOf(request, form);
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType != QStringLiteral("authorization_code") &&
        grantType != QStringLiteral("refresh_token"))
        return oauthError(QStringLiteral("unsupported_grant_type"));
    if (clientId.isEmpty())
        return oauthError(QStringLiteral("invalid_client"));
    if (grantType == QStringLiteral("authorization_code"))
        return authorizationCodeGrant(clientId, form);
    return refreshTokenGrant(clientId, form);
}

SandboxReply XeroIdentitySandbox::authorizationCodeGrant(const QString &clientId,
                                                         const QMap<QString, QString> &form)
{
    SandboxAuthCode code;
    const auto redemption = m_context.xeroCodes.redeem(form.value(QStringLiteral("code")),
                                                       m_context.clock.now(), &code);
    if (redemption != SandboxAuthCodes::Redemption::Ok)
        return oauthError(QStringLiteral("invalid_grant"));
    if (code.clientId != clientId)
        return oauthError(QStringLiteral("invalid_client"));
    if (!SandboxOAuth::redirectUrisMatch(code.redirectUri,
                                         form.value(QStringLiteral("redirect_uri"))))
        return oauthError(QStringLiteral("invalid_grant"));
    if (!SandboxPkce::verifierMatches(form.value(QStringLiteral("code_verifier")),
                                      code.codeChallenge))
        return oauthError(QStringLiteral("invalid_grant"));
    const QString grantId = m_context.xeroGrants.create(code.user, code.clientId, code.scope,
                                                        code.tenantIds, m_context.clock.now());
    return SandboxReply::json(200, tokensFor(grantId));
}

SandboxReply XeroIdentitySandbox::refreshTokenGrant(const QString &clientId,
                                                    const QMap<QString, QString> &form)
{
    const QDateTime now = m_context.clock.now();
    SandboxToken *refresh = m_context.tokens.find(form.value(QStringLiteral("refresh_token")),
                                                  SandboxToken::Kind::XeroRefresh);
    if (!refresh || !m_context.xeroGrants.find(refresh->grantId))
        return oauthError(QStringLiteral("invalid_grant"));
    if (refresh->clientId != clientId)
        return oauthError(QStringLiteral("invalid_client"));
    // A rotated token keeps working for the grace period only; an unused one for 60 days.
    const bool graceOver =
        refresh->rotatedAt.isValid() && refresh->rotatedAt.secsTo(now) > refreshGraceSeconds;
    if (graceOver || refresh->expiresAt <= now)
        return oauthError(QStringLiteral("invalid_grant"));
    if (!refresh->rotatedAt.isValid())
        refresh->rotatedAt = now;
    // Copied: issuing new tokens may move the stored ones.
    const QString grantId = refresh->grantId;
    return SandboxReply::json(200, tokensFor(grantId));
}

SandboxReply XeroIdentitySandbox::revocation(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const QString token = form.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(QStringLiteral("invalid_request"));
    if (clientIdOf(request, form).isEmpty())
        return oauthError(QStringLiteral("invalid_client"));
    const SandboxToken *refresh = m_context.tokens.find(token, SandboxToken::Kind::XeroRefresh);
    // RFC 7009: an unknown or already revoked token is not an error.
    if (refresh) {
        if (refresh->clientId != clientIdOf(request, form))
            return oauthError(QStringLiteral("invalid_client"));
        const QString grantId = refresh->grantId;
        m_context.xeroGrants.revoke(grantId);
        m_context.tokens.revokeGrant(grantId);
    }
    return SandboxReply::empty(200);
}

QJsonObject XeroIdentitySandbox::tokensFor(const QString &grantId)
{
    const SandboxXeroGrant *grant = m_context.xeroGrants.find(grantId);
    const QDateTime now = m_context.clock.now();
    SandboxToken access;
    access.kind = SandboxToken::Kind::XeroAccess;
    access.subject = grant->user;
    access.clientId = grant->clientId;
    access.scope = grant->scope;
    access.grantId = grantId;
    access.issuedAt = now;
    access.expiresAt = now.addSecs(accessTokenSeconds);

    const QJsonObject idClaims{
        {QStringLiteral("iss"), QStringLiteral("https://identity.sandbox.invalid")},
        {QStringLiteral("aud"), grant->clientId},
        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
        {QStringLiteral("exp"), now.addSecs(300).toSecsSinceEpoch()},
        {QStringLiteral("email"), grant->user},
        {QStringLiteral("given_name"), QStringLiteral("Finance")},
        {QStringLiteral("family_name"), QStringLiteral("Team")},
        {QStringLiteral("preferred_username"), grant->user},
    };
    QJsonObject answer{
        {QStringLiteral("id_token"), SandboxTokenIssuer::unsignedJwt(idClaims)},
        {QStringLiteral("access_token"), m_context.tokens.issue(access)},
        {QStringLiteral("expires_in"), accessTokenSeconds},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), grant->scope},
    };
    // Like Xero, a refresh token only comes with the offline_access scope.
    if (grant->scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access"))) {
        SandboxToken refresh = access;
        refresh.kind = SandboxToken::Kind::XeroRefresh;
        refresh.expiresAt = now.addDays(unusedRefreshTokenDays);
        answer.insert(QStringLiteral("refresh_token"), m_context.tokens.issue(refresh));
    }
    return answer;
}

SandboxXeroTokens XeroIdentitySandbox::issueTokens(const QStringList &tenantIds,
                                                   const QString &clientId)
{
    const QString grantId = m_context.xeroGrants.create(
        SandboxScenario::xeroUser, clientId,
        QStringLiteral("openid profile email offline_access accounting.invoices.read "
                       "accounting.reports.profitandloss.read accounting.settings.read "
                       "accounting.contacts.read"),
        tenantIds, m_context.clock.now());
    const QJsonObject answer = tokensFor(grantId);
    return {answer.value(QStringLiteral("access_token")).toString(),
            answer.value(QStringLiteral("refresh_token")).toString()};
}

SandboxReply XeroIdentitySandbox::oauthError(const QString &error, const QString &description)
{
    QJsonObject body{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    return SandboxReply::json(400, body);
}
