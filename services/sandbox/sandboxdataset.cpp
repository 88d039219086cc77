#include "sandboxdataset.h"

bool SandboxDataset::dependsOnXero() const
{
    for (const SandboxDatasource &datasource : datasources) {
        if (datasource.isXero)
            return true;
    }
    return false;
}

const SandboxRefresh *SandboxDataset::runningRefresh(const QDateTime &now) const
{
    for (const SandboxRefresh &refresh : refreshes) {
        if (refresh.isRunningAt(now))
            return &refresh;
    }
    return nullptr;
}

void SandboxDataset::settleSchedule(const QDateTime &now)
{
    if (!schedule.enabled)
        return;
    for (const SandboxRefresh &refresh : refreshes) {
        const QDateTime end = refresh.endTimeAt(now);
        if (refresh.failedOnCredentialsAt(now) && end.isValid() && end > schedule.enabledAt) {
            schedule.enabled = false;
            return;
        }
    }
}

void SandboxDataset::trimHistory(const QDateTime &now)
{
    const QDateTime threshold = now.addDays(-3);
    while (refreshes.size() > 20 && refreshes.constLast().startTime < threshold)
        refreshes.removeLast();
    while (refreshes.size() > 60)
        refreshes.removeLast();
}
