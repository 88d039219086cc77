#include "choosedatasetpage.h"

#include "catalogueload.h"
#include "chosendataset.h"
#include "datasetfinder.h"
#include "operationpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace {

// The benchmark's timing lines (bench/run.sh): when the list first shows a Xero dataset and when
// it is complete.
Q_LOGGING_CATEGORY(lcBench, "xra.bench", QtInfoMsg)

// On the dataset column: the position in m_entries, and what the search looks in.
constexpr int choiceIndexRole = Qt::UserRole + 1;
constexpr int searchTextRole = Qt::UserRole + 2;

// Rows added per turn of the event loop: a kept list of 10,000 must not freeze the window.
constexpr int rowsPerTurn = 250;
// Data-source calls of this page at a time: the rows on screen are few.
constexpr int sourceReadsInFlight = 8;
// Beyond the rows on screen, the search's first matches get their data sources read.
constexpr int searchedRowsRead = 50;

QString refKey(const DatasetRef &ref)
{
    return ref.workspaceId().toLower() + QLatin1Char('/') + ref.datasetId().toLower();
}

bool sameDataset(const DatasetChoice &a, const DatasetChoice &b)
{
    return a.isValid() && refKey(a.ref()) == refKey(b.ref());
}

} // namespace

ChooseDatasetPage::ChooseDatasetPage(OperationTracker *operations, DatasetFinder *finder,
                                     ChosenDataset *chosen, QWidget *parent)
    : RepairPage(operations, parent)
    , m_finder(finder)
    , m_chosen(chosen)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_addTimer(new QTimer(this))
    , m_sourceTimer(new QTimer(this))
{
    setTitle(tr("Choose the dataset"));
    setSubTitle(tr("Choose the Power BI dataset whose Xero refresh should be repaired."));

    m_model->setHorizontalHeaderLabels({tr("Dataset"), tr("Workspace"), tr("Data source")});
    m_proxy->setSourceModel(m_model);
    connect(m_model, &QStandardItemModel::rowsInserted, this, &ChooseDatasetPage::noteFirstXero);
    m_proxy->setFilterRole(searchTextRole);
    m_proxy->setFilterKeyColumn(DatasetColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_addTimer->setInterval(0);
    m_addTimer->setSingleShot(true);
    connect(m_addTimer, &QTimer::timeout, this, &ChooseDatasetPage::addPending);
    // Scrolling and typing settle before data sources are asked for.
    m_sourceTimer->setInterval(60);
    m_sourceTimer->setSingleShot(true);
    connect(m_sourceTimer, &QTimer::timeout, this, &ChooseDatasetPage::readWantedSources);

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
    // Fixed widths: ResizeToContents would measure every row each time rows come.
    m_list->header()->setSectionResizeMode(WorkspaceColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(WorkspaceColumn, 220);
    m_list->header()->resizeSection(SourceColumn, 150);
    auto *listLabel = new QLabel(tr("&Datasets:"), this);
    listLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_selecting)
            m_userChose = true;
        readinessChanged();
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ChooseDatasetPage::readSourcesSoon);
    // Enter reaches the wizard's default button, Next; a double-click does the same.
    connect(m_list, &QTreeView::doubleClicked, this, &ChooseDatasetPage::goOnIfComplete);

    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setAccessibleName(tr("Reading the datasets"));
    m_progress->hide();

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
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(operationPanel());
    setTabOrder(m_search, m_list);
}

void ChooseDatasetPage::initializePage()
{
    RepairPage::initializePage();
    // Coming from the sign-in: the account may be another one.
    clearList();
    loadCatalogue();
}

void ChooseDatasetPage::cleanupPage()
{
    stopLoading();
    RepairPage::cleanupPage();
}

DatasetChoice ChooseDatasetPage::currentChoice() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows(DatasetColumn);
    if (rows.isEmpty())
        return {};
    const int index = rows.first().data(choiceIndexRole).toInt();
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).choice : DatasetChoice();
}

