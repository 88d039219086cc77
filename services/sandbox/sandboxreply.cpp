#include "sandboxreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SandboxReply SandboxReply::json(int status, const QJsonValue &document)
{
    const QJsonDocument doc =
        document.isArray() ? QJsonDocument(document.toArray()) : QJsonDocument(document.toObject());
    return text(status, doc.toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply SandboxReply::html(int status, const QByteArray &page)
{
    SandboxReply reply = text(status, page, "text/html; charset=utf-8");
    // The sign-in pages must never be cached: they carry one-time state.
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

SandboxReply SandboxReply::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = body;
    reply.setHeader("Content-Type", contentType);
    return reply;
}

SandboxReply SandboxReply::redirect(const QByteArray &location)
{
    SandboxReply reply;
    reply.status = 302;
    reply.setHeader("Location", location);
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
