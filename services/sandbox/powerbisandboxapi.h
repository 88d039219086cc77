#pragma once

#include "powerbigatewaysandboxapi.h"
#include "powerbirefreshsandboxapi.h"
#include "powerbisandboxroutes.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <functional>
#include <optional>

// The Power BI REST routes under /v1.0/myorg as Microsoft's Power BI REST API reference describes
// them (the Datasets, Gateways and Groups operations), in both the My workspace and the
// groups/{groupId} forms. Every answer carries a RequestId header; errors use the
// {"error":{"code","message"}} shape.
//
// It authenticates each call and routes it. The groups, datasets, schedule and data source routes
// are answered here; the refresh routes and the gateway routes, each a subject of its own, are
// handed to PowerBiRefreshSandboxApi and PowerBiGatewaySandboxApi.
class PowerBiSandboxApi : public PowerBiSandboxRoutes
{
public:
    explicit PowerBiSandboxApi(SandboxContext &context);
    // Its routes point into it and into its groups of routes: it is neither copied nor moved.
    PowerBiSandboxApi(const PowerBiSandboxApi &) = delete;
    PowerBiSandboxApi &operator=(const PowerBiSandboxApi &) = delete;

    std::optional<SandboxReply> handle(const SandboxRequest &request);

private:
    using Handler = std::function<SandboxReply(const Call &)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };

    // The handler that answers a call with method of group (this API or one of its groups).
    template<typename Group>
    static Handler on(Group &group, SandboxReply (Group::*method)(const Call &))
    {
        return [&group, method](const Call &call) {
            return (group.*method)(call);
        };
    }

    SandboxReply route(const SandboxRequest &request);
    std::optional<SandboxReply> authenticate(const SandboxRequest &request, Caller *caller) const;

    SandboxReply listGroups(const Call &call);
    SandboxReply listDatasets(const Call &call);
    SandboxReply getDataset(const Call &call);
    SandboxReply getSchedule(const Call &call);
    SandboxReply patchSchedule(const Call &call);
    SandboxReply listDatasources(const Call &call);
    SandboxReply takeOver(const Call &call);

    QJsonObject datasetJson(const SandboxDataset &dataset) const;

    PowerBiRefreshSandboxApi m_refreshes;
    PowerBiGatewaySandboxApi m_gateways;
    QList<Route> m_routes;
};
