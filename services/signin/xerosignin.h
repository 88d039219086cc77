#pragma once

#include "authorizationattempt.h"
#include "endpoints.h"
#include "oauthclient.h"
#include "oauthtokens.h"
#include "xeroconnection.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

// Xero's "Auth Code with PKCE" for a desktop app (client id only, no secret), refresh,
// revocation and the connections a grant reaches.
//
// Settings (group "xero"): clientId; redirectUri (the one registered with the Xero app: https,
// or http on localhost; the embedded view catches it, so nothing needs to listen there);
// loopbackRedirectUri (also registered with the Xero app: where the system browser brings the
// answer back when a sign-in page refuses the embedded view; the program listens there for that
// one answer, so its port is fixed); scopeSet ("granular", the default, or "broad" for an app
// created before 2 March 2026 that has no granular scopes yet); scopes (space separated: an
// explicit list, which wins over scopeSet).
//
// Xero apps created on or after 2 March 2026 may not ask for the broad scopes
// (accounting.transactions, accounting.reports.read): Xero then shows its own error screen
// ("unauthorized_client : Invalid scope for client", HTTP 500) or, as some report, redirects
// back with invalid_scope. Both are told apart here (scopeRefusal), with a sentence that says
// what to change.
class XeroSignIn : public QObject
{
    Q_OBJECT

public:
    XeroSignIn(HttpTransport *transport, const Endpoints &endpoints, QObject *parent = nullptr);

    enum class ScopeSet
    {
        Granular, // apps created on or after 2 March 2026, and any app that has them
        Broad,    // apps created before 2 March 2026 (until September 2027)
    };

    // The granular read scopes (the default).
    static QStringList defaultScopes();
    // The broad read scopes an app created before 2 March 2026 may still ask for.
    static QStringList broadScopes();
    static QStringList scopesOf(ScopeSet set);
    static QUrl defaultRedirectUri();
    static QUrl defaultLoopbackRedirectUri();
    // The redirect URIs the settings ask for, else the defaults: what the Xero app must list.
    static QUrl redirectUriIn(const QSettings &settings);
    static QUrl loopbackRedirectUriIn(const QSettings &settings);
    static QString scopeSetSettingsKey() { return QStringLiteral("xero/scopeSet"); }
    static QString scopesSettingsKey() { return QStringLiteral("xero/scopes"); }
    // "broad" or "granular", as the settings hold it.
    static QString scopeSetName(ScopeSet set);

    void loadSettings(const QSettings &settings);
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }
    QUrl redirectUri() const { return m_redirectUri; }
    void setLoopbackRedirectUri(const QUrl &redirectUri) { m_loopbackRedirectUri = redirectUri; }
    QUrl loopbackRedirectUri() const { return m_loopbackRedirectUri; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QStringList scopes() const { return m_scopes; }
    // Whether the scopes come from an explicit list (xero/scopes) rather than a scope set.
    bool hasCustomScopes() const { return m_customScopes; }
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    Endpoints endpoints() const { return m_endpoints; }
    void setClock(UtcClock clock);

    // A new attempt (a previous one is dropped): the authorize URL with PKCE S256 and state,
    // for the redirect URI (the embedded view's), or for redirectUri (the loopback one, when the
    // sign-in goes on in the system browser).
    QUrl begin();
    QUrl begin(const QUrl &redirectUri);
    bool isAwaitingRedirect() const { return m_attempt.isOpen(); }
    bool isRedirect(const QUrl &url) const;
    // Checks the caught redirect (see AuthorizationAttempt) and exchanges the code once. A
    // refused scope in the answer becomes scopeRefused().
    void completeSignIn(const QUrl &redirectUrl, QObject *context, Callback<OAuthTokens> done);
    // What a page Xero showed instead of going on means, when it means something this class
    // knows: Xero's error screen (an HTTP error status in the main frame) refusing a scope.
    std::optional<ApiError> errorShown(int httpStatus, const QString &pageText) const;
    // Whether an error answered at the redirect URI is a refused scope: invalid_scope, or
    // unauthorized_client "Invalid scope for client".
    static bool isScopeRefusal(const QString &error, const QString &description);
    // The error that says the Xero app refused the scopes asked for, and what to change: which
    // depends on the scopes asked for (broad, granular, or a list of one's own).
    ApiError scopeRefused(const QString &xeroSaid) const;
    // A new access token and the rotated refresh token (save it before anything else).
    // invalid_client (from the code exchange too) says which setting holds the client id.
    void refresh(const QString &refreshToken, QObject *context, Callback<OAuthTokens> done);
    // Revokes the grant behind refreshToken: every organisation it connected is disconnected.
    void revoke(const QString &refreshToken, QObject *context, Callback<Done> done);
    // The organisations this access token's grant reaches.
    void connections(const QString &accessToken, QObject *context,
                     Callback<QList<XeroConnection>> done);

private:
    HttpTransport *transport() const { return m_oauth.transport(); }
    // The token endpoint's answer, with invalid_client said as the wrong client id it means.
    Callback<OAuthTokens> explainingClientRefusal(Callback<OAuthTokens> done) const;

    Endpoints m_endpoints;
    OAuthClient m_oauth;
    QString m_clientId;
    QUrl m_redirectUri = defaultRedirectUri();
    QUrl m_loopbackRedirectUri = defaultLoopbackRedirectUri();
    QStringList m_scopes = defaultScopes();
    bool m_customScopes = false;
    // Where the settings live, named in the sentences that say what to change there.
    QString m_settingsFile;
    AuthorizationAttempt m_attempt;
};
