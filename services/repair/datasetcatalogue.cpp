#include "datasetcatalogue.h"

#include <algorithm>

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void DatasetCatalogue::addGroup(const Workspace &workspace, const QList<DatasetChoice> &datasets)
{
    Group group{workspace, datasets};
    // Xero datasets first; otherwise the service's order.
    std::stable_partition(group.datasets.begin(), group.datasets.end(),
                          [](const DatasetChoice &choice) { return choice.isXero; });
    if (group.isMyWorkspace())
        m_groups.prepend(group);
    else
        m_groups.append(group);
}

QList<DatasetChoice> DatasetCatalogue::allDatasets() const
{
    QList<DatasetChoice> all;
    for (const Group &group : m_groups)
        all.append(group.datasets);
    return all;
}

QList<DatasetChoice> DatasetCatalogue::xeroCandidates() const
{
    QList<DatasetChoice> candidates;
    for (const DatasetChoice &choice : allDatasets()) {
        if (choice.isXero)
            candidates.append(choice);
    }
    return candidates;
}

std::optional<DatasetChoice> DatasetCatalogue::find(const DatasetRef &ref) const
{
    for (const DatasetChoice &choice : allDatasets()) {
        if (sameText(choice.workspace.id(), ref.workspaceId()) &&
            sameText(choice.dataset.id(), ref.datasetId()))
            return choice;
    }
    return std::nullopt;
}

QList<Workspace> DatasetCatalogue::matchWorkspaces(const QList<Workspace> &workspaces,
                                                   const QString &spec)
{
    QList<Workspace> byId;
    QList<Workspace> byName;
    for (const Workspace &workspace : workspaces) {
        const bool isMine = workspace.id().isEmpty();
        if (!isMine && sameText(workspace.id(), spec))
            byId.append(workspace);
        else if (sameText(workspace.name(), spec) ||
                 (isMine && sameText(spec, QStringLiteral("My workspace"))))
            byName.append(workspace);
    }
    return byId.isEmpty() ? byName : byId;
}

bool DatasetCatalogue::namesMyWorkspace(const QString &spec)
{
    return sameText(spec, QStringLiteral("My workspace")) ||
           sameText(spec, DatasetChoice::myWorkspace().name());
}

DatasetSelection DatasetCatalogue::selectByIdOrName(const QString &spec) const
{
    QList<DatasetChoice> byId;
    QList<DatasetChoice> byName;
    for (const DatasetChoice &choice : allDatasets()) {
        if (sameText(choice.dataset.id(), spec))
            byId.append(choice);
        else if (sameText(choice.dataset.name(), spec))
            byName.append(choice);
    }
    const QList<DatasetChoice> &matches = byId.isEmpty() ? byName : byId;
    if (matches.size() == 1)
        return DatasetSelection::found(matches.constFirst());
    if (matches.isEmpty())
        return DatasetSelection::notFound(
            tr("No dataset has the id or name \"%1\" among those this account can see.").arg(spec));
    return DatasetSelection::ambiguous(
        tr("Several datasets are called \"%1\": name the workspace too, or use the dataset's id.")
            .arg(spec),
        matches);
}

DatasetSelection DatasetCatalogue::onlyXeroCandidate(const QList<DatasetChoice> &datasets)
{
    QList<DatasetChoice> candidates;
    std::copy_if(datasets.cbegin(), datasets.cend(), std::back_inserter(candidates),
                 [](const DatasetChoice &choice) { return choice.isXero; });
    if (candidates.size() == 1)
        return DatasetSelection::found(candidates.constFirst());
    if (candidates.isEmpty())
        return DatasetSelection::notFound(
            tr("No dataset has a Xero data source or \"Xero\" in its name."));
    return DatasetSelection::ambiguous(tr("%n datasets could be the Xero dataset: choose one.",
                                          nullptr, static_cast<int>(candidates.size())),
                                       candidates);
}
