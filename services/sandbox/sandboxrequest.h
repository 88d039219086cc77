#pragma once

#include "sandboxorigin.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP request as the sandbox's route handlers see it: plain values, no socket, so the
// handlers stay pure functions of (request, sandbox state).
class SandboxRequest
{
public:
    QByteArray method; // upper case: GET, POST, PATCH, DELETE, ...
    QString path;      // decoded URL path, e.g. /v1.0/myorg/groups
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl root; // http://127.0.0.1:PORT of the origin asked, to build absolute URLs
    SandboxOrigin origin = SandboxOrigin::Main; // which of the sandbox's origins was asked

    // Case-insensitive header lookup; empty if absent.
    QByteArray header(const QByteArray &name) const;
    // The token of "Authorization: Bearer <token>", empty if none.
    QString bearerToken() const;
    // Query parameters and x-www-form-urlencoded bodies: '+' is a space, %XX decoded.
    QMap<QString, QString> query() const;
    QMap<QString, QString> form() const;
    // Every value of a repeated form field (consent checkboxes).
    QStringList formValues(const QString &name) const;

    static QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &encoded);
};