QString ChooseDatasetPage::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString ChooseDatasetPage::progressText() const
{
    return m_progress->isVisibleTo(this) ? m_progress->text() : QString();
}

bool ChooseDatasetPage::isLoading() const
{
    return !m_loaded;
}

bool ChooseDatasetPage::isReady() const
{
    return currentChoice().isValid();
}

bool ChooseDatasetPage::startLeaving()
{
    const int index = indexOf(currentChoice().ref());
    if (index < 0)
        return false;
    const Entry &entry = m_entries.at(index);
    if (entry.fresh) {
        leaveWithFreshChoice(entry.choice);
        return false;
    }
    // Kept from the last time and not listed again yet: read as it is now (one round trip).
    const DatasetChoice kept = entry.choice;
    const DatasetFinder::Spec spec{kept.isInMyWorkspace() ? QStringLiteral("My workspace")
                                                          : kept.workspace.id(),
                                   kept.dataset.id()};
    setBusy(tr("Reading the dataset…"));
    m_finder->selectDataset(spec, this, [this](Result<DatasetSelection> selection) {
        if (!selection)
            return showError(selection.error());
        if (!selection.value().isFound()) {
            setIdle(tr("This dataset is no longer there: choose another one."));
            return;
        }
        leaveWithFreshChoice(selection.value().choice);
        leaveDone();
    });
    return true;
}

void ChooseDatasetPage::leaveWithFreshChoice(const DatasetChoice &choice)
{
    stopLoading();
    m_chosen->choose(choice);
    m_chosen->remember();
}

void ChooseDatasetPage::retry()
{
    loadCatalogue();
}

void ChooseDatasetPage::stopLoading()
{
    m_addTimer->stop();
    m_sourceTimer->stop();
    if (m_load) {
        m_load->stop();
        m_load->deleteLater();
    }
}

void ChooseDatasetPage::clearList()
{
    stopLoading();
    m_pending.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_entries.clear();
    m_entryByRef.clear();
    m_xeroRows = 0;
}

void ChooseDatasetPage::loadCatalogue()
{
    stopLoading();
    m_loaded = false;
    m_xeroShown = false;
    m_userChose = false;
    m_failedWorkspaces = 0;
    m_pending.clear();
    setIdle();
    // Rows already listed stay (a retry, a return to this page): the fresh listing confirms them.
    for (Entry &entry : m_entries)
        entry.fresh = false;
    if (m_entries.isEmpty())
        showKept();
    m_load = m_finder->startCatalogue(this);
    connect(m_load, &CatalogueLoad::datasetsFound, this,
            [this](const QList<DatasetChoice> &datasets) { onDatasetsFound(datasets, true); });
    connect(m_load, &CatalogueLoad::workspacesListed, this, &ChooseDatasetPage::updateProgress);
    connect(m_load, &CatalogueLoad::progressed, this, &ChooseDatasetPage::updateProgress);
    connect(m_load, &CatalogueLoad::finished, this, &ChooseDatasetPage::onLoadFinished);
    connect(m_load, &CatalogueLoad::failed, this, [this](const ApiError &error) {
        m_loaded = true;
        updateProgress();
        showError(error);
    });
    updateProgress();
    updateMessage();
    readinessChanged();
}

void ChooseDatasetPage::showKept()
{
    const std::optional<QList<DatasetChoice>> kept = m_finder->keptCatalogue();
    m_showingKept = kept.has_value();
    if (kept)
        onDatasetsFound(*kept, false);
}

void ChooseDatasetPage::onDatasetsFound(const QList<DatasetChoice> &datasets, bool fresh)
{
    for (const DatasetChoice &choice : datasets)
        m_pending.append({choice, fresh});
    if (!m_addTimer->isActive())
        m_addTimer->start();
}

