#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One injected failure: the next `times` requests whose method and URL path match get this
// answer instead of the real one. Faults never apply to the /_sandbox control routes, so a
// test can always take the sandbox back.
struct SandboxFault
{
    QString method;                               // "GET", "POST", ...; empty = any
    QString pathPattern;                          // QRegularExpression matched against the URL path
    int status = 500;                             // may be 200 with a custom body
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"Retry-After", "2"}
    QByteArray body;
    bool malformedJson = false; // answer with a truncated / invalid JSON body
    // Close the socket without answering. Note: QNetworkAccessManager silently resends a
    // request once (on a new connection) when the connection closes before any answer, so a
    // QNAM client sees a network error only with times >= 2.
    bool dropConnection = false;
    int times = 1; // how many matching requests it hits
};
