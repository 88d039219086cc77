#include "datasetchoice.h"

Workspace DatasetChoice::myWorkspace()
{
    return Workspace::myWorkspace(tr("My workspace"));
}

bool DatasetChoice::nameSaysXero(const QString &datasetName)
{
    return datasetName.contains(QLatin1String("xero"), Qt::CaseInsensitive);
}

RefreshScheduleChange::Capacity DatasetChoice::capacity() const
{
    return workspace.isOnDedicatedCapacity() ? RefreshScheduleChange::Capacity::Dedicated
                                             : RefreshScheduleChange::Capacity::Shared;
}

QString DatasetChoice::displayName() const
{
    const QString workspaceName = isInMyWorkspace() ? tr("My workspace") : workspace.name();
    return workspaceName + QStringLiteral(" / ") + dataset.name();
}
