#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct SandboxContext;

// What a sandbox knows that outlasts one start of the program, as a JSON document: the clock's
// offset and how far the schedules have run, the workspaces and datasets with their history,
// schedules and credentials, the Xero grants, and the tokens issued. Sign-ins under way, web
// sessions, faults and latency are not kept: a real service forgets those too, or they belong
// to one test.
//
// No token a client holds is written: the issuer's tokens are kept by digest, and the tokens
// the sandbox's own Power BI holds (a pushed Xero token, a lasting credential's pair) are kept
// as what they are and issued again, with the same lifetime, when the snapshot is restored.
class SandboxSnapshot
{
public:
    static constexpr int format = 1;

    static QJsonObject capture(const SandboxContext &context, const QDateTime &scheduledUntil);
    // Replaces the context's kept parts with the document's. False, with the reason in problem
    // and the context untouched, when the document is not a snapshot this version can read.
    static bool restore(const QJsonObject &document, SandboxContext &context,
                        QDateTime *scheduledUntil, QString *problem);
};
