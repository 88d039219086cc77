#pragma once

#include "authorizationattempt.h"
#include "endpoints.h"
#include "oauthclient.h"
#include "oauthtokens.h"
#include "xeroconnection.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QSettings;

// Xero's "Auth Code with PKCE" for a desktop app (client id only, no secret), refresh,
// revocation and the connections a grant reaches.
//
// Settings (group "xero"): clientId, redirectUri (the one registered with the Xero app: https,
// or http on localhost; the embedded view catches it, so nothing needs to listen there), scopes
// (space separated; Xero apps created from March 2026 must use granular scopes, so this stays
// configurable).
class XeroSignIn : public QObject
{
    Q_OBJECT

public:
    XeroSignIn(HttpTransport *transport, const Endpoints &endpoints, QObject *parent = nullptr);

    static QStringList defaultScopes();
    static QUrl defaultRedirectUri();
    // The redirect URI the settings ask for, else the default: what the Xero app must list.
    static QUrl redirectUriIn(const QSettings &settings);

    void loadSettings(const QSettings &settings);
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }
    QUrl redirectUri() const { return m_redirectUri; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QStringList scopes() const { return m_scopes; }
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    Endpoints endpoints() const { return m_endpoints; }
    void setClock(UtcClock clock);

    // A new attempt (a previous one is dropped): the authorize URL with PKCE S256 and state.
    QUrl begin();
    bool isAwaitingRedirect() const { return m_attempt.isOpen(); }
    bool isRedirect(const QUrl &url) const;
    // Checks the caught redirect (see AuthorizationAttempt) and exchanges the code once.
    void completeSignIn(const QUrl &redirectUrl, QObject *context, Callback<OAuthTokens> done);
    // A new access token and the rotated refresh token (save it before anything else).
    void refresh(const QString &refreshToken, QObject *context, Callback<OAuthTokens> done);
    // Revokes the grant behind refreshToken: every organisation it connected is disconnected.
    void revoke(const QString &refreshToken, QObject *context, Callback<Done> done);
    // The organisations this access token's grant reaches.
    void connections(const QString &accessToken, QObject *context,
                     Callback<QList<XeroConnection>> done);

private:
    HttpTransport *transport() const { return m_oauth.transport(); }

    Endpoints m_endpoints;
    OAuthClient m_oauth;
    QString m_clientId;
    QUrl m_redirectUri = defaultRedirectUri();
    QStringList m_scopes = defaultScopes();
    AuthorizationAttempt m_attempt;
};