// A slice of the rows that came: the window stays responsive whatever their number.
void ChooseDatasetPage::addPending()
{
    const qsizetype count = std::min<qsizetype>(m_pending.size(), rowsPerTurn);
    for (qsizetype i = 0; i < count; ++i)
        addOrUpdate(m_pending.at(i).first, m_pending.at(i).second);
    m_pending.remove(0, count);
    if (count > 0 && m_model->rowCount() == count)
        focusTheList();
    if (!m_pending.isEmpty())
        m_addTimer->start();
    else if (m_load && m_load->isOver() && !m_loaded)
        onLoadFinished();
    preselect(false);
    updateMessage();
    readSourcesSoon();
}

void ChooseDatasetPage::addOrUpdate(const DatasetChoice &choice, bool fresh)
{
    const QString key = refKey(choice.ref());
    if (const auto found = m_entryByRef.constFind(key); found != m_entryByRef.constEnd()) {
        Entry &entry = m_entries[*found];
        const bool knownXero = entry.source == Source::Xero;
        entry.choice = choice;
        entry.choice.isXero = choice.isXero || knownXero || (!fresh && entry.choice.isXero);
        entry.fresh = entry.fresh || fresh;
        if (entry.item)
            return updateRow(*found);
    } else {
        m_entries.append(Entry{choice, choice.isXero ? Source::Xero : Source::Unknown, fresh});
        m_entryByRef.insert(key, static_cast<int>(m_entries.size() - 1));
    }
    insertRow(static_cast<int>(m_entryByRef.value(key)));
}

// Xero datasets go at the end of the Xero ones at the top, the others at the end: a row never
// moves once shown, and the selection stays on its dataset.
void ChooseDatasetPage::insertRow(int index)
{
    const QList<QStandardItem *> row = rowFor(index);
    m_entries[index].item = row.constFirst();
    if (m_entries.at(index).choice.isXero)
        m_model->insertRow(m_xeroRows++, row);
    else
        m_model->appendRow(row);
}

void ChooseDatasetPage::updateRow(int index)
{
    const Entry &entry = m_entries.at(index);
    const QList<QStandardItem *> fresh = rowFor(index);
    const int row = entry.item->row();
    for (int column = 0; column < ColumnCount; ++column) {
        QStandardItem *item = m_model->item(row, column);
        QStandardItem *next = fresh.at(column);
        for (const int role : {int(Qt::DisplayRole), int(Qt::FontRole), int(Qt::AccessibleTextRole),
                               searchTextRole}) {
            if (item->data(role) != next->data(role))
                item->setData(next->data(role), role);
        }
        delete next;
    }
}

// A dataset found to read Xero joins the Xero ones at the top, unless it is the one selected:
// the selection never moves under the user.
void ChooseDatasetPage::moveToXeroRows(int index)
{
    Entry &entry = m_entries[index];
    const int row = entry.item->row();
    if (row < m_xeroRows || sameDataset(currentChoice(), entry.choice))
        return updateRow(index);
    const QList<QStandardItem *> taken = m_model->takeRow(row);
    qDeleteAll(taken);
    insertRow(index);
}

bool ChooseDatasetPage::isReadingSources() const
{
    return m_sourceReadsInFlight > 0 || m_sourceTimer->isActive();
}

void ChooseDatasetPage::onLoadFinished()
{
    // Rows that came but are not in the list yet come first.
    if (!m_pending.isEmpty() || m_loaded)
        return;
    m_loaded = true;
    m_failedWorkspaces = m_load ? m_load->workspacesFailed() : 0;
    const int total = m_load ? m_load->workspaceCount() : 0;
    if (total > 0 && m_failedWorkspaces == total && m_load->lastError()) {
        updateProgress();
        return showError(*m_load->lastError());
    }
    // A workspace that failed keeps its kept rows: better shown than silently lost.
    if (m_failedWorkspaces == 0)
        dropStaleRows();
    m_showingKept = false;
    QList<DatasetChoice> all;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.item)
            all.append(entry.choice);
    }
    m_finder->keepCatalogue(all);
    qCInfo(lcBench) << "dataset list complete:" << all.size() << "datasets";
    preselect(true);
    if (!m_search->text().isEmpty() && !currentChoice().isValid())
        selectFirstVisible();
    updateProgress();
    updateMessage();
    focusTheList();
    readinessChanged();
    // Said once the list is there: Retry reads the missing workspaces again.
    if (m_failedWorkspaces > 0 && m_load && m_load->lastError())
        showError(*m_load->lastError());
}

