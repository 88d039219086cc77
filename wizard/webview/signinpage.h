#pragma once

#include "signinbrowser.h"
#include "signinnavigationpolicy.h"

#include <QWebEnginePage>
#include <functional>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;

// The page shown in the embedded sign-in view. It enforces SignInNavigationPolicy: the redirect
// URI is handed over with redirectReached() and never loaded, from whatever frame or pop-up;
// the main frame follows the sign-in wherever it goes; a link the user clicks to a site outside
// the sign-in, and every pop-up, open in the system browser; a browser-only sign-in page is
// reported (browserOnlyPageReached) and not loaded; certificate errors are rejected. It never
// reads the redirect's query: the caller checks it.
//
// A link the user clicked is a LinkClicked navigation to the link under the mouse pointer
// (linkHovered): Qt reports a script's navigation as LinkClicked too.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using UrlOpener = SignInBrowser::UrlOpener;

    explicit SignInPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setNavigationPolicy(const SignInNavigationPolicy &policy);
    SignInNavigationPolicy navigationPolicy() const { return m_policy; }
    // How a URL reaches the system browser; QDesktopServices::openUrl unless replaced (tests).
    void setExternalOpener(UrlOpener opener);

Q_SIGNALS:
    void redirectReached(const QUrl &url);
    // The sign-in reached a page that refuses embedded browsers; it was not loaded.
    void browserOnlyPageReached(const QUrl &url);
    // A top-level navigation this page will not show (plain http, an unknown scheme).
    void navigationRefused(const QUrl &url);
    void certificateRejected(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    // A pop-up this page shows inside the program instead of the system browser: true when
    // handled (request.openIn() called). None here: sign-in pages never need one.
    virtual bool openPopupInProgram(QWebEngineNewWindowRequest &request);

private:
    void rejectCertificate(const QWebEngineCertificateError &error);
    void openWindowInBrowser(QWebEngineNewWindowRequest &request);
    void openInBrowser(const QUrl &url);
    bool isLinkUnderPointer(const QUrl &url) const;

    SignInNavigationPolicy m_policy;
    UrlOpener m_openExternally;
    QUrl m_hoveredLink;
};
