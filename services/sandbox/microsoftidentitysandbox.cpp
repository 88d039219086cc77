#include "microsoftidentitysandbox.h"

#include "microsoftsinglesignon.h"
#include "sandboxauthorizerequest.h"
#include "sandboxcontext.h"
#include "sandboxids.h"
#include "sandboxoauth.h"
#include "sandboxpages.h"
#include "sandboxpkce.h"
#include "sandboxscenario.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

MicrosoftIdentitySandbox::MicrosoftIdentitySandbox(SandboxContext &context)
    : m_context(context)
{}

std::optional<SandboxReply> MicrosoftIdentitySandbox::handle(const SandboxRequest &request)
{
    if (request.path.compare(QStringLiteral("/login.srf"), Qt::CaseInsensitive) == 0 &&
        request.method == "POST")
        return federationReturn(request);
    static const QRegularExpression endpoint(
        QStringLiteral("^/([^/]+)/oauth2/v2\\.0/(authorize|token)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = endpoint.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    const bool isAuthorize =
        match.captured(2).compare(QStringLiteral("authorize"), Qt::CaseInsensitive) == 0;
    if (isAuthorize && request.method == "GET")
        return authorizePage(request);
    if (isAuthorize && request.method == "POST")
        return authorizeSubmit(request);
    if (!isAuthorize && request.method == "POST")
        return token(request);
    return oauthError(405, QStringLiteral("invalid_request"), 900561,
                      QStringLiteral("The endpoint only accepts POST requests."));
}

static QString tenantOf(const SandboxRequest &request)
{
    return request.path.section(QLatin1Char('/'), 1, 1);
}

SandboxReply MicrosoftIdentitySandbox::authorizePage(const SandboxRequest &request)
{
    const SandboxAuthorizeRequest authorize = SandboxAuthorizeRequest::from(request.query());
    if (const auto rejection = rejectAuthorizeRequest(authorize))
        return *rejection;
    if (auto signedIn = MicrosoftSingleSignOn::answer(m_context, request, authorize))
        return *signedIn;
    return signInPage(tenantOf(request), authorize, {}, {});
}

SandboxReply MicrosoftIdentitySandbox::authorizeSubmit(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    // The hidden fields came back from the browser: check them again.
    const SandboxAuthorizeRequest authorize = SandboxAuthorizeRequest::from(form);
    if (const auto rejection = rejectAuthorizeRequest(authorize))
        return *rejection;

    if (form.value(QStringLiteral("action")) == QStringLiteral("cancel")) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri,
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
             {QStringLiteral("error_description"),
              QStringLiteral("AADSTS65004: User declined to consent to access the app.")},
             {QStringLiteral("state"), authorize.state}}));
    }

    const QString email = form.value(QStringLiteral("email")).trimmed();
    // A federated domain's users sign in at their company's identity provider, not here.
    if (email.section(QLatin1Char('@'), 1)
            .compare(SandboxScenario::federatedDomain, Qt::CaseInsensitive) == 0)
        return sendToIdentityProvider(tenantOf(request), email, authorize);
    const QString password = form.value(QStringLiteral("password"));
    if (email.compare(SandboxScenario::microsoftUser, Qt::CaseInsensitive) != 0 ||
        password != SandboxScenario::password) {
        return signInPage(
            tenantOf(request), authorize, email,
            QStringLiteral("Your account or password is incorrect. (Sandbox: %1 / %2)")
                .arg(SandboxScenario::microsoftUser, SandboxScenario::password));
    }

    return answerWithCode(SandboxScenario::microsoftUser, authorize);
}

SandboxReply MicrosoftIdentitySandbox::answerWithCode(const QString &user,
                                                      const SandboxAuthorizeRequest &authorize)
{
    SandboxAuthCode code;
    code.clientId = authorize.clientId;
    code.redirectUri = authorize.redirectUri;
    code.codeChallenge = authorize.codeChallenge;
    code.scope = authorize.scope;
    code.user = user;
    code.issuedAt = m_context.clock.now();
    const QString issued = m_context.microsoftCodes.issue(code);
    SandboxReply reply = SandboxReply::redirect(SandboxOAuth::redirectLocation(
        authorize.redirectUri,
        {{QStringLiteral("code"), issued}, {QStringLiteral("state"), authorize.state}}));
    reply.setHeader("Set-Cookie", MicrosoftSingleSignOn::startSession(m_context, code.user));
    return reply;
}

