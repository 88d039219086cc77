#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

// One HTTP answer, built by a route handler and written by the transport (possibly later,
// when latency is set, or never, when the connection is to be dropped).
class SandboxReply
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool dropConnection = false;
    int delayMilliseconds = 0;

    static SandboxReply json(int status, const QJsonValue &document);
    static SandboxReply empty(int status);
    static SandboxReply html(int status, const QByteArray &page);
    static SandboxReply text(int status, const QByteArray &body, const QByteArray &contentType);
    static SandboxReply redirect(const QByteArray &location);

    // Replaces any header of the same name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};
