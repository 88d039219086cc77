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
    return url.port(url.scheme() == httpsScheme() ? 443 : 80);
}

SignInNavigationPolicy::SignInNavigationPolicy(const QUrl &redirectUri,
                                               const QStringList &allowedHosts)
    : m_redirectUri(redirectUri)
{
    for (const QString &host : allowedHosts)
        allowHost(host);
}

void SignInNavigationPolicy::allowHost(const QString &host)
{
    QUrl parsed;
    parsed.setAuthority(host.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return;
    m_allowedHosts.append({parsed.host(), parsed.port(-1)});
}

SignInNavigationPolicy::Decision SignInNavigationPolicy::decide(const QUrl &url,
                                                                bool isMainFrame) const
{
    if (isRedirect(url))
        return Decision::CatchRedirect;
    const QString scheme = url.scheme().toLower();
    if (isWebScheme(scheme))
        return decideForWebUrl(url, isMainFrame);
    if (scheme == QStringLiteral("about") || scheme == QStringLiteral("data") ||
        scheme == QStringLiteral("blob"))
        return decideForEmbeddedScheme(isMainFrame);
    return Decision::Refuse;
}

SignInNavigationPolicy::Decision
SignInNavigationPolicy::decideForEmbeddedScheme(bool isMainFrame) const
{
    // Sign-in pages use blank or scripted frames; a whole page of them is never a sign-in step.
    return isMainFrame ? Decision::Refuse : Decision::Load;
}

SignInNavigationPolicy::Decision SignInNavigationPolicy::decideForWebUrl(const QUrl &url,
                                                                         bool isMainFrame) const
{
    if (isMainFrame && !isAllowedHost(url))
        return Decision::OpenInBrowser;
    // A frame of another site inside a sign-in page (a captcha, a session check) is part of
    // that page; plain http is refused either way.
    return isSecureEnough(url) ? Decision::Load : Decision::Refuse;
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

bool SignInNavigationPolicy::isAllowedHost(const QUrl &url) const
{
    const QString host = url.host();
    for (const AllowedHost &allowed : m_allowedHosts) {
        if (allowed.host == host && (allowed.port == -1 || allowed.port == effectivePort(url)))
            return true;
    }
    return false;
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
