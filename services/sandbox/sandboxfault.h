#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One injected failure: the next `times` requests whose method and URL path match get this
// answer instead of the real one. Faults never apply to the /_sandbox control routes, so a
// test can always take the sandbox back.
//
// The common cases read as one expression:
//   SandboxFault::on("GET", "^/v1\\.0/myorg/groups$").answering(429).withHeader("Retry-After", "5")
//   SandboxFault::on("PATCH", "/refreshSchedule$")
//       .withPowerBiError(400, "InvalidRequest", "The schedule cannot be changed.")
//   SandboxFault::onAnyMethod("/groups").droppingTheConnection().forRequests(2)
//   SandboxFault::on("GET", "/refreshes$").delayingTheRealAnswer(60000)   // a hung route
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
    // How long the answer (or the drop) takes: a slow or hung service, as real ones are at times.
    int delayMilliseconds = 0;
    // Answer what the service would have answered, only after delayMilliseconds; the status,
    // headers and body above are then not used.
    bool realAnswer = false;
    int times = 1; // how many matching requests it hits

    // A fault on the requests with this method whose path matches pathPattern: until told
    // otherwise, the next one gets a 500 with an empty body.
    static SandboxFault on(const QString &method, const QString &pathPattern);
    static SandboxFault onAnyMethod(const QString &pathPattern);

    // Each returns a copy with one more thing said about the answer.
    [[nodiscard]] SandboxFault answering(int status) const;
    [[nodiscard]] SandboxFault withHeader(const QByteArray &name, const QByteArray &value) const;
    // A body starting with { or [ goes out as JSON, anything else as plain text.
    [[nodiscard]] SandboxFault withBody(const QByteArray &body) const;
    // The status and the error body Power BI documents, {"error":{"code":...,"message":...}},
    // as JSON (an empty message is left out, as some answers do).
    [[nodiscard]] SandboxFault withPowerBiError(int status, const QString &code,
                                                const QString &message = {}) const;
    // The body cut in the middle (the body given, or a made-up one), as a broken transfer
    // delivers it.
    [[nodiscard]] SandboxFault withMalformedJson() const;
    [[nodiscard]] SandboxFault droppingTheConnection() const;
    // The fault's answer comes this late.
    [[nodiscard]] SandboxFault answeringAfter(int milliseconds) const;
    // No fault in the answer, only in its timing: the real answer, this late.
    [[nodiscard]] SandboxFault delayingTheRealAnswer(int milliseconds) const;
    // How many matching requests it hits (once by default).
    [[nodiscard]] SandboxFault forRequests(int count) const;
};
