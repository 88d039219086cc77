#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Decides what the embedded sign-in view does with a navigation, without any web engine, so the
// rules can be read and tested on their own:
// - the redirect URI (scheme, host and path; any port for a loopback http redirect) is caught,
//   in any frame, and never loaded: its query holds the authorization code;
// - a top-level page on a host that is not one of the sign-in hosts opens in the system browser;
// - plain http is refused except on loopback hosts, and so is any other scheme at the top level.
class SignInNavigationPolicy
{
public:
    enum class Decision
    {
        Load,
        CatchRedirect,
        OpenInBrowser,
        Refuse,
    };

    SignInNavigationPolicy() = default;
    // allowedHosts: "host" (any port) or "host:port" ("[::1]:port" for IPv6), e.g.
    // "login.microsoftonline.com" or "127.0.0.1:8123".
    SignInNavigationPolicy(const QUrl &redirectUri, const QStringList &allowedHosts);

    // Adds one more sign-in host in the same form as the constructor's.
    void allowHost(const QString &host);

    Decision decide(const QUrl &url, bool isMainFrame) const;
    bool isRedirect(const QUrl &url) const;
    bool isAllowedHost(const QUrl &url) const;
    QUrl redirectUri() const { return m_redirectUri; }

    static bool isLoopbackHost(const QString &host);
    // https, or http to a loopback host.
    static bool isSecureEnough(const QUrl &url);
    // Scheme, host, port and path: what may be logged or shown of a sign-in URL.
    static QString forDisplay(const QUrl &url);

private:
    struct AllowedHost
    {
        QString host;
        int port = -1; // -1: any port
    };

    Decision decideForEmbeddedScheme(bool isMainFrame) const;
    Decision decideForWebUrl(const QUrl &url, bool isMainFrame) const;

    QUrl m_redirectUri;
    QList<AllowedHost> m_allowedHosts;
};
