#pragma once

#include "signinnavigationpolicy.h"

#include <QWebEnginePage>
#include <functional>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;

// The page shown in the embedded sign-in view. It enforces SignInNavigationPolicy: the redirect
// URI is handed over with redirectReached() and never loaded; pages of other sites and pop-ups
// open in the system browser; certificate errors are rejected. It never reads the redirect's
// query: the caller checks it.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using UrlOpener = std::function<void(const QUrl &)>;

    explicit SignInPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setNavigationPolicy(const SignInNavigationPolicy &policy);
    SignInNavigationPolicy navigationPolicy() const { return m_policy; }
    // How a URL reaches the system browser; QDesktopServices::openUrl unless replaced (tests).
    void setExternalOpener(UrlOpener opener);

Q_SIGNALS:
    void redirectReached(const QUrl &url);
    // A top-level navigation this page will not show (plain http, an unknown scheme).
    void navigationRefused(const QUrl &url);
    void certificateRejected(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void rejectCertificate(const QWebEngineCertificateError &error);
    void openWindowInBrowser(QWebEngineNewWindowRequest &request);
    void openInBrowser(const QUrl &url);

    SignInNavigationPolicy m_policy;
    UrlOpener m_openExternally;
};
