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

static QStringList openIdScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
            QStringLiteral("offline_access")};
}

// What a Power BI dataset reads from Xero, in the scopes of apps created since 2 March 2026.
QStringList XeroSignIn::defaultScopes()
{
    return openIdScopes() + QStringList{QStringLiteral("accounting.invoices.read"),
                                        QStringLiteral("accounting.payments.read"),
                                        QStringLiteral("accounting.banktransactions.read"),
                                        QStringLiteral("accounting.manualjournals.read"),
                                        QStringLiteral("accounting.reports.profitandloss.read"),
                                        QStringLiteral("accounting.reports.balancesheet.read"),
                                        QStringLiteral("accounting.reports.trialbalance.read"),
                                        QStringLiteral("accounting.reports.aged.read"),
                                        QStringLiteral("accounting.settings.read"),
                                        QStringLiteral("accounting.contacts.read")};
}

QStringList XeroSignIn::broadScopes()
{
    return openIdScopes() + QStringList{QStringLiteral("accounting.transactions.read"),
                                        QStringLiteral("accounting.reports.read"),
                                        QStringLiteral("accounting.settings.read"),
                                        QStringLiteral("accounting.contacts.read")};
}

QStringList XeroSignIn::scopesOf(ScopeSet set)
{
    return set == ScopeSet::Broad ? broadScopes() : defaultScopes();
}

QString XeroSignIn::scopeSetName(ScopeSet set)
{
    return set == ScopeSet::Broad ? QStringLiteral("broad") : QStringLiteral("granular");
}

QUrl XeroSignIn::defaultRedirectUri()
{
    return QUrl(QStringLiteral("http://localhost:5000/callback"));
}

// Fixed, as Xero matches redirect URIs exactly; rarely taken on a desktop.
QUrl XeroSignIn::defaultLoopbackRedirectUri()
{
    return QUrl(QStringLiteral("http://localhost:53682/callback"));
}

void XeroSignIn::loadSettings(const QSettings &settings)
{
    m_clientId = settings.value(QStringLiteral("xero/clientId"), m_clientId).toString();
    m_redirectUri = redirectUriIn(settings);
    m_loopbackRedirectUri = loopbackRedirectUriIn(settings);
    m_settingsFile = settings.fileName();
    const QString set = settings.value(scopeSetSettingsKey()).toString().trimmed();
    m_scopes = scopesOf(set.compare(scopeSetName(ScopeSet::Broad), Qt::CaseInsensitive) == 0
                            ? ScopeSet::Broad
                            : ScopeSet::Granular);
    const QStringList scopes =
        settings.value(scopesSettingsKey()).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_customScopes = !scopes.isEmpty();
    if (m_customScopes)
        m_scopes = scopes;
}

QUrl XeroSignIn::redirectUriIn(const QSettings &settings)
{
    const QString redirect = settings.value(QStringLiteral("xero/redirectUri")).toString();
    return redirect.isEmpty() ? defaultRedirectUri() : QUrl(redirect);
}

QUrl XeroSignIn::loopbackRedirectUriIn(const QSettings &settings)
{
    const QString redirect = settings.value(QStringLiteral("xero/loopbackRedirectUri")).toString();
    return redirect.isEmpty() ? defaultLoopbackRedirectUri() : QUrl(redirect);
}

void XeroSignIn::setClock(UtcClock clock)
{
    m_oauth.setClock(std::move(clock));
}

QUrl XeroSignIn::begin()
{
    return begin(m_redirectUri);
}

QUrl XeroSignIn::begin(const QUrl &redirectUri)
{
    m_attempt = AuthorizationAttempt::start(redirectUri);
    QUrl url = m_endpoints.xeroAuthorizeUrl();
    url.setQuery(m_attempt.authorizeQuery(m_clientId, m_scopes));
    qCInfo(lcXeroSignIn) << "sign-in started";
    return url;
}

bool XeroSignIn::isRedirect(const QUrl &url) const
{
    return AuthorizationAttempt::isRedirectTo(url, m_attempt.redirectUri());
}

bool XeroSignIn::isScopeRefusal(const QString &error, const QString &description)
{
    return error == QLatin1String("invalid_scope") ||
           (error == QLatin1String("unauthorized_client") &&
            description.contains(QLatin1String("Invalid scope"), Qt::CaseInsensitive));
}

