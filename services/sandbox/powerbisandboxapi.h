#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <optional>

struct SandboxContext;
struct SandboxDataset;

// The Power BI REST routes under /v1.0/myorg as Microsoft's Power BI REST API reference describes
// them (the Datasets, Gateways and Groups operations), in both the My workspace and the
// groups/{groupId} forms. Every answer carries a RequestId header; errors use the
// {"error":{"code","message"}} shape.
class PowerBiSandboxApi
{
public:
    static constexpr int refreshSeconds = 5;

    explicit PowerBiSandboxApi(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

    static SandboxReply error(int status, const QString &code, const QString &message);

private:
    struct Caller
    {
        QString subject; // user e-mail or service principal client id
        bool servicePrincipal = false;
    };
    struct Call
    {
        const SandboxRequest &request;
        Caller caller;
        QRegularExpressionMatch match;
        QString groupId() const { return match.captured(QStringLiteral("group")); }
    };
    using Handler = SandboxReply (PowerBiSandboxApi::*)(const Call &);
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };

    SandboxReply route(const SandboxRequest &request);
    std::optional<SandboxReply> authenticate(const SandboxRequest &request, Caller *caller) const;
    // The dataset named by the call's path, or the error to answer.
    SandboxDataset *dataset(const Call &call, SandboxReply *failure);
    QString contextUrl(const Call &call, const QString &entitySet) const;

    SandboxReply listGroups(const Call &call);
    SandboxReply listDatasets(const Call &call);
    SandboxReply getDataset(const Call &call);
    SandboxReply listRefreshes(const Call &call);
    SandboxReply startRefresh(const Call &call);
    SandboxReply refreshDetails(const Call &call);
    SandboxReply cancelRefresh(const Call &call);
    SandboxReply getSchedule(const Call &call);
    SandboxReply patchSchedule(const Call &call);
    SandboxReply listDatasources(const Call &call);
    SandboxReply takeOver(const Call &call);
    SandboxReply getGateway(const Call &call);
    SandboxReply setCredentials(const Call &call);

    QJsonObject datasetJson(const SandboxDataset &dataset) const;
    std::optional<SandboxReply> refuseRefresh(const SandboxDataset &dataset, bool enhanced) const;
    bool xeroCredentialsValid(const SandboxDataset &dataset);
    // The credentials document of a PATCH as the gateway or the service reads it, or the answer
    // that refuses it (a plain document on an on-premises gateway, an undecryptable one, ...).
    std::optional<QString> credentialsDocument(const QString &gatewayId, const QJsonObject &details,
                                               SandboxReply *refusal);
    static SandboxReply badRequest(const QString &target, const QString &message);

    SandboxContext &m_context;
    QList<Route> m_routes;
};
