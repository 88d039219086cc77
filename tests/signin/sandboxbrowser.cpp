#include "sandboxbrowser.h"

#include "sandboxtestclient.h"

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
