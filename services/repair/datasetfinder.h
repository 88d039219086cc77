#pragma once

#include "cataloguecache.h"
#include "datasetcatalogue.h"
#include "datasetselection.h"
#include "result.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

class CatalogueLoad;
class ChosenDataset;
class Datasource;
class OperationTracker;
class PowerBiCaller;

// Finds the dataset to repair: the workspaces and datasets the account can see, which of them
// read from Xero, and the choice of one from what the user named or the settings remembered.
// Every operation keeps OperationTracker's contract.
class DatasetFinder : public QObject
{
    Q_OBJECT

public:
    // What the user named: an id or a name for each, empty for "choose for me".
    struct Spec
    {
        QString workspace;
        QString dataset;
    };

    // All three must outlive the finder.
    DatasetFinder(PowerBiCaller *powerBi, OperationTracker *operations, ChosenDataset *chosen,
                  QObject *parent = nullptr);

    // Workspaces the account can see: My workspace first, unless a service principal.
    void loadWorkspaces(QObject *context, Callback<QList<Workspace>> done);
    // Datasets of those workspaces. detectXero: ask for the data sources of every dataset
    // whose name does not already say Xero (one call each), so that isXero is exact.
    void loadCatalogue(const QList<Workspace> &workspaces, bool detectXero, QObject *context,
                       Callback<DatasetCatalogue> done);
    // Every workspace with its datasets, isXero exact.
    void loadFullCatalogue(QObject *context, Callback<DatasetCatalogue> done);

    // The workspace the windows' listing is narrowed to (--workspace: an id or a name, found by
    // the service's filter); empty for every workspace.
    void setListingScope(const QString &workspace) { m_listingScope = workspace; }
    QString listingScope() const { return m_listingScope; }
    // Starts reading the catalogue, told as it comes (CatalogueLoad), within the listing scope;
    // isXero from the names only (see readXeroSource). The load belongs to parent; deleting it
    // stops it. Cancelling the operations stops it too.
    CatalogueLoad *startCatalogue(QObject *parent);
    // Whether one of the dataset's data sources is Xero (one call); false when the account may
    // not read them.
    void readXeroSource(const DatasetChoice &dataset, QObject *context, Callback<bool> done);

    // Where the last catalogue of each account is kept (no secret in it); empty: not kept.
    // Whoever builds the finder says where: the program's cache, or the kept sandbox's folder.
    void setCatalogueCacheFolder(const QString &folder) { m_cache = CatalogueCache(folder); }
    // The signed-in account's last catalogue, or nullopt.
    std::optional<QList<DatasetChoice>> keptCatalogue() const;
    void keepCatalogue(const QList<DatasetChoice> &datasets) const;
    // Chooses the dataset: the one named (id or name, in the named workspace if any); else the
    // remembered one; else the only Xero candidate. The one found becomes the chosen dataset.
    // A dataset known by its ids (the remembered one, or both ids given) is read directly, in one
    // round trip; a workspace named is looked up with a filter, not in the whole listing.
    void selectDataset(const Spec &spec, QObject *context, Callback<DatasetSelection> done);
    // The datasets other than the chosen one that read the data source datasourceKey
    // (Datasource::key()): Power BI keeps one credential per data source, so a credential set
    // for it is theirs too. One call per dataset the account can see.
    void loadSharingDatasets(const QString &datasourceKey, QObject *context,
                             Callback<QList<DatasetChoice>> done);

private:
    void fetchWorkspaces(Callback<QList<Workspace>> done);
    QString cacheAccount() const;
    void fetchCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                        Callback<DatasetCatalogue> done);
    void detectXeroSources(QList<DatasetChoice> datasets, Callback<QList<DatasetChoice>> done);
    // For each dataset, whether one of its data sources matches (one call each, a few at a
    // time); a dataset whose sources the account may not read matches nothing.
    void checkSources(const QList<DatasetChoice> &datasets,
                      const std::function<bool(const Datasource &)> &matches,
                      Callback<QList<bool>> done);
    void findDatasetsReading(const QString &datasourceKey, const QList<DatasetChoice> &datasets,
                             Callback<QList<DatasetChoice>> done);
    std::optional<DatasetRef> directRef(const Spec &spec) const;
    // The dataset and its workspace, read together; nullopt when the service does not know
    // them (the listing then says what there is).
    void readDirectly(const DatasetRef &ref, Callback<std::optional<DatasetChoice>> done);
    void selectByListing(const Spec &spec, Callback<DatasetSelection> done);
    // The workspaces whose id or name is spec, found by the service's filter; the whole
    // listing only when the filter finds none (a name typed in another case).
    void findNamedWorkspaces(const QString &spec, Callback<QList<Workspace>> done);
    void narrowToNamedWorkspace(const Spec &spec, const QList<Workspace> &workspaces,
                                Callback<DatasetSelection> done);
    void resolveSelection(const Spec &spec, const QList<Workspace> &workspaces,
                          Callback<DatasetSelection> done);
    Callback<DatasetSelection> choosingIfFound(Callback<DatasetSelection> done);

    PowerBiCaller *m_powerBi;
    OperationTracker *m_operations;
    ChosenDataset *m_chosen;
    QString m_listingScope;
    CatalogueCache m_cache;
};
