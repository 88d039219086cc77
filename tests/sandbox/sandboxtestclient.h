#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// One finished HTTP exchange, as the tests look at it.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QJsonArray jsonArray() const;
    // Power BI: error.code; OAuth: error.
    QString errorCode() const;
    QUrl location() const { return QUrl(QString::fromUtf8(header("Location"))); }
};

// A plain QNetworkAccessManager client over loopback: redirects are not followed, so the
// tests see what a browser or an OAuth client would. Waiting uses the event loop (test only).
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &root);

    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &pathAndQuery, const QString &bearer = {});
    HttpResult postJson(const QString &path, const QJsonObject &body, const QString &bearer = {});
    HttpResult patchJson(const QString &path, const QJsonObject &body, const QString &bearer);
    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    HttpResult deleteResource(const QString &path, const QString &bearer);
    // Any URL, absolute (another origin of the sandbox) or relative to the root.
    HttpResult sendTo(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult getUrl(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postFormTo(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QNetworkAccessManager &network() { return m_network; }
    QUrl root() const { return m_root; }

    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);
    static QList<QPair<QByteArray, QByteArray>> bearer(const QString &token);
    // The <input type="hidden"> fields of an HTML page, as a browser would post them back.
    static QList<QPair<QString, QString>> hiddenFields(const QByteArray &html);
    // Text of an HTML attribute as the sandbox's pages escape it.
    static QString unescapeHtml(QString text);
    static QMap<QString, QString> queryOf(const QUrl &url);
    // A random PKCE verifier and its S256 challenge.
    static QPair<QString, QString> pkcePair();

private:
    QUrl m_root;
    QNetworkAccessManager m_network;
};
