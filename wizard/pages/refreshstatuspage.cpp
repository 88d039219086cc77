#include "refreshstatuspage.h"

#include "operationpanel.h"
#include "refreshexplanation.h"
#include "refreshpresentation.h"
#include "refreshtimeline.h"
#include "refreshtypetext.h"
#include "repairsteptext.h"
#include "statusreader.h"
#include "valuelabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A value or sentence, "—" until the status is read.
ValueLabel *newValueLabel(const QString &objectName, QWidget *parent,
                          const QString &accessibleName = {})
{
    auto *label = new ValueLabel(objectName, accessibleName, ValueLabel::Wrap::Sentence, parent);
    label->setText(QStringLiteral("—"));
    return label;
}

} // namespace

RefreshStatusPage::RefreshStatusPage(OperationTracker *operations, StatusReader *status,
                                     QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
{
    setTitle(tr("Refresh status"));
    setSubTitle(tr("How the dataset's refreshes went, and what the repair will fix."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    layout->addWidget(createDiagnoses());
    layout->addWidget(createHistory(), 1);
    layout->addWidget(operationPanel());

    // F5 reads the status again, as in a web browser.
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(reloadShortcut, &QShortcut::activated, this, &RefreshStatusPage::reload);
}

QWidget *RefreshStatusPage::createSummary()
{
    auto *summary = new QWidget(this);
    m_datasetName = newValueLabel(QStringLiteral("datasetName"), summary, tr("Dataset"));
    m_lastStatus = newValueLabel(QStringLiteral("lastStatus"), summary, tr("Last refresh status"));
    m_lastStatus->setBold();
    m_lastTime = newValueLabel(QStringLiteral("lastTime"), summary, tr("Last refresh started"));
    m_lastType =
        newValueLabel(QStringLiteral("lastType"), summary, tr("How the last refresh was started"));

    auto *form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Dataset:"), m_datasetName);
    form->addRow(tr("Last refresh:"), m_lastStatus);
    form->addRow(tr("Started:"), m_lastTime);
    form->addRow(tr("Started by:"), m_lastType);
    return summary;
}

QGroupBox *RefreshStatusPage::createDiagnoses()
{
    auto *box = new QGroupBox(tr("What is wrong"), this);
    box->setObjectName(QStringLiteral("diagnoses"));
    box->setAccessibleName(tr("What is wrong and which step fixes it"));
    m_diagnosesLayout = new QVBoxLayout(box);
    return box;
}

QWidget *RefreshStatusPage::createHistory()
{
    auto *history = new QWidget(this);
    m_timeline = new RefreshTimeline(history);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    auto *timelineLabel = new QLabel(tr("Recent refreshes:"), history);
    timelineLabel->setBuddy(m_timeline);

    m_history = new QTableWidget(0, ColumnCount, history);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Refresh history, newest first"));
    m_history->setHorizontalHeaderLabels(
        {tr("Started"), tr("Duration"), tr("Started by"), tr("Status"), tr("Error code")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setTabKeyNavigation(false);
    m_history->verticalHeader()->setVisible(false);
    m_history->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit their contents; the error code takes what is left.
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    // At least a few rows stay visible, whatever the scale.
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 6);
    auto *historyLabel = new QLabel(tr("&History:"), history);
    historyLabel->setBuddy(m_history);

    m_reload = new QPushButton(tr("&Reload"), history);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setAccessibleName(tr("Read the refresh status again"));
    m_reload->setToolTip(tr("Read the refresh status again (F5)"));
    connect(m_reload, &QPushButton::clicked, this, &RefreshStatusPage::reload);

    auto *timelineRow = new QHBoxLayout;
    timelineRow->addWidget(timelineLabel);
    timelineRow->addWidget(m_timeline, 1);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(historyLabel);
    historyRow->addStretch(1);
    historyRow->addWidget(m_reload);
    auto *layout = new QVBoxLayout(history);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(timelineRow);
    layout->addLayout(historyRow);
    layout->addWidget(m_history, 1);
    return history;
}

void RefreshStatusPage::initializePage()
{
    RepairPage::initializePage();
    reload();
}

void RefreshStatusPage::reload()
{
    if (isBusy())
        return;
    setBusy(tr("Reading the refresh status…"));
    m_reload->setEnabled(false);
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> loaded) {
        m_reload->setEnabled(true);
        if (!loaded)
            return showError(loaded.error());
        setIdle();
        statusLoaded(loaded.value());
    });
}

void RefreshStatusPage::retry()
{
    reload();
}

// The status colours depend on the palette: a switch to a dark palette recolours them.
void RefreshStatusPage::changeEvent(QEvent *event)
{
    RepairPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_status)
        showStatus();
    if (event->type() == QEvent::LanguageChange && m_status)
        showStatus();
}

void RefreshStatusPage::statusLoaded(const DatasetStatus &status)
{
    m_status = status;
    showStatus();
}

void RefreshStatusPage::showStatus()
{
    m_datasetName->setText(m_status->dataset.displayName());
    showLastRefresh();
    m_timeline->setHistory(m_status->history);
    showHistory();
    showDiagnoses();
}

void RefreshStatusPage::showLastRefresh()
{
    const std::optional<Refresh> last = m_status->lastRefresh();
    if (!last) {
        m_lastStatus->setText(tr("Never refreshed"));
        m_lastStatus->setTextColour({});
        m_lastTime->setText(QStringLiteral("—"));
        m_lastType->setText(QStringLiteral("—"));
        return;
    }
    m_lastStatus->setTextColour(RefreshPresentation::statusColor(*last, palette()));
    m_lastStatus->setText(RefreshPresentation::statusText(*last));
    m_lastTime->setText(RefreshPresentation::localTime(last->startTime()));
    m_lastType->setText(RefreshTypeText::text(*last));
}

void RefreshStatusPage::showHistory()
{
    const QList<Refresh> &history = m_status->history;
    m_history->setRowCount(history.size());
    for (int row = 0; row < history.size(); ++row) {
        const Refresh &refresh = history.at(row);
        const QString duration =
            refresh.isRunning()
                ? tr("in progress")
                : RefreshPresentation::duration(refresh.startTime().secsTo(refresh.endTime()));
        const QStringList cells{RefreshPresentation::localTime(refresh.startTime()), duration,
                                RefreshTypeText::text(refresh),
                                RefreshPresentation::statusText(refresh),
                                RefreshExplanation::errorCode(refresh)};
        // The whole row explains itself on hover: a failure's code in plain words.
        const QString explanation = RefreshExplanation::sentence(refresh);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(explanation);
            m_history->setItem(row, column, item);
        }
        m_history->item(row, StatusColumn)
            ->setForeground(RefreshPresentation::statusColor(refresh, m_history->palette()));
    }
}

void RefreshStatusPage::showDiagnoses()
{
    clearDiagnoses();
    for (const Diagnosis &diagnosis : m_status->diagnoses)
        addDiagnosis(diagnosis);
    if (m_status->diagnoses.isEmpty()) {
        auto *allWell = newValueLabel(QStringLiteral("allWell"), this);
        allWell->setText(tr("All is well: the last refresh completed and nothing needs repairing. "
                            "You can still go on to renew the Xero sign-in."));
        m_diagnosesLayout->addWidget(allWell);
    }
}

void RefreshStatusPage::addDiagnosis(const Diagnosis &diagnosis)
{
    auto *explanation = newValueLabel(QStringLiteral("diagnosisExplanation"), this);
    explanation->setText(diagnosis.explanation());
    auto *fix = newValueLabel(QStringLiteral("diagnosisFix"), this);
    fix->setText(RepairStepText::fixSentence(diagnosis.fixStep()));
    fix->setBold();
    m_diagnosesLayout->addWidget(explanation);
    m_diagnosesLayout->addWidget(fix);
}

void RefreshStatusPage::clearDiagnoses()
{
    while (QLayoutItem *item = m_diagnosesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