// The list takes the keyboard, unless the user is typing a search meanwhile.
void ChooseDatasetPage::focusTheList()
{
    if (!m_search->hasFocus())
        m_list->setFocus();
}

void ChooseDatasetPage::dropStaleRows()
{
    for (Entry &entry : m_entries) {
        if (entry.fresh || !entry.item)
            continue;
        if (entry.choice.isXero && entry.item->row() < m_xeroRows)
            --m_xeroRows;
        m_model->removeRow(entry.item->row());
        entry.item = nullptr;
        m_entryByRef.remove(refKey(entry.choice.ref()));
    }
}

void ChooseDatasetPage::noteFirstXero(const QModelIndex &, int first, int last)
{
    if (m_xeroShown || m_showingKept)
        return;
    for (int row = first; row <= last; ++row) {
        const int index = m_model->index(row, DatasetColumn).data(choiceIndexRole).toInt();
        if (index >= 0 && index < m_entries.size() && m_entries.at(index).choice.isXero) {
            m_xeroShown = true;
            qCInfo(lcBench) << "first Xero dataset shown";
            return;
        }
    }
}

QList<QStandardItem *> ChooseDatasetPage::rowFor(int index) const
{
    const DatasetChoice &choice = m_entries.at(index).choice;
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

// The choice is made for the user only while the user has not made one: rows that come later
// never move the selection.
void ChooseDatasetPage::preselect(bool loadOver)
{
    if (m_userChose || currentChoice().isValid())
        return;
    selectChoice(preferredIndex(loadOver));
}

// The dataset in use (coming back to this page), else the remembered one, else (once the list
// is complete) the only Xero one; -1 when the user has to choose.
int ChooseDatasetPage::preferredIndex(bool loadOver) const
{
    if (m_chosen->isChosen()) {
        if (const int index = indexOf(m_chosen->choice().ref()); index >= 0)
            return index;
    }
    if (const std::optional<DatasetRef> remembered = m_chosen->remembered()) {
        if (const int index = indexOf(*remembered); index >= 0)
            return index;
    }
    if (!loadOver)
        return -1;
    int only = -1;
    for (int index = 0; index < m_entries.size(); ++index) {
        const Entry &entry = m_entries.at(index);
        if (!entry.item || !entry.choice.isXero)
            continue;
        if (only >= 0)
            return -1;
        only = index;
    }
    return only;
}

int ChooseDatasetPage::indexOf(const DatasetRef &ref) const
{
    const int index = m_entryByRef.value(refKey(ref), -1);
    return index >= 0 && m_entries.at(index).item ? index : -1;
}

void ChooseDatasetPage::selectChoice(int index)
{
    if (index < 0 || index >= m_entries.size() || !m_entries.at(index).item)
        return;
    const QModelIndex row = m_proxy->mapFromSource(m_entries.at(index).item->index());
    if (!row.isValid())
        return;
    m_selecting = true;
    m_list->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_selecting = false;
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
    readSourcesSoon();
}

void ChooseDatasetPage::updateMessage()
{
    QString sentence;
    const bool anyXero = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.item && entry.choice.isXero;
    });
    if (m_loaded && m_model->rowCount() == 0)
        sentence = tr("This account cannot see any dataset. Go back and sign in with the account "
                      "that has access to the Xero dataset's workspace.");
    else if (m_loaded && m_proxy->rowCount() == 0)
        sentence = tr("No dataset or workspace name contains \"%1\".").arg(m_search->text());
    else if (m_loaded && !anyXero)
        sentence = tr("None of these datasets says Xero in its name or data source. Choose the "
                      "one to repair, or go back and sign in with another account.");
    if (m_loaded && m_failedWorkspaces > 0) {
        const QString failed = tr("%n workspace(s) could not be read: their datasets may be "
                                  "missing. Retry reads them again.",
                                  nullptr, m_failedWorkspaces);
        sentence = sentence.isEmpty() ? failed : sentence + QLatin1Char(' ') + failed;
    }
    m_message->setText(sentence);
    m_message->setVisible(!sentence.isEmpty());
}

