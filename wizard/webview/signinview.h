#pragma once

#include "signinbrowser.h"
#include "signinpage.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEngineLoadingInfo;
class QWebEngineView;
class SignInProfile;

// The embedded sign-in: shows the identity provider's pages on the sign-in profile and hands the
// caught redirect URL to its caller, who checks and redeems it (this widget never reads it).
// The page and its web view are made by start(); the web engine itself comes with the first
// view the program asks for (WebContentLoader), so a program that never signs in never pays for it.
// A page that cannot be shown leaves a plain message with Retry, and the details one click away.
class SignInView : public SignInBrowser
{
    Q_OBJECT

public:
    // profile must outlive the view, or be destroyed first (the view then drops its page).
    explicit SignInView(SignInProfile *profile, QWidget *parent = nullptr);
    ~SignInView() override;

    // Loads authorizeUrl and follows the sign-in wherever it goes (SignInNavigationPolicy);
    // signInHosts ("host" or "host:port") and the authorize URL's own host are part of it from
    // the start, browserOnlyHosts are pages that refuse the view. A navigation to redirectUri
    // ends the sign-in: redirectReached().
    void start(const QUrl &authorizeUrl, const QUrl &redirectUri, const QStringList &signInHosts,
               const QStringList &browserOnlyHosts = {}) override;
    // How other sites reach the system browser (QDesktopServices::openUrl unless replaced).
    void setExternalOpener(UrlOpener opener) override;
    // Opens url in the system browser, the way the view opens other sites.
    void openInBrowser(const QUrl &url) override;

    bool isShowingError() const override;
    QString errorMessage() const override;
    // Null until start(): the web engine is created on first use.
    QWebEngineView *webView() const { return m_webView; }
    SignInPage *page() const { return m_page; }

public Q_SLOTS:
    void retry() override;
    void cancel() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class State
    {
        Idle,
        Loading,
        Showing,
        Failed,
        Finished,
    };

    QWidget *createErrorPanel();
    void ensureWebView();
    void releasePage();
    void loadAuthorizePage();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void onLoadFailed(const QWebEngineLoadingInfo &info);
    void onRedirectReached(const QUrl &url);
    void onBrowserOnlyPageReached(const QUrl &url);
    void readErrorPage(int httpStatus);
    void onRenderProcessTerminated(int status, int exitCode);
    void showError(const QString &message, const QString &details);
    void setDetailsVisible(bool visible);
    void setLoadingIndicator(bool loading);

    QPointer<SignInProfile> m_profile;
    SignInPage::UrlOpener m_externalOpener;
    SignInPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_placeholder = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_errorMessage = nullptr;
    QLabel *m_errorDetails = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QUrl m_authorizeUrl;
    SignInNavigationPolicy m_policy;
    State m_state = State::Idle;
};
