#pragma once

#include "sandboxdataset.h"
#include "sandboxgateway.h"
#include "sandboxworkspace.h"

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
};