void ChooseDatasetPage::updateProgress()
{
    QString sentence;
    if (!m_loaded) {
        const int total = m_load ? m_load->workspaceCount() : 0;
        const int answered = m_load ? m_load->workspacesRead() + m_load->workspacesFailed() : 0;
        const QLocale locale;
        const QString read = total == 0
                                 ? tr("Reading your workspaces…")
                                 : tr("Still reading: %1 of %2 workspaces read.")
                                       .arg(locale.toString(answered), locale.toString(total));
        sentence = m_showingKept ? tr("The list from your last visit, being brought up to "
                                      "date. %1")
                                       .arg(read)
                                 : read;
    }
    m_progress->setText(sentence);
    m_progress->setVisible(!sentence.isEmpty());
}

void ChooseDatasetPage::goOnIfComplete()
{
    if (isComplete() && wizard())
        wizard()->next();
}

void ChooseDatasetPage::readSourcesSoon()
{
    if (!m_sourceTimer->isActive())
        m_sourceTimer->start();
}

void ChooseDatasetPage::readWantedSources()
{
    for (const int index : wantedSourceReads()) {
        if (m_sourceReadsInFlight >= sourceReadsInFlight)
            return;
        readSource(index);
    }
}

// The rows on screen, then the search's first matches, whose data sources are not known yet.
QList<int> ChooseDatasetPage::wantedSourceReads() const
{
    QList<int> wanted;
    const auto want = [this, &wanted](int proxyRow) {
        const int index = m_proxy->index(proxyRow, DatasetColumn).data(choiceIndexRole).toInt();
        if (index >= 0 && index < m_entries.size() &&
            m_entries.at(index).source == Source::Unknown && !wanted.contains(index))
            wanted.append(index);
    };
    const QModelIndex top = m_list->indexAt(QPoint(1, 1));
    if (top.isValid()) {
        const int viewportHeight = m_list->viewport()->height();
        for (int row = top.row(); row < m_proxy->rowCount(); ++row) {
            if (m_list->visualRect(m_proxy->index(row, 0)).top() > viewportHeight)
                break;
            want(row);
        }
    }
    if (!m_search->text().trimmed().isEmpty()) {
        const int searched = std::min(m_proxy->rowCount(), searchedRowsRead);
        for (int row = 0; row < searched; ++row)
            want(row);
    }
    return wanted;
}

void ChooseDatasetPage::readSource(int index)
{
    m_entries[index].source = Source::Reading;
    ++m_sourceReadsInFlight;
    const QString key = refKey(m_entries.at(index).choice.ref());
    m_finder->readXeroSource(m_entries.at(index).choice, this, [this, key](Result<bool> xero) {
        --m_sourceReadsInFlight;
        const int index = m_entryByRef.value(key, -1);
        if (index >= 0) {
            Entry &entry = m_entries[index];
            // Unreadable (a network error): not asked again on this visit.
            entry.source = xero && xero.value() ? Source::Xero : Source::NotXero;
            if (entry.source == Source::Xero && !entry.choice.isXero) {
                entry.choice.isXero = true;
                if (entry.item)
                    moveToXeroRows(index);
                updateMessage();
            }
        }
        readSourcesSoon();
    });
}
