#pragma once

#include "authorizationattempt.h"
#include "endpoints.h"
#include "oauthclient.h"
#include "oauthtokens.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QSettings;

// The Microsoft identity platform for the Power BI API: authorization code with PKCE for a
// public client (no secret), shown in an embedded view, refresh with rotation, and client
// credentials for a service principal. No Microsoft first-party client id is embedded: the
// client id is a setting.
//
// Settings (group "microsoft"): clientId, tenant (default "organizations"), redirectUri
// (default https://login.microsoftonline.com/common/oauth2/nativeclient).
class MicrosoftSignIn : public QObject
{
    Q_OBJECT

public:
    MicrosoftSignIn(HttpTransport *transport, const Endpoints &endpoints,
                    QObject *parent = nullptr);

    static QString defaultTenant() { return QStringLiteral("organizations"); }
    static QUrl defaultRedirectUri();
    // The redirect URI the settings ask for, else the default: what the app registration must
    // list.
    static QUrl redirectUriIn(const QSettings &settings);

    void loadSettings(const QSettings &settings);
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    QString tenant() const { return m_tenant; }
    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }
    QUrl redirectUri() const { return m_redirectUri; }
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    Endpoints endpoints() const { return m_endpoints; }
    void setClock(UtcClock clock);
    // The Power BI scopes (Dataset.ReadWrite.All, Workspace.Read.All) plus offline_access,
    // openid and profile.
    QStringList scopes() const;

    // Starts a new attempt (a previous one is dropped) and gives the authorize URL to load:
    // response_type=code, response_mode=query, PKCE S256, a random state,
    // prompt=select_account.
    QUrl begin();
    bool isAwaitingRedirect() const { return m_attempt.isOpen(); }
    // Whether a navigation is the redirect URI (the view catches it and never loads it).
    bool isRedirect(const QUrl &url) const;
    // Checks the caught redirect (see AuthorizationAttempt) and exchanges the code once.
    void completeSignIn(const QUrl &redirectUrl, QObject *context, Callback<OAuthTokens> done);
    // A new access token and a rotated refresh token.
    void refresh(const QString &refreshToken, QObject *context, Callback<OAuthTokens> done);
    // A service principal's token for {scope base}/.default. The secret is used for this one
    // request: it is not kept, stored or logged.
    void clientCredentials(const QString &tenant, const QString &clientId, const QString &secret,
                           QObject *context, Callback<OAuthTokens> done);

private:
    Endpoints m_endpoints;
    OAuthClient m_oauth;
    QString m_clientId;
    QString m_tenant = defaultTenant();
    QUrl m_redirectUri = defaultRedirectUri();
    AuthorizationAttempt m_attempt;
};
