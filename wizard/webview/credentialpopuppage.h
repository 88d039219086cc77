#pragma once

#include "signinpage.h"

#include <QUrl>

// The pop-up Power BI's "Edit credentials" dialog opens for the connector's sign-in (Xero's
// pages, then Power BI's OAuth redirect page). It follows the sign-in wherever it goes, as the
// sign-in view does, and loads the redirect page, unlike the sign-in view: that page's own
// script hands Xero's answer to the Power BI page that opened the pop-up, then closes it. The
// redirect URL it reached is kept (answer()) so that the program knows how the dialog ended;
// the code in it is Power BI's, and nothing here redeems it.
class CredentialPopupPage : public SignInPage
{
    Q_OBJECT

public:
    CredentialPopupPage(QWebEngineProfile *profile, const QUrl &oauthRedirectPage,
                        QObject *parent = nullptr);

    // The redirect page's URL the pop-up reached, with Xero's answer; empty until then.
    QUrl answer() const { return m_answer; }

Q_SIGNALS:
    void answerReached(const QUrl &answer);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool isOAuthRedirect(const QUrl &url) const;

    QUrl m_oauthRedirectPage;
    QUrl m_answer;
};
