#include "credentialpopuppage.h"

#include "signinlogging.h"

CredentialPopupPage::CredentialPopupPage(QWebEngineProfile *profile, const QUrl &oauthRedirectPage,
                                         QObject *parent)
    : SignInPage(profile, parent)
    , m_oauthRedirectPage(oauthRedirectPage)
{
    // No redirect to catch: the sign-in ends on a page that must load.
    setNavigationPolicy(SignInNavigationPolicy(QUrl(), {oauthRedirectPage.host()}));
}

bool CredentialPopupPage::isOAuthRedirect(const QUrl &url) const
{
    const auto where = QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo;
    return m_oauthRedirectPage.isValid() &&
           url.adjusted(where) == m_oauthRedirectPage.adjusted(where);
}

bool CredentialPopupPage::acceptNavigationRequest(const QUrl &url, NavigationType type,
                                                  bool isMainFrame)
{
    if (isMainFrame && isOAuthRedirect(url)) {
        qCInfo(lcSignInView) << "The credential pop-up reached Power BI's OAuth redirect page";
        m_answer = url;
        Q_EMIT answerReached(url);
        return true;
    }
    return SignInPage::acceptNavigationRequest(url, type, isMainFrame);
}
