#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request as the services build it, before the transport's policy (timeouts,
// retries, error mapping) applies.
class HttpRequest
{
public:
    HttpRequest() = default;
    HttpRequest(const QByteArray &method, const QUrl &url,
                ApiError::Service service = ApiError::Service::PowerBi)
        : m_method(method)
        , m_url(url)
        , m_service(service)
    {}

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    ApiError::Service service() const { return m_service; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QByteArray body() const { return m_body; }

    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBearerToken(const QString &token);
    void setBody(const QByteArray &body, const QByteArray &contentType);
    void setJsonBody(const QJsonObject &body);

private:
    QByteArray m_method = "GET";
    QUrl m_url;
    ApiError::Service m_service = ApiError::Service::PowerBi;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
