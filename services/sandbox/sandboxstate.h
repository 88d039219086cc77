#pragma once

#include "sandboxdataset.h"
#include "sandboxgateway.h"
#include "sandboxworkspace.h"

#include <QHash>
#include <QList>

// The Power BI side of the sandbox: workspaces and datasets with their history.
class SandboxState
{
public:
    QList<SandboxWorkspace> workspaces;
    QList<SandboxDataset> datasets;
    // The on-premises gateways; any other gateway id a data source names is a cloud one.
    QList<SandboxGateway> gateways;

    const SandboxWorkspace *workspace(const QString &id) const;
    // A dataset of a workspace, or of `user`'s My workspace when workspaceId is empty.
    SandboxDataset *dataset(const QString &workspaceId, const QString &datasetId,
                            const QString &user);
    QList<const SandboxDataset *> datasetsOf(const QString &workspaceId, const QString &user) const;
    SandboxDatasource *datasource(const QString &gatewayId, const QString &datasourceId);
    // Who owns the data source's credentials: the owner (configuredBy) of its dataset.
    QString datasourceOwner(const QString &gatewayId, const QString &datasourceId) const;
    // nullptr for a cloud gateway id and for an unknown one.
    const SandboxGateway *gateway(const QString &id) const;
    // Shared capacity applies when the dataset is in My workspace or a non-dedicated one.
    bool isOnDedicatedCapacity(const SandboxDataset &dataset) const;
    // "Workspace 001", ...: empty shared-capacity workspaces for paging tests.
    void addWorkspaces(int count);

private:
    // A generated catalogue has thousands of datasets and its client reads each one: the
    // lookups go through positions by id, made when first needed and made again when the list
    // grew or an entry found there is not the one asked for. Small states are read in full.
    bool useIndex() const;
    void makeIndex() const;
    const QList<qsizetype> *indexedInWorkspace(const QString &workspaceId) const;
    qsizetype indexedDataset(const QString &datasetId) const;

    mutable QHash<QString, qsizetype> m_datasetPosition;
    mutable QHash<QString, QList<qsizetype>> m_workspacePositions;
    mutable qsizetype m_indexedCount = -1;
};