std::optional<ApiError> XeroSignIn::errorShown(int httpStatus, const QString &pageText) const
{
    if (httpStatus < 400)
        return std::nullopt;
    // Xero's error screen says "Error: unauthorized_client : Invalid scope for client".
    static const QLatin1String invalidScope("Invalid scope for client");
    const qsizetype at = pageText.indexOf(invalidScope, 0, Qt::CaseInsensitive);
    if (at < 0 && !pageText.contains(QLatin1String("invalid_scope")))
        return std::nullopt;
    qCInfo(lcXeroSignIn) << "Xero's error screen refused the scopes, HTTP" << httpStatus;
    // The status stays out of the error: it is Xero's way of showing a refusal, not a fault.
    return scopeRefused(at >= 0 ? QStringLiteral("unauthorized_client : Invalid scope for client")
                                : QStringLiteral("invalid_scope"));
}

ApiError XeroSignIn::scopeRefused(const QString &xeroSaid) const
{
    const QString file = m_settingsFile.isEmpty() ? tr("the program's settings") : m_settingsFile;
    QString sentence;
    if (m_customScopes)
        sentence = tr("your Xero app may not ask for the scopes listed in the setting xero/scopes "
                      "(Xero said “%1”). Apps created on or after 2 March 2026 must use Xero's "
                      "granular scopes: remove that line from %2 to use the assistant's own, then "
                      "sign in again.")
                       .arg(xeroSaid, file);
    else if (m_scopes == broadScopes())
        sentence = tr("your Xero app may not ask for the broad scopes accounting.transactions "
                      "and accounting.reports.read (Xero said “%1”): apps created on or after 2 "
                      "March 2026 must use Xero's granular scopes. Set xero/scopeSet=granular in "
                      "%2, then sign in again.")
                       .arg(xeroSaid, file);
    else
        sentence = tr("your Xero app does not have Xero's granular scopes yet (Xero said “%1”), "
                      "as happens with apps created before 2 March 2026. Add them to the app at "
                      "developer.xero.com, or set xero/scopeSet=broad in %2 to use the broad "
                      "scopes such an app still has; then sign in again.")
                       .arg(xeroSaid, file);
    return ApiError::http(ApiError::Service::Xero, 0, QStringLiteral("XeroScopeRefused"), sentence);
}

void XeroSignIn::completeSignIn(const QUrl &redirectUrl, QObject *context,
                                Callback<OAuthTokens> done)
{
    const Pkce pkce = m_attempt.pkce();
    const QUrl redirectUri = m_attempt.redirectUri();
    const Result<QString> code = m_attempt.takeCode(redirectUrl, ApiError::Service::Xero);
    if (!code) {
        qCInfo(lcXeroSignIn) << "sign-in answer refused:" << code.error().code();
        if (isScopeRefusal(code.error().code(), code.error().message()))
            return done(scopeRefused(code.error().message()));
        done(code.error());
        return;
    }
    m_oauth.requestTokens(m_endpoints.xeroTokenUrl(),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("code"), code.value()},
                           {QStringLiteral("redirect_uri"), redirectUri.toString()},
                           {QStringLiteral("code_verifier"), pkce.verifier()}},
                          context, explainingClientRefusal(std::move(done)));
}

void XeroSignIn::refresh(const QString &refreshToken, QObject *context, Callback<OAuthTokens> done)
{
    m_oauth.requestTokens(m_endpoints.xeroTokenUrl(),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("refresh_token"), refreshToken}},
                          context, explainingClientRefusal(std::move(done)));
}

Callback<OAuthTokens> XeroSignIn::explainingClientRefusal(Callback<OAuthTokens> done) const
{
    const QString file = m_settingsFile.isEmpty() ? tr("the program's settings") : m_settingsFile;
    const QString sentence =
        tr("Xero does not accept the client id \"%1\" of your Xero app (invalid_client). Check "
           "it against the app at developer.xero.com (My Apps), then correct the setting "
           "xero/clientId in %2.")
            .arg(m_clientId, file);
    return [done = std::move(done), sentence](Result<OAuthTokens> tokens) {
        if (!tokens && tokens.error().kind() == ApiError::Kind::Http &&
            tokens.error().code() == QLatin1String("invalid_client"))
            return done(tokens.error().withExplanation(sentence));
        done(std::move(tokens));
    };
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
