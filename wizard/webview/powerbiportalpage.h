#pragma once

#include "signinpage.h"

#include <QPointer>
#include <QUrl>

class CredentialPopupPage;

// The Power BI web app's page in the program (a dataset's settings page). Its navigations, the
// Microsoft sign-in it may pass through included, stay in the view; a link the user clicks to
// another site opens in the system browser, as in the sign-in view. What differs: the window
// the page opens with window features (the "Edit credentials" dialog's sign-in pop-up) opens
// inside the program on the same profile, so that it shares the page's session and can hand
// its answer back to the page (window.opener). Links opened in a new tab still go to the system
// browser.
class PowerBiPortalPage : public SignInPage
{
    Q_OBJECT

public:
    PowerBiPortalPage(QWebEngineProfile *profile, const QUrl &oauthRedirectPage,
                      QObject *parent = nullptr);

Q_SIGNALS:
    // A pop-up opened inside the program; its owner shows it, and deletes it when it closes.
    void popupOpened(CredentialPopupPage *popup);

protected:
    bool openPopupInProgram(QWebEngineNewWindowRequest &request) override;

private:
    QUrl m_oauthRedirectPage;
};
