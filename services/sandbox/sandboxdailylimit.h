#pragma once

#include <QDateTime>

struct SandboxDataset;

// Shared capacity allows 8 refreshes of a dataset in 24 hours, "including refreshes executed
// using a scheduled refresh" (Refresh Dataset, Limitations). "Refresh now" in the web page
// (OnDemand) does not count. Dedicated capacity has no such limit.
class SandboxDailyLimit
{
public:
    static constexpr int sharedCapacityRefreshes = 8;

    static int countedRefreshes(const SandboxDataset &dataset, const QDateTime &now);
    static bool isReached(const SandboxDataset &dataset, bool dedicatedCapacity,
                          const QDateTime &now);
};
