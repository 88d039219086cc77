#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Decides what the embedded sign-in view does with a navigation, without any web engine, so the
// rules can be read and tested on their own.
//
// Real sign-ins cross hosts: Xero's log-in (login.xero.com) hands over to authorize.xero.com for
// the consent; a work account may go to its company's identity provider (ADFS, Okta, Ping at the
// company's own host), to certificate sign-in (certauth.login.microsoftonline.com) or to MFA
// registration (mysignins.microsoft.com). No list of hosts can name them all, so during a
// sign-in the view follows the main frame wherever the sign-in takes it, and keeps only these
// limits:
// - the redirect URI (scheme, host and path; any port for a loopback http redirect) is caught
//   wherever it comes from (main frame, sub-frame, pop-up) and never loaded: its query holds
//   the authorization code;
// - plain http is refused except on loopback hosts, and so is any scheme other than http(s) at
//   the top level (about:, data: and blob: frames inside a page are part of it);
// - a page on a browser-only host (Google's and Apple's sign-in, which refuse embedded browsers)
//   is not loaded: the sign-in goes on in the system browser (ContinueInBrowser);
// - a link the user clicks to a site that is not part of the sign-in (a privacy statement, the
//   terms, a help page) opens in the system browser, and so does every pop-up (target=_blank,
//   window.open).
//
// "Part of the sign-in" is exactly:
// - the configured sign-in hosts (the identity provider's hosts from the endpoints, and the
//   authorize URL's own host), as "host" (any port) or "host:port";
// - every host (with its port) the main frame reached during this sign-in by anything but a
//   link the user clicked: a server redirect, a form submission, a script, the authorize URL.
// So a link back to a page of the sign-in (Microsoft's "Can't access your account?", a second
// visit to the company's form) stays in the view, and a link to anywhere else leaves it.
//
// What counts as a link the user clicked is the caller's to say (Trigger::UserLink): Qt reports
// a navigation started by a script exactly as a clicked link (NavigationTypeLinkClicked), and a
// sign-in page moves on by script all the time (Microsoft's page sends a federated user to the
// company's host after asking who they are); the view tells them apart by the link under the
// mouse pointer.
class SignInNavigationPolicy
{
public:
    enum class Decision
    {
        Load,
        CatchRedirect,
        OpenInBrowser,     // not part of the sign-in: the system browser, the view stays
        ContinueInBrowser, // a browser-only sign-in page: the sign-in goes on in the browser
        Refuse,
    };

    enum class Trigger
    {
        SignIn,   // anything the sign-in's pages or servers did, and the authorize URL itself
        UserLink, // a link the user clicked in the main frame
    };

    SignInNavigationPolicy() = default;
    // signInHosts, browserOnlyHosts: "host" (any port) or "host:port" ("[::1]:port" for IPv6),
    // e.g. "login.microsoftonline.com" or "127.0.0.1:8123".
    SignInNavigationPolicy(const QUrl &redirectUri, const QStringList &signInHosts,
                           const QStringList &browserOnlyHosts = {});

    // Adds one more configured sign-in host, in the same form as the constructor's.
    void allowHost(const QString &host);
    // The main frame went to url (a navigation this policy let load): its host is part of the
    // sign-in from now on.
    void noteReached(const QUrl &url);

    Decision decide(const QUrl &url, Trigger trigger, bool isMainFrame) const;
    // A pop-up (window.open, target=_blank): never shown in the view.
    Decision decidePopup(const QUrl &url) const;

    bool isRedirect(const QUrl &url) const;
    bool isPartOfSignIn(const QUrl &url) const;
    bool isBrowserOnly(const QUrl &url) const;
    QUrl redirectUri() const { return m_redirectUri; }

    static bool isLoopbackHost(const QString &host);
    // https, or http to a loopback host.
    static bool isSecureEnough(const QUrl &url);
    // Scheme, host, port and path: what may be logged or shown of a sign-in URL.
    static QString forDisplay(const QUrl &url);

private:
    struct Host
    {
        QString host;
        int port = -1; // -1: any port
    };

    static std::optional<Host> parseHost(const QString &host);
    static bool matches(const QList<Host> &hosts, const QUrl &url);
    Decision decideForEmbeddedScheme(bool isMainFrame) const;

    QUrl m_redirectUri;
    QList<Host> m_signInHosts;
    QList<Host> m_reachedHosts;
    QList<Host> m_browserOnlyHosts;
};
