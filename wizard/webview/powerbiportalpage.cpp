#include "powerbiportalpage.h"

#include "credentialpopuppage.h"
#include "signinlogging.h"

#include <QWebEngineNewWindowRequest>

PowerBiPortalPage::PowerBiPortalPage(QWebEngineProfile *profile, const QUrl &oauthRedirectPage,
                                     QObject *parent)
    : SignInPage(profile, parent)
    , m_oauthRedirectPage(oauthRedirectPage)
{}

bool PowerBiPortalPage::openPopupInProgram(QWebEngineNewWindowRequest &request)
{
    // window.open with features is how Power BI opens a connector's sign-in; a link with
    // target=_blank asks for a tab, and goes to the system browser.
    if (request.destination() != QWebEngineNewWindowRequest::InNewDialog)
        return false;
    qCInfo(lcSignInView).noquote() << "Opening Power BI's pop-up in the program:"
                                   << SignInNavigationPolicy::forDisplay(request.requestedUrl());
    auto *popup = new CredentialPopupPage(profile(), m_oauthRedirectPage);
    request.openIn(popup);
    Q_EMIT popupOpened(popup);
    return true;
}
