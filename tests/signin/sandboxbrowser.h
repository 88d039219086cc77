#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QStringList>
#include <QUrl>

// Plays the user at the sandbox's sign-in pages the way a browser would, over plain HTTP on
// loopback: GET the authorize page, post its forms back with the sandbox's users, follow the
// redirects from one origin to the next (Xero's log-in to its consent, Microsoft to a federated
// identity provider and back, Xero to Google and back), and give the redirect that ends at the
// authorize URL's redirect_uri: what the embedded view would catch. That last redirect is not
// followed (open() does, for a redirect URI something listens on). Test code only: it waits
// with the event loop.
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
    // The same for the federated user: Microsoft's page sends them to their company's identity
    // provider, whose form and self-posting answer lead back to Microsoft.
    QUrl microsoftFederatedSignIn(const QUrl &authorizeUrl);
    // The redirect after signing in and consenting for tenantIds on the Xero pages.
    QUrl xeroSignIn(const QUrl &authorizeUrl, const QStringList &tenantIds,
                    Choice choice = Choice::SignIn);
    // The same, with "Sign in with Google" on Xero's log-in page and Google's own page.
    QUrl xeroSignInWithGoogle(const QUrl &authorizeUrl, const QStringList &tenantIds);

    // GETs url and gives the page's HTTP status (0 when nothing answered); lastBody() holds it.
    int open(const QUrl &url);
    // The User-Agent sent with every request ("Mozilla/5.0 ..." of a desktop browser unless
    // set).
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

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
        QUrl url; // where the answer came from
        int status = 0;
        QByteArray body;
        QUrl location; // absolute
    };
    using Fields = QList<QPair<QString, QString>>;

    Page get(const QUrl &url);
    Page post(const QUrl &url, const Fields &fields);
    Page postJson(const QUrl &url, const QJsonObject &body);
    // Follows redirects from page; stops at a page, or at a redirect to redirectUri (not
    // followed: its location is the answer).
    Page follow(Page page, const QUrl &redirectUri);
    // Posts the page's form (its hidden fields, then fields) where the form says.
    Page submit(const Page &page, const Fields &fields);
    static QUrl formAction(const Page &page);
    static QUrl redirectUriOf(const QUrl &authorizeUrl);
    static bool isRedirectTo(const QUrl &url, const QUrl &redirectUri);

    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
    QByteArray m_userAgent =
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0";
};
