#include "httprequest.h"

#include <QJsonDocument>

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

void HttpRequest::setBearerToken(const QString &token)
{
    setHeader("Authorization", "Bearer " + token.toUtf8());
}

void HttpRequest::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    setHeader("Content-Type", contentType);
}

void HttpRequest::setJsonBody(const QJsonObject &body)
{
    setBody(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}
