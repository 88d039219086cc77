#pragma once

#include "datasetchoice.h"
#include "datasetselection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The workspaces and datasets an account can see, in the order people want them: My workspace
// first (service principals have none), then the workspaces as the service listed them; inside
// each workspace the Xero datasets first. It also applies the rules for choosing a dataset from
// an id or a name.
class DatasetCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCatalogue)

public:
    struct Group
    {
        Workspace workspace; // empty id: My workspace
        QList<DatasetChoice> datasets;
        bool isMyWorkspace() const { return workspace.id().isEmpty(); }
    };

    DatasetCatalogue() = default;

    void addGroup(const Workspace &workspace, const QList<DatasetChoice> &datasets);
    QList<Group> groups() const { return m_groups; }
    QList<DatasetChoice> allDatasets() const;
    QList<DatasetChoice> xeroCandidates() const;
    std::optional<DatasetChoice> find(const DatasetRef &ref) const;

    // Workspaces whose id, or name (case ignored), is `spec`; "My workspace" names My workspace.
    static QList<Workspace> matchWorkspaces(const QList<Workspace> &workspaces,
                                            const QString &spec);
    // "My workspace", in English or in the user's language.
    static bool namesMyWorkspace(const QString &spec);
    // The dataset whose id, else whose name (case ignored), is `spec`.
    DatasetSelection selectByIdOrName(const QString &spec) const;
    // The only Xero candidate; several or none give a sentence (and the candidates).
    DatasetSelection selectOnlyXeroCandidate() const { return onlyXeroCandidate(allDatasets()); }
    static DatasetSelection onlyXeroCandidate(const QList<DatasetChoice> &datasets);

private:
    QList<Group> m_groups;
};
