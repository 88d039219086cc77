#include "sandboxtestclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

QString HttpResult::errorCode() const
{
    const QJsonValue error = json().value(QStringLiteral("error"));
    return error.isObject() ? error.toObject().value(QStringLiteral("code")).toString()
                            : error.toString();
}

SandboxTestClient::SandboxTestClient(const QUrl &root)
    : m_root(root)
{}

HttpResult SandboxTestClient::send(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return sendTo(method, QUrl(m_root.toString() + pathAndQuery), body, headers);
}

HttpResult SandboxTestClient::getUrl(const QUrl &url,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return sendTo("GET", m_root.resolved(url), {}, headers);
}

HttpResult SandboxTestClient::postFormTo(const QUrl &url,
                                         const QList<QPair<QString, QString>> &fields,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return sendTo("POST", m_root.resolved(url), formEncode(fields), all);
}

HttpResult SandboxTestClient::sendTo(const QByteArray &method, const QUrl &url,
                                     const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QList<QPair<QByteArray, QByteArray>> SandboxTestClient::bearer(const QString &token)
{
    if (token.isEmpty())
        return {};
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

HttpResult SandboxTestClient::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, {}, bearer(token));
}

HttpResult SandboxTestClient::postJson(const QString &path, const QJsonObject &body,
                                       const QString &token)
{
    auto headers = bearer(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxTestClient::patchJson(const QString &path, const QJsonObject &body,
                                        const QString &token)
{
    auto headers = bearer(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxTestClient::postForm(const QString &path,
                                       const QList<QPair<QString, QString>> &fields)
{
    return send("POST", path, formEncode(fields),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpResult SandboxTestClient::deleteResource(const QString &path, const QString &token)
{
    return send("DELETE", path, {}, bearer(token));
}

QByteArray SandboxTestClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QList<QPair<QString, QString>> SandboxTestClient::hiddenFields(const QByteArray &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QList<QPair<QString, QString>> fields;
    auto it = hidden.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto match = it.next();
        fields.append({unescapeHtml(match.captured(1)), unescapeHtml(match.captured(2))});
    }
    return fields;
}

QString SandboxTestClient::unescapeHtml(QString text)
{
    return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QMap<QString, QString> SandboxTestClient::queryOf(const QUrl &url)
{
    QMap<QString, QString> values;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        values.insert(name, value);
    return values;
}

QPair<QString, QString> SandboxTestClient::pkcePair()
{
    static const QByteArray alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    QByteArray verifier;
    for (int i = 0; i < 64; ++i)
        verifier += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {QString::fromLatin1(verifier), QString::fromLatin1(challenge)};
}
