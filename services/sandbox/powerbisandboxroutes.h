#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <optional>

struct SandboxContext;
struct SandboxDataset;

// What every group of the Power BI REST routes shares (PowerBiSandboxApi, which routes the calls,
// and the groups it hands some of them to): the call a route is given, the service's error
// answers, and the dataset a call's path names, looked up as the service does.
class PowerBiSandboxRoutes
{
public:
    struct Caller
    {
        QString subject; // user e-mail or service principal client id
        bool servicePrincipal = false;
    };
    // One authenticated call, with what the route's pattern captured from its path.
    struct Call
    {
        const SandboxRequest &request;
        Caller caller;
        QRegularExpressionMatch match;
        QString groupId() const { return match.captured(QStringLiteral("group")); }
    };

    // The service's error shape: {"error":{"code","message"}}.
    static SandboxReply error(int status, const QString &code, const QString &message);

protected:
    explicit PowerBiSandboxRoutes(SandboxContext &context);

    // The dataset named by the call's path, or the error to answer.
    SandboxDataset *dataset(const Call &call, SandboxReply *failure);
    // The @odata.context of an answer about entitySet, in the workspace the call names.
    static QString contextUrl(const Call &call, const QString &entitySet);
    // A query parameter that must be a non-negative integer: fallback when it is absent, nullopt
    // and *valid false when it is not such an integer.
    static std::optional<int> nonNegativeInteger(const QMap<QString, QString> &query,
                                                 const QString &name, int fallback, bool *valid);
    // A 400 BadRequest whose details name the member or parameter at fault.
    static SandboxReply badRequest(const QString &target, const QString &message);

    SandboxContext &m_context;
};
