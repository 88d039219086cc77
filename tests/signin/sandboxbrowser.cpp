#include "sandboxbrowser.h"

#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace {

const QString microsoftUser = QStringLiteral("alex@contoso.example");
const QString federatedUser = QStringLiteral("casey@fabrikam.example");
const QString xeroUser = QStringLiteral("finance@contoso.example");
const QString password = QStringLiteral("sandbox");

QString choiceAction(SandboxBrowser::Choice choice, const QString &yes)
{
    return choice == SandboxBrowser::Choice::SignIn ? yes : QStringLiteral("cancel");
}

} // namespace

SandboxBrowser::Page SandboxBrowser::get(const QUrl &url)
{
    return post(url, {}); // post() sends a GET when there are no fields
}

SandboxBrowser::Page SandboxBrowser::post(const QUrl &url, const Fields &fields)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    QNetworkReply *reply = nullptr;
    if (fields.isEmpty()) {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, SandboxTestClient::formEncode(fields));
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Page page;
    page.url = url;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        page.location = url.resolved(QUrl::fromEncoded(location));
    m_lastBody = page.body;
    reply->deleteLater();
    return page;
}

SandboxBrowser::Page SandboxBrowser::postJson(const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Page page;
    page.url = url;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    m_lastBody = page.body;
    reply->deleteLater();
    return page;
}

SandboxBrowser::Page SandboxBrowser::follow(Page page, const QUrl &redirectUri)
{
    for (int hops = 0; page.status >= 300 && page.status < 400 && hops < 10; ++hops) {
        if (!page.location.isValid() || isRedirectTo(page.location, redirectUri))
            return page;
        page = get(page.location);
    }
    return page;
}

SandboxBrowser::Page SandboxBrowser::submit(const Page &page, const Fields &fields)
{
    Fields all = SandboxTestClient::hiddenFields(page.body);
    all.append(fields);
    return post(formAction(page), all);
}

QUrl SandboxBrowser::formAction(const Page &page)
{
    static const QRegularExpression form(QStringLiteral("<form[^>]*action=\"([^\"]*)\""));
    const auto match = form.match(QString::fromUtf8(page.body));
    return match.hasMatch()
               ? page.url.resolved(QUrl(SandboxTestClient::unescapeHtml(match.captured(1))))
               : QUrl();
}

QUrl SandboxBrowser::redirectUriOf(const QUrl &authorizeUrl)
{
    return QUrl(
        QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
}

bool SandboxBrowser::isRedirectTo(const QUrl &url, const QUrl &redirectUri)
{
    // As the sign-ins match a desktop app's loopback redirect: any port.
    const auto ignored = QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePort;
    return url.adjusted(ignored) == redirectUri.adjusted(ignored);
}

int SandboxBrowser::open(const QUrl &url)
{
    return get(url).status;
}

QUrl SandboxBrowser::microsoftSignIn(const QUrl &authorizeUrl, Choice choice)
{
    const QUrl redirectUri = redirectUriOf(authorizeUrl);
    const Page signInPage = follow(get(authorizeUrl), redirectUri);
    if (signInPage.status != 200)
        return signInPage.location;
    return follow(submit(signInPage, {{QStringLiteral("email"), microsoftUser},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("action"),
                                       choiceAction(choice, QStringLiteral("signin"))}}),
                  redirectUri)
        .location;
}

QUrl SandboxBrowser::microsoftFederatedSignIn(const QUrl &authorizeUrl)
{
    const QUrl redirectUri = redirectUriOf(authorizeUrl);
    const Page signInPage = follow(get(authorizeUrl), redirectUri);
    if (signInPage.status != 200)
        return signInPage.location;
    // Microsoft's page sends the federated user on to the company's sign-in form.
    const Page companyPage =
        follow(submit(signInPage, {{QStringLiteral("email"), federatedUser},
                                   {QStringLiteral("action"), QStringLiteral("signin")}}),
               redirectUri);
    if (companyPage.status != 200)
        return companyPage.location;
    Page answer = submit(companyPage, {{QStringLiteral("username"), federatedUser},
                                       {QStringLiteral("password"), password}});
    // The company's answer posts itself back to Microsoft (a browser runs its script).
    if (answer.status == 200 && answer.body.contains("<form"))
        answer = submit(answer, {});
    return follow(answer, redirectUri).location;
}

QUrl SandboxBrowser::xeroSignIn(const QUrl &authorizeUrl, const QStringList &tenantIds,
                                Choice choice)
{
    const QUrl redirectUri = redirectUriOf(authorizeUrl);
    const Page signInPage = follow(get(authorizeUrl), redirectUri);
    if (signInPage.status != 200)
        return signInPage.location;
    // Signed in, Xero's log-in hands over to its consent, on another origin.
    const Page consentPage =
        follow(submit(signInPage, {{QStringLiteral("email"), xeroUser},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("action"), QStringLiteral("signin")}}),
               redirectUri);
    if (consentPage.status != 200)
        return consentPage.location;

    Fields consent;
    for (const QString &tenantId : tenantIds)
        consent.append({QStringLiteral("tenant"), tenantId});
    consent.append({QStringLiteral("action"), choiceAction(choice, QStringLiteral("allow"))});
    return follow(submit(consentPage, consent), redirectUri).location;
}