// Home realm discovery: the user's domain is federated, so the sign-in goes on at the
// company's identity provider (WS-Federation's passive profile), with the request remembered
// here under wctx.
SandboxReply
MicrosoftIdentitySandbox::sendToIdentityProvider(const QString &tenant, const QString &email,
                                                 const SandboxAuthorizeRequest &authorize)
{
    const QString context =
        m_context.federatedSignIns.issue({tenant, email, authorize}, m_context.clock.now());
    QUrl target = m_context.origins.identityProvider;
    target.setPath(QStringLiteral("/adfs/ls/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("wa"), QStringLiteral("wsignin1.0"));
    query.addQueryItem(QStringLiteral("wtrealm"), QStringLiteral("urn:federation:MicrosoftOnline"));
    query.addQueryItem(QStringLiteral("wctx"), context);
    query.addQueryItem(QStringLiteral("username"), email);
    target.setQuery(query);
    return SandboxReply::redirect(target.toEncoded());
}

// The identity provider's assertion, posted back by the browser: the federated sign-in ends
// here as any other, with the code at the app's redirect URI.
SandboxReply MicrosoftIdentitySandbox::federationReturn(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const std::optional<SandboxFederationAssertion> assertion = m_context.federationAssertions.take(
        form.value(QStringLiteral("wresult")), m_context.clock.now());
    const std::optional<SandboxFederatedSignIn> signIn =
        assertion ? m_context.federatedSignIns.take(assertion->context, m_context.clock.now())
                  : std::nullopt;
    if (!signIn || assertion->context != form.value(QStringLiteral("wctx")))
        return SandboxReply::html(
            400, SandboxPages::errorPage(
                     QStringLiteral("Sign in"),
                     QStringLiteral("AADSTS50000: There was an error issuing a token or an issue "
                                    "with our sign-in service.")));
    return answerWithCode(assertion->user, signIn->authorize);
}

std::optional<SandboxReply>
MicrosoftIdentitySandbox::rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize) const
{
    // Before the redirect URI is known to be usable, errors can only be shown on a page.
    auto errorPage = [](const QString &text) {
        return SandboxReply::html(400, SandboxPages::errorPage(QStringLiteral("Sign in"), text));
    };
    if (authorize.clientId.isEmpty())
        return errorPage(QStringLiteral(
            "AADSTS900144: The request body must contain the following parameter: 'client_id'."));
    if (!SandboxOAuth::isUsableRedirectUri(authorize.redirectUri))
        return errorPage(
            QStringLiteral("AADSTS50011: The redirect URI specified in the request is not valid."));

    auto redirectError = [&](const QString &error, const QString &description) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri, {{QStringLiteral("error"), error},
                                    {QStringLiteral("error_description"), description},
                                    {QStringLiteral("state"), authorize.state}}));
    };
    if (authorize.responseType != QStringLiteral("code"))
        return redirectError(QStringLiteral("unsupported_response_type"),
                             QStringLiteral("AADSTS700054: response_type must be 'code'."));
    if (authorize.scope.trimmed().isEmpty())
        return redirectError(
            QStringLiteral("invalid_request"),
            QStringLiteral(
                "AADSTS900144: The request body must contain the following parameter: 'scope'."));
    if (authorize.codeChallengeMethod != QStringLiteral("S256") ||
        !SandboxPkce::isWellFormedChallenge(authorize.codeChallenge))
        return redirectError(
            QStringLiteral("invalid_request"),
            QStringLiteral(
                "AADSTS9002325: Proof Key for Code Exchange (S256) is required for this client."));
    return std::nullopt;
}

SandboxReply MicrosoftIdentitySandbox::signInPage(const QString &tenant,
                                                  const SandboxAuthorizeRequest &authorize,
                                                  const QString &email,
                                                  const QString &problem) const
{
    const QByteArray page = SandboxPages::render(
        QStringLiteral("microsoft-signin.html"),
        {{QStringLiteral("action"),
          SandboxPages::escape(QStringLiteral("/%1/oauth2/v2.0/authorize").arg(tenant))},
         {QStringLiteral("hidden"), SandboxPages::hiddenFields(authorize.fields())},
         {QStringLiteral("email"), SandboxPages::escape(email)},
         {QStringLiteral("message"), SandboxPages::message(problem)}});
    return SandboxReply::html(200, page);
}

SandboxReply MicrosoftIdentitySandbox::token(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    if (grantType == QStringLiteral("authorization_code"))
        return authorizationCodeGrant(form);
    if (grantType == QStringLiteral("refresh_token"))
        return refreshTokenGrant(form);
    if (grantType == QStringLiteral("client_credentials"))
        return clientCredentialsGrant(request, form);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), 70003,
                      QStringLiteral("The app requested an unsupported grant type."));
}

static std::optional<QString> missingParameter(const QMap<QString, QString> &form,
                                               const QStringList &names)
{
    for (const QString &name : names) {
        if (form.value(name).isEmpty())
            return name;
    }
    return std::nullopt;
}

