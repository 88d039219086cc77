#include "powerbisandboxroutes.h"

#include "sandboxcontext.h"

#include <QJsonArray>
#include <QJsonObject>

PowerBiSandboxRoutes::PowerBiSandboxRoutes(SandboxContext &context)
    : m_context(context)
{}

SandboxReply PowerBiSandboxRoutes::error(int status, const QString &code, const QString &message)
{
    return SandboxReply::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

SandboxReply PowerBiSandboxRoutes::badRequest(const QString &target, const QString &message)
{
    const QJsonObject detail{{QStringLiteral("message"), message},
                             {QStringLiteral("target"), target}};
    return SandboxReply::json(
        400, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("BadRequest")},
                                      {QStringLiteral("message"), QStringLiteral("Bad Request")},
                                      {QStringLiteral("details"), QJsonArray{detail}}}}});
}

SandboxDataset *PowerBiSandboxRoutes::dataset(const Call &call, SandboxReply *failure)
{
    const QString groupId = call.groupId();
    if (groupId.isEmpty() && call.caller.servicePrincipal) {
        // A service principal has no My workspace. The service answers such calls with an
        // authorization error; we choose 401 PowerBINotAuthorizedException.
        *failure = error(401, QStringLiteral("PowerBINotAuthorizedException"),
                         QStringLiteral("A service principal has no My workspace: use the "
                                        "groups/{groupId} form of this call."));
        return nullptr;
    }
    if (!groupId.isEmpty() && !m_context.state.workspace(groupId)) {
        *failure = error(404, QStringLiteral("PowerBIEntityNotFound"),
                         QStringLiteral("Couldn't find the workspace %1.").arg(groupId));
        return nullptr;
    }
    const QString datasetId = call.match.captured(QStringLiteral("dataset"));
    SandboxDataset *found = m_context.state.dataset(groupId, datasetId, call.caller.subject);
    if (!found) {
        *failure = error(404, QStringLiteral("PowerBIEntityNotFound"),
                         QStringLiteral("Couldn't find the dataset %1.").arg(datasetId));
    }
    return found;
}

QString PowerBiSandboxRoutes::contextUrl(const Call &call, const QString &entitySet)
{
    QString base = call.request.root.toString() + QStringLiteral("/v1.0/myorg/");
    if (!call.groupId().isEmpty())
        base += QStringLiteral("groups/") + call.groupId() + QLatin1Char('/');
    return base + QStringLiteral("$metadata#") + entitySet;
}

std::optional<int> PowerBiSandboxRoutes::nonNegativeInteger(const QMap<QString, QString> &query,
                                                            const QString &name, int fallback,
                                                            bool *valid)
{
    *valid = true;
    if (!query.contains(name))
        return fallback;
    bool ok = false;
    const int value = query.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *valid = false;
        return std::nullopt;
    }
    return value;
}
