#pragma once

#include "datasetchoice.h"
#include "repairpage.h"

#include <QList>

class ChosenDataset;
class DatasetCatalogue;
class DatasetFinder;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

// Step 0: choose the dataset. Every dataset the account can see, with its workspace, the Xero
// ones first and marked; a search box for long lists; the remembered dataset, or the only Xero
// one, chosen already. Leaving chooses the dataset for the repair and remembers it, so that the
// program reopens on it.
class ChooseDatasetPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    ChooseDatasetPage(OperationTracker *operations, DatasetFinder *finder, ChosenDataset *chosen,
                      QWidget *parent = nullptr);

    void initializePage() override;

    // The dataset chosen in the list; invalid when none.
    DatasetChoice currentChoice() const;
    // The plain sentence about the catalogue (none at all, none from Xero, no match for the
    // search); empty when there is nothing to say.
    QString message() const;
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

    void loadCatalogue();
    void showCatalogue(const DatasetCatalogue &catalogue);
    void fillModel();
    // For the benchmark: says once per load when the first Xero row is in the list.
    void noteFirstXero(const QModelIndex &parent, int first, int last);
    QList<QStandardItem *> rowFor(const DatasetChoice &choice, int index) const;
    int preferredIndex() const;
    int indexOf(const DatasetRef &ref) const;
    void selectChoice(int index);
    void selectFirstVisible();
    void onSearchChanged(const QString &text);
    void updateMessage();
    void goOnIfComplete();

    DatasetFinder *m_finder;
    ChosenDataset *m_chosen;
    QList<DatasetChoice> m_choices;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_message = nullptr;
    bool m_loaded = false;
    bool m_xeroShown = false;
};
