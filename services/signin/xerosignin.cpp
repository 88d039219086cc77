#include "xerosignin.h"

#include <QLoggingCategory>
#include <QSettings>

namespace {
Q_LOGGING_CATEGORY(lcXeroSignIn, "xra.signin.xero")
}

XeroSignIn::XeroSignIn(HttpTransport *transport, const Endpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_oauth(transport, ApiError::Service::Xero)
{}

QStringList XeroSignIn::defaultScopes()
{
    return {QStringLiteral("openid"),
            QStringLiteral("profile"),
            QStringLiteral("email"),
            QStringLiteral("offline_access"),
            QStringLiteral("accounting.transactions.read"),
            QStringLiteral("accounting.reports.read"),
            QStringLiteral("accounting.settings.read"),
            QStringLiteral("accounting.contacts.read")};
}

QUrl XeroSignIn::defaultRedirectUri()
{
    return QUrl(QStringLiteral("http://localhost:5000/callback"));
}

void XeroSignIn::loadSettings(const QSettings &settings)
{
    m_clientId = settings.value(QStringLiteral("xero/clientId"), m_clientId).toString();
    m_redirectUri = redirectUriIn(settings);
    const QStringList scopes = settings.value(QStringLiteral("xero/scopes"))
                                   .toString()
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.isEmpty())
        m_scopes = scopes;
}

QUrl XeroSignIn::redirectUriIn(const QSettings &settings)
{
    const QString redirect = settings.value(QStringLiteral("xero/redirectUri")).toString();
    return redirect.isEmpty() ? defaultRedirectUri() : QUrl(redirect);
}

void XeroSignIn::setClock(UtcClock clock)
{
    m_oauth.setClock(std::move(clock));
}

QUrl XeroSignIn::begin()
{
    m_attempt = AuthorizationAttempt::start(m_redirectUri);
    QUrl url = m_endpoints.xeroAuthorizeUrl();
    url.setQuery(m_attempt.authorizeQuery(m_clientId, m_scopes));
    qCInfo(lcXeroSignIn) << "sign-in started";
    return url;
}

bool XeroSignIn::isRedirect(const QUrl &url) const
{
    return AuthorizationAttempt::isRedirectTo(url, m_redirectUri);
}

void XeroSignIn::completeSignIn(const QUrl &redirectUrl, QObject *context,
                                Callback<OAuthTokens> done)
{
    const Pkce pkce = m_attempt.pkce();
    const Result<QString> code = m_attempt.takeCode(redirectUrl, ApiError::Service::Xero);
    if (!code) {
        qCInfo(lcXeroSignIn) << "sign-in answer refused:" << code.error().code();
        done(code.error());
        return;
    }
    m_oauth.requestTokens(m_endpoints.xeroTokenUrl(),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("code"), code.value()},
                           {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                           {QStringLiteral("code_verifier"), pkce.verifier()}},
                          context, std::move(done));
}

void XeroSignIn::refresh(const QString &refreshToken, QObject *context, Callback<OAuthTokens> done)
{
    m_oauth.requestTokens(m_endpoints.xeroTokenUrl(),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("refresh_token"), refreshToken}},
                          context, std::move(done));
}

void XeroSignIn::revoke(const QString &refreshToken, QObject *context, Callback<Done> done)
{
    m_oauth.postForm(
        m_endpoints.xeroRevocationUrl(),
        {{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("token"), refreshToken}},
        context, std::move(done));
}

void XeroSignIn::connections(const QString &accessToken, QObject *context,
                             Callback<QList<XeroConnection>> done)
{
    if (!transport()) {
        done(ApiError::network(ApiError::Service::Xero, QStringLiteral("the transport is gone")));
        return;
    }
    HttpRequest request("GET", m_endpoints.xeroConnectionsUrl(), ApiError::Service::Xero);
    request.setBearerToken(accessToken);
    request.setHeader("Accept", "application/json");
    transport()->send(request, context, [done = std::move(done)](Result<HttpResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(XeroConnection::listFromJson(answer.value().body()));
    });
}
