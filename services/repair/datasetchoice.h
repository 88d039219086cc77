#pragma once

#include "dataset.h"
#include "datasetref.h"
#include "refreshschedulechange.h"
#include "workspace.h"

#include <QCoreApplication>

// One dataset with the workspace it lives in: what the repair session works on. A workspace
// with an empty id is the signed-in user's My workspace.
struct DatasetChoice
{
    Q_DECLARE_TR_FUNCTIONS(DatasetChoice)

public:
    Workspace workspace;
    Dataset dataset;
    // It has a Xero data source, or "Xero" in its name.
    bool isXero = false;

    // The workspace that stands for My workspace (empty id, translated name).
    static Workspace myWorkspace();
    // The same test as isXero, for the name alone (no data source call needed).
    static bool nameSaysXero(const QString &datasetName);

    DatasetRef ref() const { return {workspace.id(), dataset.id()}; }
    bool isInMyWorkspace() const { return workspace.id().isEmpty(); }
    bool isValid() const { return !dataset.id().isEmpty(); }
    // My workspace is always shared capacity.
    RefreshScheduleChange::Capacity capacity() const;
    // "Finance / Xero", for lists of candidates.
    QString displayName() const;
};
