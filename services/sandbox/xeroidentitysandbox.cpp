#include "xeroidentitysandbox.h"

#include "sandboxauthorizerequest.h"
#include "sandboxcontext.h"
#include "sandboxids.h"
#include "sandboxoauth.h"
#include "sandboxpages.h"
#include "sandboxpkce.h"
#include "sandboxscenario.h"
#include "sandboxxeroconnector.h"

#include <QJsonArray>
#include <QMap>

static constexpr qint64 signInTicketSeconds = 600;

// Xero's consent page describes each permission in words; unknown scopes show as they came.
static QString scopeDescription(const QString &scope)
{
    static const QMap<QString, QString> descriptions = {
        {QStringLiteral("openid"), QStringLiteral("Know who you are in Xero")},
        {QStringLiteral("profile"), QStringLiteral("View your name and basic profile")},
        {QStringLiteral("email"), QStringLiteral("View your email address")},
        {QStringLiteral("offline_access"),
         QStringLiteral("Keep access when you are not using the app (up to 60 days)")},
        {QStringLiteral("accounting.transactions.read"),
         QStringLiteral("View your business transactions")},
        {QStringLiteral("accounting.reports.read"), QStringLiteral("View your reports")},
        {QStringLiteral("accounting.settings.read"),
         QStringLiteral("View your organisation settings")},
        {QStringLiteral("accounting.settings"),
         QStringLiteral("View and manage your organisation settings")},
        {QStringLiteral("accounting.contacts.read"), QStringLiteral("View your contacts")},
    };
    return descriptions.value(scope, scope);
}

XeroIdentitySandbox::XeroIdentitySandbox(SandboxContext &context)
    : m_context(context)
{}

void XeroIdentitySandbox::reset()
{
    m_signIns.clear();
}

std::optional<SandboxReply> XeroIdentitySandbox::handle(const SandboxRequest &request)
{
    const QString path = request.path.toLower();
    const bool post = request.method == "POST";
    if (path == QStringLiteral("/identity/connect/authorize")) {
        if (request.method == "GET")
            return authorizePage(request);
        if (post)
            return authorizeSubmit(request);
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

    if (form.value(QStringLiteral("action")) == QStringLiteral("cancel")) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                    {QStringLiteral("state"), authorize.state}}));
    }
    if (form.value(QStringLiteral("step")) == QStringLiteral("consent"))
        return consentSubmit(authorize, request);

    const QString email = form.value(QStringLiteral("email")).trimmed();
    if (email.compare(SandboxScenario::xeroUser, Qt::CaseInsensitive) != 0 ||
        form.value(QStringLiteral("password")) != SandboxScenario::password) {
        return signInPage(authorize, email,
                          QStringLiteral("Your email or password is incorrect. (Sandbox: %1 / %2)")
                              .arg(SandboxScenario::xeroUser, SandboxScenario::password));
    }
    const QString ticket = SandboxIds::randomToken(24);
    m_signIns.insert(ticket, {SandboxScenario::xeroUser, m_context.clock.now()});
    return consentPage(authorize, ticket, {});
}

SandboxReply XeroIdentitySandbox::consentSubmit(const SandboxAuthorizeRequest &authorize,
                                                const SandboxRequest &request)
{
    const QString ticket = request.form().value(QStringLiteral("ticket"));
    const auto signIn = m_signIns.constFind(ticket);
    if (ticket.isEmpty() || signIn == m_signIns.constEnd() ||
        signIn->at.secsTo(m_context.clock.now()) > signInTicketSeconds) {
        m_signIns.remove(ticket);
        return signInPage(authorize, {},
                          QStringLiteral("Your session has expired. Please log in again."));
    }
    QStringList tenantIds;
    for (const QString &tenantId : request.formValues(QStringLiteral("tenant"))) {
        if (!SandboxXeroGrants::organisationName(tenantId).isEmpty() &&
            !tenantIds.contains(tenantId))
            tenantIds.append(tenantId);
    }
    if (tenantIds.isEmpty())
        return consentPage(authorize, ticket, QStringLiteral("Select at least one organisation."));

    SandboxAuthCode code;
    code.clientId = authorize.clientId;
    code.redirectUri = authorize.redirectUri;
    code.codeChallenge = authorize.codeChallenge;
    code.scope = authorize.scope;
    code.user = signIn->user;
    code.tenantIds = tenantIds;
    code.issuedAt = m_context.clock.now();
    m_signIns.remove(ticket);
    const QString issued = m_context.xeroCodes.issue(code);
    return SandboxReply::redirect(SandboxOAuth::redirectLocation(
        authorize.redirectUri, {{QStringLiteral("code"), issued},
                                {QStringLiteral("scope"), authorize.scope},
                                {QStringLiteral("state"), authorize.state}}));
}

std::optional<SandboxReply>
XeroIdentitySandbox::rejectAuthorizeRequest(const SandboxAuthorizeRequest &authorize) const
{
    auto errorPage = [](const QString &text) {
        return SandboxReply::html(400, SandboxPages::errorPage(QStringLiteral("Xero"), text));
    };
    if (authorize.clientId.isEmpty())
        return errorPage(QStringLiteral("Error: unauthorized_client. Invalid client_id."));
    // Xero: https only, except loopback addresses for desktop apps; no custom schemes.
    const bool secure =
        authorize.redirectUri.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
    if (!SandboxOAuth::isUsableRedirectUri(authorize.redirectUri) ||
        (!secure && !SandboxOAuth::isLoopback(authorize.redirectUri)))
        return errorPage(QStringLiteral("Error: invalid_request. Invalid redirect_uri."));

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

SandboxReply XeroIdentitySandbox::consentPage(const SandboxAuthorizeRequest &authorize,
                                              const QString &ticket, const QString &problem) const
{
    QList<QPair<QString, QString>> fields = authorize.fields();
    fields.append({QStringLiteral("step"), QStringLiteral("consent")});
    fields.append({QStringLiteral("ticket"), ticket});
    QString organisations;
    for (const auto &organisation : SandboxXeroGrants::organisations()) {
        organisations +=
            QStringLiteral("<label class=\"org\"><input type=\"checkbox\" name=\"tenant\" "
                           "value=\"%1\"> %2</label>\n")
                .arg(SandboxPages::escape(organisation.tenantId),
                     SandboxPages::escape(organisation.name));
    }
    QString scopes;
    for (const QString &scope : authorize.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li>%1</li>").arg(SandboxPages::escape(scopeDescription(scope)));
    return SandboxReply::html(
        200, SandboxPages::render(
                 QStringLiteral("xero-consent.html"),
                 {{QStringLiteral("hidden"), SandboxPages::hiddenFields(fields)},
                  {QStringLiteral("organisations"), organisations},
                  {QStringLiteral("scopes"), scopes},
                  {QStringLiteral("user"), SandboxPages::escape(SandboxScenario::xeroUser)},
                  {QStringLiteral("app"),
                   SandboxPages::escape(SandboxXeroConnector::appName(authorize.clientId))},
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
        QStringLiteral("openid profile email offline_access accounting.transactions.read "
                       "accounting.reports.read accounting.settings.read accounting.contacts.read"),
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
