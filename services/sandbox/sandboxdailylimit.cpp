#include "sandboxdailylimit.h"

#include "sandboxdataset.h"

int SandboxDailyLimit::countedRefreshes(const SandboxDataset &dataset, const QDateTime &now)
{
    int counted = 0;
    for (const SandboxRefresh &refresh : dataset.refreshes) {
        const bool inWindow = refresh.startTime > now.addDays(-1) && refresh.startTime <= now;
        if (inWindow && refresh.refreshType != QStringLiteral("OnDemand") &&
            refresh.refreshType != QStringLiteral("OnDemandTraining"))
            ++counted;
    }
    return counted;
}

bool SandboxDailyLimit::isReached(const SandboxDataset &dataset, bool dedicatedCapacity,
                                  const QDateTime &now)
{
    return !dedicatedCapacity && countedRefreshes(dataset, now) >= sharedCapacityRefreshes;
}
