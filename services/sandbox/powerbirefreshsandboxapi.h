#pragma once

#include "powerbisandboxroutes.h"

// The refresh routes of the Power BI REST API, under a dataset (Datasets - Refresh Dataset, Get
// Refresh History, Get Refresh Execution Details, Cancel Refresh In Group): a refresh runs for
// refreshSeconds on the sandbox's clock, and its outcome is decided when it starts.
class PowerBiRefreshSandboxApi : public PowerBiSandboxRoutes
{
public:
    static constexpr int refreshSeconds = 5;

    explicit PowerBiRefreshSandboxApi(SandboxContext &context);

    SandboxReply listRefreshes(const Call &call);
    SandboxReply startRefresh(const Call &call);
    SandboxReply refreshDetails(const Call &call);
    SandboxReply cancelRefresh(const Call &call);

private:
    std::optional<SandboxReply> refuseRefresh(const SandboxDataset &dataset, bool enhanced) const;
    bool xeroCredentialsValid(const SandboxDataset &dataset);
};