QUrl SandboxBrowser::xeroSignInWithGoogle(const QUrl &authorizeUrl, const QStringList &tenantIds)
{
    const QUrl redirectUri = redirectUriOf(authorizeUrl);
    const Page signInPage = follow(get(authorizeUrl), redirectUri);
    if (signInPage.status != 200)
        return signInPage.location;
    const Page googlePage = follow(
        submit(signInPage, {{QStringLiteral("action"), QStringLiteral("google")}}), redirectUri);
    if (googlePage.status != 200)
        return googlePage.location;
    // Google answers Xero's log-in, which hands over to the consent as after a password.
    const Page consentPage = follow(submit(googlePage, {{QStringLiteral("email"), xeroUser},
                                                        {QStringLiteral("password"), password}}),
                                    redirectUri);
    if (consentPage.status != 200)
        return consentPage.location;
    Fields consent;
    for (const QString &tenantId : tenantIds)
        consent.append({QStringLiteral("tenant"), tenantId});
    consent.append({QStringLiteral("action"), QStringLiteral("allow")});
    return follow(submit(consentPage, consent), redirectUri).location;
}

SandboxBrowser::WebPage SandboxBrowser::openPowerBiPage(const QUrl &pageUrl)
{
    WebPage result;
    QUrl next = pageUrl;
    // The page, the sign-in, the web app's callback and the page again: a few hops at most.
    for (int hop = 0; hop < 8; ++hop) {
        Page page = get(next);
        const QUrl action = formAction(page);
        if (page.status == 200 &&
            action.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize"))) {
            result.askedToSignIn = true;
            Fields fields = SandboxTestClient::hiddenFields(page.body);
            fields.append({QStringLiteral("email"), QStringLiteral("alex@contoso.example")});
            fields.append({QStringLiteral("password"), QStringLiteral("sandbox")});
            fields.append({QStringLiteral("action"), QStringLiteral("signin")});
            page = post(action, fields);
        }
        if (page.status != 302) {
            result.status = page.status;
            result.body = page.body;
            return result;
        }
        next = next.resolved(page.location);
    }
    return result;
}

// The value of a data-* attribute of the page's first Xero data source.
static QString xeroSourceAttribute(const QByteArray &html, const QString &name)
{
    const QRegularExpression item(
        QStringLiteral("<li class=\"datasource\"[^>]*data-xero=\"true\"[^>]*>"));
    const QString tag = item.match(QString::fromUtf8(html)).captured(0);
    const QRegularExpression attribute(name + QStringLiteral("=\"([^\"]*)\""));
    return SandboxTestClient::unescapeHtml(attribute.match(tag).captured(1));
}

SandboxBrowser::CredentialsEdit
SandboxBrowser::signInInPopup(const QUrl &pageUrl, const QStringList &tenantIds, Choice choice)
{
    CredentialsEdit edit;
    const WebPage page = openPowerBiPage(pageUrl);
    const QString authorizeUrl =
        xeroSourceAttribute(page.body, QStringLiteral("data-authorize-url"));
    const QString credentialsUrl =
        xeroSourceAttribute(page.body, QStringLiteral("data-credentials-url"));
    if (page.status != 200 || authorizeUrl.isEmpty() || credentialsUrl.isEmpty())
        return edit; // not editable here (not the owner, or no Xero data source)
    edit.credentialsUrl = pageUrl.resolved(QUrl(credentialsUrl));
    // The pop-up: Xero's pages, then the OAuth redirect page, which hands its query to the page.
    edit.popupRedirect = xeroSignIn(QUrl::fromEncoded(authorizeUrl.toUtf8()), tenantIds, choice);
    get(edit.popupRedirect);
    return edit;
}

void SandboxBrowser::postPopupAnswer(CredentialsEdit &edit, const QString &organisationName)
{
    const QMap<QString, QString> answer = SandboxTestClient::queryOf(edit.popupRedirect);
    if (edit.credentialsUrl.isEmpty() || answer.contains(QStringLiteral("error")) ||
        !answer.contains(QStringLiteral("code")))
        return;
    const Page posted =
        postJson(edit.credentialsUrl,
                 QJsonObject{{QStringLiteral("code"), answer.value(QStringLiteral("code"))},
                             {QStringLiteral("state"), answer.value(QStringLiteral("state"))},
                             {QStringLiteral("organisationName"), organisationName},
                             {QStringLiteral("privacyLevel"), QStringLiteral("Organizational")},
                             {QStringLiteral("authenticationMethod"), QStringLiteral("OAuth2")}});
    edit.status = posted.status;
    edit.answer = QJsonDocument::fromJson(posted.body).object();
}

SandboxBrowser::CredentialsEdit SandboxBrowser::editXeroCredentials(const QUrl &pageUrl,
                                                                    const QString &organisationName,
                                                                    const QStringList &tenantIds,
                                                                    Choice choice)
{
    CredentialsEdit edit = signInInPopup(pageUrl, tenantIds, choice);
    postPopupAnswer(edit, organisationName);
    return edit;
}
