#pragma once

#include "sandboxrequest.h"

#include <QList>
#include <QPair>
#include <QString>

// The requests the sandbox's Power BI sends to the identity services through
// SandboxContext::serviceCall, built as they would travel over the network.
class SandboxServiceRequests
{
public:
    // POST path with an application/x-www-form-urlencoded body (token endpoints).
    static SandboxRequest postForm(const QString &path,
                                   const QList<QPair<QString, QString>> &fields);
    // GET path with "Authorization: Bearer token".
    static SandboxRequest getWithBearer(const QString &path, const QString &token);
};
