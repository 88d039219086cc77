#include "choosedatasetpage.h"

#include "chosendataset.h"
#include "datasetcatalogue.h"
#include "datasetfinder.h"
#include "operationpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace {

// The benchmark's timing lines (bench/run.sh): when the list first shows a Xero dataset and when
// it is complete.
Q_LOGGING_CATEGORY(lcBench, "xra.bench", QtInfoMsg)

// On the dataset column: the position in m_choices, and what the search looks in.
constexpr int choiceIndexRole = Qt::UserRole + 1;
constexpr int searchTextRole = Qt::UserRole + 2;

bool sameRef(const DatasetRef &a, const DatasetRef &b)
{
    return a.workspaceId().compare(b.workspaceId(), Qt::CaseInsensitive) == 0 &&
           a.datasetId().compare(b.datasetId(), Qt::CaseInsensitive) == 0;
}

} // namespace

ChooseDatasetPage::ChooseDatasetPage(OperationTracker *operations, DatasetFinder *finder,
                                     ChosenDataset *chosen, QWidget *parent)
    : RepairPage(operations, parent)
    , m_finder(finder)
    , m_chosen(chosen)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setTitle(tr("Choose the dataset"));
    setSubTitle(tr("Choose the Power BI dataset whose Xero refresh should be repaired."));

    m_model->setHorizontalHeaderLabels({tr("Dataset"), tr("Workspace"), tr("Data source")});
    m_proxy->setSourceModel(m_model);
    connect(m_model, &QStandardItemModel::rowsInserted, this, &ChooseDatasetPage::noteFirstXero);
    m_proxy->setFilterRole(searchTextRole);
    m_proxy->setFilterKeyColumn(DatasetColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Dataset or workspace name"));
    m_search->setAccessibleName(tr("Search the datasets"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &ChooseDatasetPage::onSearchChanged);

    m_list = new QTreeView(this);
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Datasets"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DatasetColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(WorkspaceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    auto *listLabel = new QLabel(tr("&Datasets:"), this);
    listLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { readinessChanged(); });
    // Enter reaches the wizard's default button, Next; a double-click does the same.
    connect(m_list, &QTreeView::doubleClicked, this, &ChooseDatasetPage::goOnIfComplete);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("About the datasets"));
    m_message->hide();

    auto *searchLine = new QHBoxLayout;
    searchLine->addWidget(searchLabel);
    searchLine->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchLine);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(operationPanel());
    setTabOrder(m_search, m_list);
}

void ChooseDatasetPage::initializePage()
{
    RepairPage::initializePage();
    loadCatalogue();
}

DatasetChoice ChooseDatasetPage::currentChoice() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows(DatasetColumn);
    if (rows.isEmpty())
        return {};
    const int index = rows.first().data(choiceIndexRole).toInt();
    return index >= 0 && index < m_choices.size() ? m_choices.at(index) : DatasetChoice();
}

QString ChooseDatasetPage::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool ChooseDatasetPage::isReady() const
{
    return currentChoice().isValid();
}

bool ChooseDatasetPage::startLeaving()
{
    m_chosen->choose(currentChoice());
    m_chosen->remember();
    return false;
}

void ChooseDatasetPage::retry()
{
    loadCatalogue();
}

void ChooseDatasetPage::loadCatalogue()
{
    m_loaded = false;
    m_xeroShown = false;
    m_choices.clear();
    fillModel();
    setBusy(tr("Reading your workspaces and datasets…"));
    m_finder->loadFullCatalogue(this, [this](Result<DatasetCatalogue> catalogue) {
        if (!catalogue)
            return showError(catalogue.error());
        setIdle();
        showCatalogue(catalogue.value());
    });
}

void ChooseDatasetPage::showCatalogue(const DatasetCatalogue &catalogue)
{
    // Xero datasets first across all workspaces; otherwise the catalogue's order.
    m_choices = catalogue.allDatasets();
    std::stable_partition(m_choices.begin(), m_choices.end(),
                          [](const DatasetChoice &choice) { return choice.isXero; });
    m_loaded = true;
    fillModel();
    qCInfo(lcBench) << "dataset list complete:" << m_choices.size() << "datasets";
    selectChoice(preferredIndex());
    if (!m_search->text().isEmpty() && !currentChoice().isValid())
        selectFirstVisible();
    m_list->setFocus();
}

