#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QStringList>
#include <QUrl>

// Plays the user at the sandbox's sign-in pages the way a browser would, over plain HTTP on
// loopback: GET the authorize page, post its form back with the sandbox user, and give the
// Location of the final 302 (the redirect the embedded view would catch). Redirects are not
// followed. Test code only: it waits with the event loop.
class SandboxBrowser
{
public:
    enum class Choice
    {
        SignIn,
        Cancel,
    };

    // The redirect the Microsoft sign-in page ends with (empty URL if it did not redirect).
    QUrl microsoftSignIn(const QUrl &authorizeUrl, Choice choice = Choice::SignIn);
    // The redirect after signing in and consenting for tenantIds on the Xero pages.
    QUrl xeroSignIn(const QUrl &authorizeUrl, const QStringList &tenantIds,
                    Choice choice = Choice::SignIn);

    // A page of the sandbox's Power BI web app. Without a web session it sends the browser
    // through the Microsoft sign-in: the form is filled if it shows (askedToSignIn), or not
    // shown at all when this browser is signed in to Microsoft already (single sign-on).
    struct WebPage
    {
        int status = 0;
        QByteArray body;
        bool askedToSignIn = false;
    };
    WebPage openPowerBiPage(const QUrl &pageUrl);

    // Steps 2 to 4 of Microsoft's procedure on a dataset's settings page, as the page's script
    // does them: "Edit credentials" on its Xero data source, "Sign in" (the pop-up: Xero's
    // sign-in and consent for tenantIds, then Power BI's OAuth redirect page), and the pop-up's
    // answer handed to the page, which posts its code with the organisation name.
    struct CredentialsEdit
    {
        QUrl popupRedirect;  // where the pop-up's sign-in ended (views/oauthredirect.html?...)
        QUrl credentialsUrl; // where the page posts; empty when the page offers no Xero edit
        int status = 0;      // the answer to the page's post; 0 when nothing was posted
        QJsonObject answer;
    };
    CredentialsEdit editXeroCredentials(const QUrl &pageUrl, const QString &organisationName,
                                        const QStringList &tenantIds,
                                        Choice choice = Choice::SignIn);
    // The same in two steps: the pop-up's sign-in, then the page's post of its answer (nothing
    // is posted when the answer is an error, as the page only shows it).
    CredentialsEdit signInInPopup(const QUrl &pageUrl, const QStringList &tenantIds,
                                  Choice choice = Choice::SignIn);
    void postPopupAnswer(CredentialsEdit &edit, const QString &organisationName);

    // The last page or answer body, to explain a failure.
    QByteArray lastBody() const { return m_lastBody; }

private:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    using Fields = QList<QPair<QString, QString>>;

    Page get(const QUrl &url);
    Page post(const QUrl &url, const Fields &fields);
    Page postJson(const QUrl &url, const QJsonObject &body);
    static QUrl formAction(const QUrl &page, const QByteArray &html);

    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
};
