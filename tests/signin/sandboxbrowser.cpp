#include "sandboxbrowser.h"

#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

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
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.location = QUrl::fromEncoded(reply->rawHeader("Location"));
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
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    m_lastBody = page.body;
    reply->deleteLater();
    return page;
}

QUrl SandboxBrowser::formAction(const QUrl &page, const QByteArray &html)
{
    static const QRegularExpression form(QStringLiteral("<form[^>]*action=\"([^\"]*)\""));
    const auto match = form.match(QString::fromUtf8(html));
    return match.hasMatch()
               ? page.resolved(QUrl(SandboxTestClient::unescapeHtml(match.captured(1))))
               : QUrl();
}

QUrl SandboxBrowser::microsoftSignIn(const QUrl &authorizeUrl, Choice choice)
{
    const Page signInPage = get(authorizeUrl);
    if (signInPage.status != 200)
        return signInPage.location;
    Fields fields = SandboxTestClient::hiddenFields(signInPage.body);
    fields.append({QStringLiteral("email"), QStringLiteral("alex@contoso.example")});
    fields.append({QStringLiteral("password"), QStringLiteral("sandbox")});
    fields.append({QStringLiteral("action"),
                   choice == Choice::SignIn ? QStringLiteral("signin") : QStringLiteral("cancel")});
    return post(formAction(authorizeUrl, signInPage.body), fields).location;
}

QUrl SandboxBrowser::xeroSignIn(const QUrl &authorizeUrl, const QStringList &tenantIds,
                                Choice choice)
{
    const Page signInPage = get(authorizeUrl);
    if (signInPage.status != 200)
        return signInPage.location;
    Fields fields = SandboxTestClient::hiddenFields(signInPage.body);
    fields.append({QStringLiteral("email"), QStringLiteral("finance@contoso.example")});
    fields.append({QStringLiteral("password"), QStringLiteral("sandbox")});
    fields.append({QStringLiteral("action"), QStringLiteral("signin")});
    const Page consentPage = post(formAction(authorizeUrl, signInPage.body), fields);
    if (consentPage.status != 200)
        return consentPage.location;

    Fields consent = SandboxTestClient::hiddenFields(consentPage.body);
    for (const QString &tenantId : tenantIds)
        consent.append({QStringLiteral("tenant"), tenantId});
    consent.append({QStringLiteral("action"),
                    choice == Choice::SignIn ? QStringLiteral("allow") : QStringLiteral("cancel")});
    return post(formAction(authorizeUrl, consentPage.body), consent).location;
}

SandboxBrowser::WebPage SandboxBrowser::openPowerBiPage(const QUrl &pageUrl)
{
    WebPage result;
    QUrl next = pageUrl;
    // The page, the sign-in, the web app's callback and the page again: a few hops at most.
    for (int hop = 0; hop < 8; ++hop) {
        Page page = get(next);
        const QUrl action = formAction(next, page.body);
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
