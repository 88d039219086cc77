#include "datasetchoice.h"

#include <QJsonObject>

Workspace DatasetChoice::myWorkspace()
{
    const Result<Workspace> workspace =
        Workspace::fromJson(QJsonObject{{QStringLiteral("name"), tr("My workspace")}});
    return workspace ? workspace.value() : Workspace();
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
