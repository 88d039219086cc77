#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A successful (2xx) answer as the transport hands it over.
class HttpResponse
{
public:
    HttpResponse() = default;
    HttpResponse(int status, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers)
        : m_status(status)
        , m_body(body)
        , m_headers(headers)
    {}

    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    // Header names match without regard to case; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // Power BI's "RequestId" header, else "x-ms-request-id".
    QString requestId() const;

private:
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
