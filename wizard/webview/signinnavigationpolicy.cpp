#include "signinnavigationpolicy.h"

#include <QHostAddress>

static QString httpsScheme()
{
    return QStringLiteral("https");
}

static QString httpScheme()
{
    return QStringLiteral("http");
}

static bool isWebScheme(const QString &scheme)
{
    return scheme == httpsScheme() || scheme == httpScheme();
}

static int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == httpsScheme() ? 443 : 80);
}

SignInNavigationPolicy::SignInNavigationPolicy(const QUrl &redirectUri,
                                               const QStringList &signInHosts,
                                               const QStringList &browserOnlyHosts)
    : m_redirectUri(redirectUri)
{
    for (const QString &host : signInHosts)
        allowHost(host);
    for (const QString &host : browserOnlyHosts) {
        if (const auto parsed = parseHost(host))
            m_browserOnlyHosts.append(*parsed);
    }
}

std::optional<SignInNavigationPolicy::Host> SignInNavigationPolicy::parseHost(const QString &host)
{
    QUrl parsed;
    parsed.setAuthority(host.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return std::nullopt;
    return Host{parsed.host(), parsed.port(-1)};
}

void SignInNavigationPolicy::allowHost(const QString &host)
{
    if (const auto parsed = parseHost(host))
        m_signInHosts.append(*parsed);
}

void SignInNavigationPolicy::noteReached(const QUrl &url)
{
    if (url.host().isEmpty() || !isWebScheme(url.scheme().toLower()) || isPartOfSignIn(url))
        return;
    m_reachedHosts.append({url.host(), effectivePort(url)});
}

SignInNavigationPolicy::Decision SignInNavigationPolicy::decide(const QUrl &url, Trigger trigger,
                                                                bool isMainFrame) const
{
    if (isRedirect(url))
        return Decision::CatchRedirect;
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("about") || scheme == QStringLiteral("data") ||
        scheme == QStringLiteral("blob"))
        return decideForEmbeddedScheme(isMainFrame);
    if (!isWebScheme(scheme) || !isSecureEnough(url))
        return Decision::Refuse;
    if (!isMainFrame)
        // A frame inside a sign-in page (a captcha, a session check, a "Sign in with Google"
        // button) is part of that page.
        return Decision::Load;
    if (isBrowserOnly(url))
        return Decision::ContinueInBrowser;
    if (trigger == Trigger::UserLink && !isPartOfSignIn(url))
        return Decision::OpenInBrowser;
    return Decision::Load;
}

SignInNavigationPolicy::Decision SignInNavigationPolicy::decidePopup(const QUrl &url) const
{
    if (isRedirect(url))
        return Decision::CatchRedirect;
    if (!isWebScheme(url.scheme().toLower()))
        return Decision::Refuse;
    // Google's own "Sign in with Google" button opens Google's page in a pop-up.
    if (isBrowserOnly(url))
        return Decision::ContinueInBrowser;
    return Decision::OpenInBrowser;
}

SignInNavigationPolicy::Decision
SignInNavigationPolicy::decideForEmbeddedScheme(bool isMainFrame) const
{
    // Sign-in pages use blank or scripted frames; a whole page of them is never a sign-in step.
    return isMainFrame ? Decision::Refuse : Decision::Load;
}

bool SignInNavigationPolicy::isRedirect(const QUrl &url) const
{
    if (!m_redirectUri.isValid() || m_redirectUri.isEmpty())
        return false;
    if (url.scheme().toLower() != m_redirectUri.scheme().toLower() ||
        url.host() != m_redirectUri.host() || url.path() != m_redirectUri.path())
        return false;
    // A loopback redirect of a desktop app may come back on any port (RFC 8252, 7.3).
    const bool loopbackHttp =
        m_redirectUri.scheme().toLower() == httpScheme() && isLoopbackHost(m_redirectUri.host());
    return loopbackHttp || effectivePort(url) == effectivePort(m_redirectUri);
}

bool SignInNavigationPolicy::matches(const QList<Host> &hosts, const QUrl &url)
{
    const QString host = url.host();
    for (const Host &candidate : hosts) {
        if (candidate.host.compare(host, Qt::CaseInsensitive) == 0 &&
            (candidate.port == -1 || candidate.port == effectivePort(url)))
            return true;
    }
    return false;
}

bool SignInNavigationPolicy::isPartOfSignIn(const QUrl &url) const
{
    return matches(m_signInHosts, url) || matches(m_reachedHosts, url);
}

bool SignInNavigationPolicy::isBrowserOnly(const QUrl &url) const
{
    return matches(m_browserOnlyHosts, url);
}

bool SignInNavigationPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool SignInNavigationPolicy::isSecureEnough(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == httpsScheme() || (scheme == httpScheme() && isLoopbackHost(url.host()));
}

QString SignInNavigationPolicy::forDisplay(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}
