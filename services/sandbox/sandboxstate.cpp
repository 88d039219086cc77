#include "sandboxstate.h"

#include <algorithm>

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

// Below this many datasets a full read costs less than keeping the index.
static constexpr qsizetype indexedFrom = 256;

bool SandboxState::useIndex() const
{
    return datasets.size() >= indexedFrom;
}

void SandboxState::makeIndex() const
{
    m_datasetPosition.clear();
    m_workspacePositions.clear();
    for (qsizetype position = 0; position < datasets.size(); ++position) {
        const SandboxDataset &dataset = datasets.at(position);
        m_datasetPosition.insert(dataset.id.toLower(), position);
        if (!dataset.workspaceId.isEmpty())
            m_workspacePositions[dataset.workspaceId.toLower()].append(position);
    }
    m_indexedCount = datasets.size();
}

qsizetype SandboxState::indexedDataset(const QString &datasetId) const
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_indexedCount != datasets.size() || attempt > 0)
            makeIndex();
        const qsizetype position = m_datasetPosition.value(datasetId.toLower(), -1);
        if (position < 0 || sameId(datasets.at(position).id, datasetId))
            return position;
    }
    return -1;
}

const QList<qsizetype> *SandboxState::indexedInWorkspace(const QString &workspaceId) const
{
    static const QList<qsizetype> none;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_indexedCount != datasets.size() || attempt > 0)
            makeIndex();
        const auto found = m_workspacePositions.constFind(workspaceId.toLower());
        if (found == m_workspacePositions.constEnd())
            return &none;
        const bool current = std::all_of(found->cbegin(), found->cend(), [&](qsizetype position) {
            return sameId(datasets.at(position).workspaceId, workspaceId);
        });
        if (current)
            return &*found;
    }
    return &none;
}

SandboxDataset *SandboxState::dataset(const QString &workspaceId, const QString &datasetId,
                                      const QString &user)
{
    if (useIndex() && !workspaceId.isEmpty()) {
        const qsizetype position = indexedDataset(datasetId);
        if (position < 0 || !sameId(datasets.at(position).workspaceId, workspaceId))
            return nullptr;
        return &datasets[position];
    }
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
    if (useIndex() && !workspaceId.isEmpty()) {
        for (const qsizetype position : *indexedInWorkspace(workspaceId))
            found.append(&datasets.at(position));
        return found;
    }
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
