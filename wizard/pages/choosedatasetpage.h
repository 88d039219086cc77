#pragma once

#include "datasetchoice.h"
#include "repairpage.h"

#include <QHash>
#include <QList>
#include <QPointer>

class CatalogueLoad;
class ChosenDataset;
class DatasetFinder;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;

// Step 0: choose the dataset. Every dataset the account can see, with its workspace, the Xero
// ones first and marked; a search box for long lists; the remembered dataset, or the only Xero
// one, chosen already. The list grows while the workspaces answer, and can be searched and
// chosen from meanwhile; the last list this account saw shows at once, until the fresh one
// replaces it. The data sources of a dataset whose name does not say Xero are read only once
// it is on screen. Leaving chooses the dataset for the repair and remembers it, so that the
// program reopens on it.
class ChooseDatasetPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    ChooseDatasetPage(OperationTracker *operations, DatasetFinder *finder, ChosenDataset *chosen,
                      QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    // The dataset chosen in the list; invalid when none.
    DatasetChoice currentChoice() const;
    // The plain sentence about the catalogue (none at all, none from Xero, no match for the
    // search, workspaces that could not be read); empty when there is nothing to say.
    QString message() const;
    // How far the reading is ("312 of 1,000 workspaces read"); empty once it is over.
    QString progressText() const;
    bool isLoading() const;
    // Data sources of rows on screen are being read (their "Data source" may still change).
    bool isReadingSources() const;
    QLineEdit *searchBox() const { return m_search; }
    QTreeView *datasetList() const { return m_list; }

protected:
    bool isReady() const override;
    bool startLeaving() override;
    // Retry reads the catalogue again.
    void retry() override;

private:
    enum Column
    {
        DatasetColumn,
        WorkspaceColumn,
        SourceColumn,
        ColumnCount,
    };
    // What is known of a dataset's data sources.
    enum class Source
    {
        Unknown,
        Reading,
        Xero,
        NotXero,
    };
    struct Entry
    {
        DatasetChoice choice;
        Source source = Source::Unknown;
        // Confirmed by the listing under way (a kept one may be gone since).
        bool fresh = false;
        QStandardItem *item = nullptr; // the dataset column's; null once removed
    };

    void clearList();
    void loadCatalogue();
    void stopLoading();
    void showKept();
    void onDatasetsFound(const QList<DatasetChoice> &datasets, bool fresh);
    void addPending();
    void addOrUpdate(const DatasetChoice &choice, bool fresh);
    void insertRow(int index);
    void updateRow(int index);
    void moveToXeroRows(int index);
    void focusTheList();
    void onLoadFinished();
    void dropStaleRows();
    // For the benchmark: says once per load when the first Xero row is in the list.
    void noteFirstXero(const QModelIndex &parent, int first, int last);
    QList<QStandardItem *> rowFor(int index) const;
    void preselect(bool loadOver);
    int preferredIndex(bool loadOver) const;
    int indexOf(const DatasetRef &ref) const;
    void selectChoice(int index);
    void selectFirstVisible();
    void onSearchChanged(const QString &text);
    void updateMessage();
    void updateProgress();
    void goOnIfComplete();
    // Data sources: read for the rows on screen and the rows the search finds.
    void readSourcesSoon();
    void readWantedSources();
    QList<int> wantedSourceReads() const;
    void readSource(int index);
    void leaveWithFreshChoice(const DatasetChoice &choice);

    DatasetFinder *m_finder;
    ChosenDataset *m_chosen;
    QList<Entry> m_entries;
    QHash<QString, int> m_entryByRef;
    QList<QPair<DatasetChoice, bool>> m_pending;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_addTimer = nullptr;
    QTimer *m_sourceTimer = nullptr;
    QPointer<CatalogueLoad> m_load;
    int m_xeroRows = 0;
    int m_sourceReadsInFlight = 0;
    bool m_loaded = false;
    bool m_showingKept = false;
    bool m_xeroShown = false;
    bool m_userChose = false;
    bool m_selecting = false;
    int m_failedWorkspaces = 0;
};
