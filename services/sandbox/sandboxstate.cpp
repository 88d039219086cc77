#include "sandboxstate.h"

static bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

const SandboxWorkspace *SandboxState::workspace(const QString &id) const
{
    for (const SandboxWorkspace &candidate : workspaces) {
        if (sameId(candidate.id, id))
            return &candidate;
    }
    return nullptr;
}

SandboxDataset *SandboxState::dataset(const QString &workspaceId, const QString &datasetId,
                                      const QString &user)
{
    for (SandboxDataset &candidate : datasets) {
        if (!sameId(candidate.id, datasetId))
            continue;
        if (workspaceId.isEmpty() && candidate.workspaceId.isEmpty() &&
            sameId(candidate.myWorkspaceUser, user))
            return &candidate;
        if (!workspaceId.isEmpty() && sameId(candidate.workspaceId, workspaceId))
            return &candidate;
    }
    return nullptr;
}

QList<const SandboxDataset *> SandboxState::datasetsOf(const QString &workspaceId,
                                                       const QString &user) const
{
    QList<const SandboxDataset *> found;
    for (const SandboxDataset &candidate : datasets) {
        const bool inMyWorkspace = workspaceId.isEmpty() && candidate.workspaceId.isEmpty() &&
                                   sameId(candidate.myWorkspaceUser, user);
        const bool inWorkspace =
            !workspaceId.isEmpty() && sameId(candidate.workspaceId, workspaceId);
        if (inMyWorkspace || inWorkspace)
            found.append(&candidate);
    }
    return found;
}

SandboxDatasource *SandboxState::datasource(const QString &gatewayId, const QString &datasourceId)
{
    for (SandboxDataset &dataset : datasets) {
        for (SandboxDatasource &candidate : dataset.datasources) {
            if (sameId(candidate.gatewayId, gatewayId) &&
                sameId(candidate.datasourceId, datasourceId))
                return &candidate;
        }
    }
    return nullptr;
}

QString SandboxState::datasourceOwner(const QString &gatewayId, const QString &datasourceId) const
{
    for (const SandboxDataset &dataset : datasets) {
        for (const SandboxDatasource &candidate : dataset.datasources) {
            if (sameId(candidate.gatewayId, gatewayId) &&
                sameId(candidate.datasourceId, datasourceId))
                return dataset.configuredBy;
        }
    }
    return {};
}

const SandboxGateway *SandboxState::gateway(const QString &id) const
{
    for (const SandboxGateway &candidate : gateways) {
        if (sameId(candidate.id, id))
            return &candidate;
    }
    return nullptr;
}

bool SandboxState::isOnDedicatedCapacity(const SandboxDataset &dataset) const
{
    const SandboxWorkspace *home = workspace(dataset.workspaceId);
    return home && home->isOnDedicatedCapacity;
}

void SandboxState::addWorkspaces(int count)
{
    const int first = workspaces.size();
    for (int i = 0; i < count; ++i) {
        SandboxWorkspace added;
        // Deterministic ids so that paging tests can name them.
        added.id =
            QStringLiteral("9a0b1c2d-3e4f-4a5b-8c6d-%1").arg(first + i, 12, 10, QLatin1Char('0'));
        added.name = QStringLiteral("Workspace %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        workspaces.append(added);
    }
}
