#pragma once

#include "signinbrowser.h"

class QLabel;

// In place of the sign-in pages when the web view plugin cannot be loaded: says why, and hands
// the sign-in to the system browser where the page offers that (browserOnlyPageReached).
class UnavailableSignInBrowser : public SignInBrowser
{
public:
    UnavailableSignInBrowser(const QString &message, QWidget *parent = nullptr);

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri, const QStringList &signInHosts,
               const QStringList &browserOnlyHosts = {}) override;
    void setExternalOpener(UrlOpener opener) override;
    void openInBrowser(const QUrl &url) override;
    bool isShowingError() const override { return true; }
    QString errorMessage() const override { return m_message; }
    void retry() override;
    void cancel() override;

    // The message in a label filling widget: shared with the Power BI page's stand-in.
    static QLabel *showMessage(const QString &message, QWidget *widget);

private:
    QString m_message;
    QUrl m_authorizeUrl;
    UrlOpener m_opener;
};
