#pragma once

#include "webcontentexport.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

// What a page asks of the embedded sign-in: show the identity provider's pages and hand the
// caught redirect URL back (the caller checks and redeems it; the view never reads it). The
// implementation (wizard/webview, Qt WebEngine) is loaded only when the first one is made.
class XRA_WEBCONTENT_EXPORT SignInBrowser : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<void(const QUrl &)>;

    explicit SignInBrowser(QWidget *parent = nullptr);
    ~SignInBrowser() override;

    // Loads authorizeUrl and follows the sign-in wherever it goes; signInHosts ("host" or
    // "host:port") and the authorize URL's own host are part of it from the start,
    // browserOnlyHosts are pages that refuse embedded browsers. A navigation to redirectUri ends
    // the sign-in: redirectReached().
    virtual void start(const QUrl &authorizeUrl, const QUrl &redirectUri,
                       const QStringList &signInHosts,
                       const QStringList &browserOnlyHosts = {}) = 0;
    // How other sites reach the system browser (QDesktopServices::openUrl unless replaced).
    virtual void setExternalOpener(UrlOpener opener) = 0;
    // Opens url in the system browser, the way the view opens other sites.
    virtual void openInBrowser(const QUrl &url) = 0;
    virtual bool isShowingError() const = 0;
    virtual QString errorMessage() const = 0;

public Q_SLOTS:
    virtual void retry() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    // The redirect URI with the provider's answer in its query; it was not loaded.
    void redirectReached(const QUrl &url);
    // The sign-in reached a page that refuses embedded browsers (url, not loaded): the view
    // stops; the caller may go on in the system browser.
    void browserOnlyPageReached(const QUrl &url);
    // The provider showed a page of its own with an HTTP error status in the main frame (its
    // error screen), with this visible text: the view shows it as it is; what it means is the
    // caller's to decide.
    void errorPageShown(int httpStatus, const QString &pageText);
    // The user gave up (the Cancel button or closing the window).
    void cancelled();
    // A page could not be shown; the view shows message with Retry. Informational: the user
    // may still retry or cancel.
    void failed(const QString &message);
};