SandboxReply MicrosoftIdentitySandbox::authorizationCodeGrant(const QMap<QString, QString> &form)
{
    if (const auto missing = missingParameter(
            form, {QStringLiteral("client_id"), QStringLiteral("code"),
                   QStringLiteral("redirect_uri"), QStringLiteral("code_verifier")}))
        return oauthError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.")
                .arg(*missing));

    SandboxAuthCode code;
    const auto redemption = m_context.microsoftCodes.redeem(form.value(QStringLiteral("code")),
                                                            m_context.clock.now(), &code);
    const QString invalidGrant = QStringLiteral("invalid_grant");
    switch (redemption) {
    case SandboxAuthCodes::Redemption::Unknown:
        return oauthError(400, invalidGrant, 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid: the "
                                         "authorization code is not valid."));
    case SandboxAuthCodes::Redemption::AlreadyRedeemed:
        return oauthError(
            400, invalidGrant, 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a "
                           "new valid code or use an existing refresh token."));
    case SandboxAuthCodes::Redemption::Expired:
        return oauthError(
            400, invalidGrant, 70008,
            QStringLiteral(
                "The provided authorization code or refresh token has expired due to inactivity. "
                "Send a new interactive authorization request for this user and resource."));
    case SandboxAuthCodes::Redemption::Ok:
        break;
    }
    if (code.clientId != form.value(QStringLiteral("client_id")))
        return oauthError(400, invalidGrant, 70000,
                          QStringLiteral("The provided value for the 'code' parameter is not "
                                         "valid: it was issued to another client."));
    if (!SandboxOAuth::redirectUrisMatch(code.redirectUri,
                                         form.value(QStringLiteral("redirect_uri"))))
        return oauthError(400, invalidGrant, 50148,
                          QStringLiteral("The redirect_uri specified in the token request does not "
                                         "match the one of the authorization request."));
    if (!SandboxPkce::verifierMatches(form.value(QStringLiteral("code_verifier")),
                                      code.codeChallenge))
        return oauthError(400, invalidGrant, 501481,
                          QStringLiteral("The Code_Verifier does not match the code_challenge "
                                         "supplied in the authorization request."));
    return SandboxReply::json(200, userTokens(code.user, code.clientId, code.scope));
}

SandboxReply MicrosoftIdentitySandbox::refreshTokenGrant(const QMap<QString, QString> &form)
{
    if (const auto missing =
            missingParameter(form, {QStringLiteral("client_id"), QStringLiteral("refresh_token")}))
        return oauthError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.")
                .arg(*missing));
    const SandboxToken *refresh = m_context.tokens.find(form.value(QStringLiteral("refresh_token")),
                                                        SandboxToken::Kind::MicrosoftRefresh);
    const QString invalidGrant = QStringLiteral("invalid_grant");
    if (!refresh)
        return oauthError(400, invalidGrant, 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid: the "
                                         "refresh token is not valid."));
    if (refresh->expiresAt <= m_context.clock.now())
        return oauthError(400, invalidGrant, 700082,
                          QStringLiteral("The refresh token has expired due to inactivity. The "
                                         "token was issued on %1 and was inactive for 90.00:00:00.")
                              .arg(SandboxIds::powerBiTime(refresh->issuedAt)));
    if (refresh->clientId != form.value(QStringLiteral("client_id")))
        return oauthError(400, invalidGrant, 70000,
                          QStringLiteral("The refresh token was issued to a different client."));
    // Microsoft does not revoke the redeemed refresh token: it keeps working until it expires.
    const QString scope = form.value(QStringLiteral("scope"), refresh->scope);
    const SandboxToken used = *refresh;
    return SandboxReply::json(200, userTokens(used.subject, used.clientId, scope));
}

SandboxReply MicrosoftIdentitySandbox::clientCredentialsGrant(const SandboxRequest &request,
                                                              const QMap<QString, QString> &form)
{
    auto [clientId, secret] = SandboxOAuth::basicCredentials(request.header("Authorization"));
    if (clientId.isEmpty()) {
        clientId = form.value(QStringLiteral("client_id"));
        secret = form.value(QStringLiteral("client_secret"));
    }
    if (clientId.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    if (clientId != SandboxScenario::servicePrincipalClientId)
        return oauthError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory.")
                .arg(clientId));
    if (secret.isEmpty())
        return oauthError(401, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'client_assertion' or 'client_secret'."));
    if (secret != SandboxScenario::servicePrincipalSecret)
        return oauthError(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the "
                           "request is the client secret value, not the client secret ID."));
    const QString scope = form.value(QStringLiteral("scope"));
    if (!scope.endsWith(QStringLiteral("/.default")) || scope.contains(QLatin1Char(' ')))
        return oauthError(
            400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows "
                           "must have a scope value with /.default suffixed to the resource "
                           "identifier (application ID URI).")
                .arg(scope));

    return SandboxReply::json(
        200, QJsonObject{
                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                 {QStringLiteral("expires_in"), accessTokenSeconds},
                 {QStringLiteral("ext_expires_in"), accessTokenSeconds},
                 {QStringLiteral("access_token"), issueServicePrincipalAccessToken()},
             });
}

