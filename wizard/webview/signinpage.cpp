#include "signinpage.h"

#include "signinlogging.h"

#include <QDesktopServices>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>

SignInPage::SignInPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openExternally([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    // Qt 6 ignores any value returned from a slot: the error must be answered on the object.
    connect(this, &QWebEnginePage::certificateError, this, &SignInPage::rejectCertificate);
    connect(this, &QWebEnginePage::newWindowRequested, this, &SignInPage::openWindowInBrowser);
    connect(this, &QWebEnginePage::linkHovered, this,
            [this](const QString &url) { m_hoveredLink = QUrl(url); });
}

void SignInPage::setNavigationPolicy(const SignInNavigationPolicy &policy)
{
    m_policy = policy;
}

void SignInPage::setExternalOpener(UrlOpener opener)
{
    m_openExternally = std::move(opener);
}

bool SignInPage::isLinkUnderPointer(const QUrl &url) const
{
    return m_hoveredLink.isValid() &&
           m_hoveredLink.adjusted(QUrl::RemoveFragment) == url.adjusted(QUrl::RemoveFragment);
}

bool SignInPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    using Decision = SignInNavigationPolicy::Decision;
    using Trigger = SignInNavigationPolicy::Trigger;
    const Trigger trigger =
        isMainFrame && type == NavigationTypeLinkClicked && isLinkUnderPointer(url)
            ? Trigger::UserLink
            : Trigger::SignIn;
    switch (m_policy.decide(url, trigger, isMainFrame)) {
    case Decision::Load:
        if (isMainFrame)
            m_policy.noteReached(url);
        return true;
    case Decision::CatchRedirect:
        qCInfo(lcSignInView).noquote()
            << "Caught the redirect to" << SignInNavigationPolicy::forDisplay(url)
            << (isMainFrame ? "(main frame)" : "(in a frame)");
        Q_EMIT redirectReached(url);
        return false;
    case Decision::OpenInBrowser:
        openInBrowser(url);
        return false;
    case Decision::ContinueInBrowser:
        qCInfo(lcSignInView).noquote() << "Reached" << SignInNavigationPolicy::forDisplay(url)
                                       << "which refuses embedded browsers";
        Q_EMIT browserOnlyPageReached(url);
        return false;
    case Decision::Refuse:
        qCWarning(lcSignInView).noquote()
            << "Refused to show" << SignInNavigationPolicy::forDisplay(url) << "(navigation type"
            << type << (isMainFrame ? "in the main frame)" : "in a frame)");
        if (isMainFrame)
            Q_EMIT navigationRefused(url);
        return false;
    }
    return false;
}

QWebEnginePage *SignInPage::createWindow(WebWindowType)
{
    // No second window ever: newWindowRequested already sent the address to the system browser.
    return nullptr;
}

void SignInPage::openWindowInBrowser(QWebEngineNewWindowRequest &request)
{
    using Decision = SignInNavigationPolicy::Decision;
    const QUrl url = request.requestedUrl();
    if (openPopupInProgram(request))
        return;
    switch (m_policy.decidePopup(url)) {
    case Decision::CatchRedirect:
        // A pop-up aiming at the redirect carries a code too: it is caught, not shown anywhere.
        qCInfo(lcSignInView).noquote()
            << "Caught the redirect to" << SignInNavigationPolicy::forDisplay(url) << "(pop-up)";
        Q_EMIT redirectReached(url);
        return;
    case Decision::ContinueInBrowser:
        Q_EMIT browserOnlyPageReached(url);
        return;
    default:
        openInBrowser(url);
        return;
    }
}

bool SignInPage::openPopupInProgram(QWebEngineNewWindowRequest &)
{
    return false;
}

void SignInPage::openInBrowser(const QUrl &url)
{
    // Only web pages: a pop-up could name a local file or another program's scheme.
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
        qCWarning(lcSignInView).noquote()
            << "Refused to open" << SignInNavigationPolicy::forDisplay(url) << "anywhere";
        return;
    }
    qCInfo(lcSignInView).noquote()
        << "Opening" << SignInNavigationPolicy::forDisplay(url) << "in the system browser";
    if (m_openExternally)
        m_openExternally(url);
}

void SignInPage::rejectCertificate(const QWebEngineCertificateError &error)
{
    qCWarning(lcSignInView).noquote()
        << "Rejected the certificate of" << SignInNavigationPolicy::forDisplay(error.url()) << ":"
        << error.description();
    QWebEngineCertificateError answer = error;
    answer.rejectCertificate();
    Q_EMIT certificateRejected(error.url());
}
