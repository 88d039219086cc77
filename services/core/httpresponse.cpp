#include "httpresponse.h"

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString HttpResponse::requestId() const
{
    QByteArray id = header("RequestId");
    if (id.isEmpty())
        id = header("x-ms-request-id");
    return QString::fromLatin1(id.trimmed());
}