static QString displayNameOf(const QString &user)
{
    if (user.compare(SandboxScenario::microsoftUser, Qt::CaseInsensitive) == 0)
        return SandboxScenario::microsoftUserName;
    if (user.compare(SandboxScenario::federatedUser, Qt::CaseInsensitive) == 0)
        return SandboxScenario::federatedUserName;
    return user.section(QLatin1Char('@'), 0, 0);
}

// The resource scopes of a request, without the OpenID Connect ones, as the answer lists them.
static QString resourceScopes(const QString &scope)
{
    static const QStringList openIdScopes{QStringLiteral("openid"), QStringLiteral("profile"),
                                          QStringLiteral("offline_access"),
                                          QStringLiteral("email")};
    QStringList kept;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!openIdScopes.contains(item))
            kept.append(item);
    }
    return kept.join(QLatin1Char(' '));
}

QJsonObject MicrosoftIdentitySandbox::userTokens(const QString &user, const QString &clientId,
                                                 const QString &scope)
{
    const QDateTime now = m_context.clock.now();
    SandboxToken refresh;
    refresh.kind = SandboxToken::Kind::MicrosoftRefresh;
    refresh.subject = user;
    refresh.clientId = clientId;
    refresh.scope = scope;
    refresh.issuedAt = now;
    refresh.expiresAt = now.addDays(refreshTokenDays);

    const QJsonObject idClaims{
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iss"), QStringLiteral("https://login.sandbox.invalid/v2.0")},
        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
        {QStringLiteral("exp"), now.addSecs(accessTokenSeconds).toSecsSinceEpoch()},
        {QStringLiteral("name"), displayNameOf(user)},
        {QStringLiteral("preferred_username"), user},
        {QStringLiteral("oid"), QStringLiteral("1a2b3c4d-0000-4000-8000-00000000a1e5")},
        {QStringLiteral("tid"), QStringLiteral("00000000-0000-4000-8000-00000000c0de")},
    };
    return QJsonObject{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), resourceScopes(scope)},
        {QStringLiteral("expires_in"), accessTokenSeconds},
        {QStringLiteral("ext_expires_in"), accessTokenSeconds},
        {QStringLiteral("access_token"), issuePowerBiAccessToken(user)},
        {QStringLiteral("refresh_token"), m_context.tokens.issue(refresh)},
        {QStringLiteral("id_token"), SandboxTokenIssuer::unsignedJwt(idClaims)},
    };
}

QString MicrosoftIdentitySandbox::issuePowerBiAccessToken(const QString &user)
{
    SandboxToken access;
    access.kind = SandboxToken::Kind::PowerBiAccess;
    access.subject = user;
    access.issuedAt = m_context.clock.now();
    access.expiresAt = access.issuedAt.addSecs(accessTokenSeconds);
    return m_context.tokens.issue(access);
}

QString MicrosoftIdentitySandbox::issueServicePrincipalAccessToken()
{
    SandboxToken access;
    access.kind = SandboxToken::Kind::PowerBiAccess;
    access.subject = SandboxScenario::servicePrincipalClientId;
    access.servicePrincipal = true;
    access.clientId = SandboxScenario::servicePrincipalClientId;
    access.issuedAt = m_context.clock.now();
    access.expiresAt = access.issuedAt.addSecs(accessTokenSeconds);
    return m_context.tokens.issue(access);
}

SandboxReply MicrosoftIdentitySandbox::oauthError(int status, const QString &error, int aadstsCode,
                                                  const QString &description)
{
    const QString traceId = SandboxIds::guid();
    const QString correlationId = SandboxIds::guid();
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    return SandboxReply::json(
        status,
        QJsonObject{
            {QStringLiteral("error"), error},
            {QStringLiteral("error_description"),
             QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                 .arg(QString::number(aadstsCode), description, traceId, correlationId, timestamp)},
            {QStringLiteral("error_codes"), QJsonArray{aadstsCode}},
            {QStringLiteral("timestamp"), timestamp},
            {QStringLiteral("trace_id"), traceId},
            {QStringLiteral("correlation_id"), correlationId},
        });
}
