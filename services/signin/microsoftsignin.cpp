#include "microsoftsignin.h"

#include <QLoggingCategory>
#include <QSettings>

namespace {
Q_LOGGING_CATEGORY(lcMicrosoftSignIn, "xra.signin.microsoft")
}

MicrosoftSignIn::MicrosoftSignIn(HttpTransport *transport, const Endpoints &endpoints,
                                 QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_oauth(transport, ApiError::Service::MicrosoftIdentity)
{}

QUrl MicrosoftSignIn::defaultRedirectUri()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));
}

void MicrosoftSignIn::loadSettings(const QSettings &settings)
{
    m_clientId = settings.value(QStringLiteral("microsoft/clientId"), m_clientId).toString();
    m_tenant = settings.value(QStringLiteral("microsoft/tenant"), m_tenant).toString();
    if (m_tenant.trimmed().isEmpty())
        m_tenant = defaultTenant();
    m_redirectUri = redirectUriIn(settings);
}

QUrl MicrosoftSignIn::redirectUriIn(const QSettings &settings)
{
    const QString redirect = settings.value(QStringLiteral("microsoft/redirectUri")).toString();
    return redirect.isEmpty() ? defaultRedirectUri() : QUrl(redirect);
}

void MicrosoftSignIn::setClock(UtcClock clock)
{
    m_oauth.setClock(std::move(clock));
}

QStringList MicrosoftSignIn::scopes() const
{
    return m_endpoints.powerBiScopes() + QStringList{QStringLiteral("offline_access"),
                                                     QStringLiteral("openid"),
                                                     QStringLiteral("profile")};
}

QUrl MicrosoftSignIn::begin()
{
    m_attempt = AuthorizationAttempt::start(m_redirectUri);
    QUrlQuery query = m_attempt.authorizeQuery(m_clientId, scopes());
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    QUrl url = m_endpoints.microsoftAuthorizeUrl(m_tenant);
    url.setQuery(query);
    qCInfo(lcMicrosoftSignIn) << "sign-in started for tenant" << m_tenant;
    return url;
}

bool MicrosoftSignIn::isRedirect(const QUrl &url) const
{
    return AuthorizationAttempt::isRedirectTo(url, m_redirectUri);
}

void MicrosoftSignIn::completeSignIn(const QUrl &redirectUrl, QObject *context,
                                     Callback<OAuthTokens> done)
{
    const Pkce pkce = m_attempt.pkce();
    const Result<QString> code =
        m_attempt.takeCode(redirectUrl, ApiError::Service::MicrosoftIdentity);
    if (!code) {
        qCInfo(lcMicrosoftSignIn) << "sign-in answer refused:" << code.error().code();
        done(code.error());
        return;
    }
    m_oauth.requestTokens(m_endpoints.microsoftTokenUrl(m_tenant),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("code"), code.value()},
                           {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                           {QStringLiteral("code_verifier"), pkce.verifier()},
                           {QStringLiteral("scope"), scopes().join(QLatin1Char(' '))}},
                          context, std::move(done));
}

void MicrosoftSignIn::refresh(const QString &refreshToken, QObject *context,
                              Callback<OAuthTokens> done)
{
    m_oauth.requestTokens(m_endpoints.microsoftTokenUrl(m_tenant),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("refresh_token"), refreshToken},
                           {QStringLiteral("scope"), scopes().join(QLatin1Char(' '))}},
                          context, std::move(done));
}

void MicrosoftSignIn::clientCredentials(const QString &tenant, const QString &clientId,
                                        const QString &secret, QObject *context,
                                        Callback<OAuthTokens> done)
{
    m_oauth.requestTokens(m_endpoints.microsoftTokenUrl(tenant),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("client_secret"), secret},
                           {QStringLiteral("scope"), m_endpoints.powerBiDefaultScope()}},
                          context, std::move(done));
}