void ChooseDatasetPage::noteFirstXero(const QModelIndex &, int first, int last)
{
    if (m_xeroShown)
        return;
    for (int row = first; row <= last; ++row) {
        const int index = m_model->index(row, DatasetColumn).data(choiceIndexRole).toInt();
        if (index >= 0 && index < m_choices.size() && m_choices.at(index).isXero) {
            m_xeroShown = true;
            qCInfo(lcBench) << "first Xero dataset shown";
            return;
        }
    }
}

void ChooseDatasetPage::fillModel()
{
    m_model->removeRows(0, m_model->rowCount());
    for (int index = 0; index < m_choices.size(); ++index)
        m_model->appendRow(rowFor(m_choices.at(index), index));
    updateMessage();
    readinessChanged();
}

QList<QStandardItem *> ChooseDatasetPage::rowFor(const DatasetChoice &choice, int index) const
{
    auto *dataset = new QStandardItem(choice.dataset.name());
    dataset->setData(index, choiceIndexRole);
    dataset->setData(choice.dataset.name() + QLatin1Char('\n') + choice.workspace.name(),
                     searchTextRole);
    auto *workspace = new QStandardItem(choice.workspace.name());
    auto *source = new QStandardItem(choice.isXero ? tr("Xero") : QString());
    if (choice.isXero) {
        // Bold, not coloured: readable on any palette.
        QFont bold = dataset->font();
        bold.setBold(true);
        dataset->setFont(bold);
        source->setFont(bold);
        dataset->setData(tr("%1, Xero dataset").arg(choice.dataset.name()), Qt::AccessibleTextRole);
    }
    return {dataset, workspace, source};
}

// The dataset in use (coming back to this page), else the remembered one, else the only Xero
// one; -1 when the user has to choose.
int ChooseDatasetPage::preferredIndex() const
{
    if (m_chosen->isChosen()) {
        if (const int index = indexOf(m_chosen->choice().ref()); index >= 0)
            return index;
    }
    if (const std::optional<DatasetRef> remembered = m_chosen->remembered()) {
        if (const int index = indexOf(*remembered); index >= 0)
            return index;
    }
    const auto xeroCount = std::count_if(m_choices.cbegin(), m_choices.cend(),
                                         [](const DatasetChoice &choice) { return choice.isXero; });
    return xeroCount == 1 ? 0 : -1;
}

int ChooseDatasetPage::indexOf(const DatasetRef &ref) const
{
    for (int index = 0; index < m_choices.size(); ++index) {
        if (sameRef(m_choices.at(index).ref(), ref))
            return index;
    }
    return -1;
}

void ChooseDatasetPage::selectChoice(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    const QModelIndex row = m_proxy->mapFromSource(m_model->index(index, DatasetColumn));
    if (!row.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_list->scrollTo(row);
}

void ChooseDatasetPage::selectFirstVisible()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, DatasetColumn);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

// A search that hides the chosen dataset moves the choice to the first match, so that Enter
// goes on with what the user sees.
void ChooseDatasetPage::onSearchChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!currentChoice().isValid())
        selectFirstVisible();
    updateMessage();
    readinessChanged();
}

void ChooseDatasetPage::updateMessage()
{
    QString sentence;
    const bool anyXero = std::any_of(m_choices.cbegin(), m_choices.cend(),
                                     [](const DatasetChoice &choice) { return choice.isXero; });
    if (m_loaded && m_choices.isEmpty())
        sentence = tr("This account cannot see any dataset. Go back and sign in with the account "
                      "that has access to the Xero dataset's workspace.");
    else if (m_loaded && m_proxy->rowCount() == 0)
        sentence = tr("No dataset or workspace name contains \"%1\".").arg(m_search->text());
    else if (m_loaded && !anyXero)
        sentence = tr("None of these datasets gets its data from Xero. Choose the one to repair, "
                      "or go back and sign in with another account.");
    m_message->setText(sentence);
    m_message->setVisible(!sentence.isEmpty());
}

void ChooseDatasetPage::goOnIfComplete()
{
    if (isComplete() && wizard())
        wizard()->next();
}
