#pragma once

#include "credentialpopupwindow.h"
#include "powerbibrowser.h"
#include "signinpage.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class PowerBiPortalPage;
class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineView;
class SignInProfile;

// A Power BI web page shown in the program, on the sign-in profile (so the Microsoft session of
// step 1 signs it in without asking again), with its pop-ups as windows of the program
// (CredentialPopupWindow). The page is made by open(). A page that cannot be shown
// leaves a plain message with Retry.
class PowerBiPageView : public PowerBiBrowser
{
    Q_OBJECT

public:
    // profile must outlive the view, or be destroyed first (the view then drops its page).
    explicit PowerBiPageView(SignInProfile *profile, QWidget *parent = nullptr);
    ~PowerBiPageView() override;

    // Loads pageUrl; pageHosts ("host" or "host:port") are the page's and its sign-in's; a
    // pop-up that reaches oauthRedirectPage has ended a sign-in.
    void open(const QUrl &pageUrl, const QStringList &pageHosts,
              const QUrl &oauthRedirectPage) override;
    void setExternalOpener(SignInBrowser::UrlOpener opener) override;

    bool isShowingError() const override;
    // Null until open().
    QWebEngineView *webView() const { return m_webView; }
    PowerBiPortalPage *page() const { return m_page; }
    // The pop-up window open now, if any.
    CredentialPopupWindow *popupWindow() const { return m_popup; }

public Q_SLOTS:
    void reload() override;

private:
    void ensureWebView();
    void releasePage();
    void showPopup(class CredentialPopupPage *popup);
    void showError(const QString &message);

    QPointer<SignInProfile> m_profile;
    SignInPage::UrlOpener m_externalOpener;
    PowerBiPortalPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_errorMessage = nullptr;
    QPointer<CredentialPopupWindow> m_popup;
    QUrl m_pageUrl;
};
