#include "statuswindow.h"

#include "aboutdialog.h"
#include "chosendataset.h"
#include "operationpanel.h"
#include "operationtracker.h"
#include "refreshexplanation.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "statusreader.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Short facts stay on one line; sentences (wrap) break at the window's width.
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent,
                   bool wrap = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setTextColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

StatusWindow::StatusWindow(OperationTracker *operations, StatusReader *status,
                           RefreshRunner *runner, ChosenDataset *chosen, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_statusReader(status)
    , m_runner(runner)
    , m_chosen(chosen)
{
    setWindowTitle(tr("Xero Refresh Assistant"));
    m_elapsedTicker = new QTimer(this);
    m_elapsedTicker->setInterval(1000);
    connect(m_elapsedTicker, &QTimer::timeout, this, &StatusWindow::showElapsed);
    buildContent();
    // Ctrl+Q and Ctrl+W close it, as they close other desktop programs' windows.
    for (const QKeySequence::StandardKey keys : {QKeySequence::Quit, QKeySequence::Close}) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    connect(m_operations, &OperationTracker::progress, m_panel, &OperationPanel::setSentence);
    connect(m_runner, &RefreshRunner::refreshUpdated, this, [this](const RefreshRun &run) {
        if (m_elapsedTicker->isActive()) {
            m_run = run;
            showElapsed();
        }
    });
}

void StatusWindow::buildContent()
{
    m_notice = valueLabel(QStringLiteral("noticeLabel"), tr("Notice"), this, true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setVisible(false);

    m_dataset = valueLabel(QStringLiteral("datasetLabel"), tr("Dataset"), this, true);
    QFont datasetFont = m_dataset->font();
    datasetFont.setBold(true);
    datasetFont.setPointSizeF(datasetFont.pointSizeF() * 1.25);
    m_dataset->setFont(datasetFont);

    m_lastStatus = valueLabel(QStringLiteral("lastStatusLabel"), tr("Last refresh status"), this);
    QFont statusFont = m_lastStatus->font();
    statusFont.setBold(true);
    m_lastStatus->setFont(statusFont);
    m_lastTime = valueLabel(QStringLiteral("lastTimeLabel"), tr("Last refresh time"), this);
    auto *lastRefresh = new QHBoxLayout;
    lastRefresh->addWidget(m_lastStatus);
    lastRefresh->addWidget(m_lastTime, 1);
    m_nextRun = valueLabel(QStringLiteral("nextRunLabel"), tr("Next scheduled refresh"), this);
    m_refreshesLeft =
        valueLabel(QStringLiteral("refreshesLeftLabel"), tr("Refreshes left today"), this);
    m_diagnosis = valueLabel(QStringLiteral("diagnosisLabel"), tr("What is wrong"), this, true);
    m_diagnosis->setVisible(false);
    // Until the status is read (or when it cannot be).
    for (QLabel *fact : {m_lastStatus, m_nextRun, m_refreshesLeft})
        fact->setText(QString(QChar(0x2014)));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Last refresh:"), lastRefresh);
    facts->addRow(tr("Next scheduled refresh:"), m_nextRun);
    facts->addRow(tr("Refreshes left today:"), m_refreshesLeft);

    m_refreshNow = makeRefreshButton();
    m_runState = valueLabel(QStringLiteral("runStateLabel"), tr("Refresh under way"), this, true);
    m_runState->setAlignment(Qt::AlignHCenter);
    m_runState->setVisible(false);

    m_fixCredentials = new QPushButton(tr("&Fix credentials..."), this);
    m_fixCredentials->setObjectName(QStringLiteral("fixCredentialsButton"));
    m_fixCredentials->setAccessibleName(tr("Fix the Xero credentials in the repair wizard"));
    m_chooseDataset = new QPushButton(tr("&Choose another dataset..."), this);
    m_chooseDataset->setObjectName(QStringLiteral("chooseDatasetButton"));
    m_chooseDataset->setAccessibleName(tr("Choose another dataset in the repair wizard"));
    // About (and F1, the desktop's key for help): version, licence and links. It stays usable
    // while a refresh runs.
    m_about = new QPushButton(tr("&About"), this);
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_about->setAccessibleName(tr("About Xero Refresh Assistant"));
    auto *aboutKey = new QShortcut(QKeySequence::HelpContents, this);
    connect(aboutKey, &QShortcut::activated, m_about, &QPushButton::click);
    auto *handOver = new QHBoxLayout;
    handOver->addWidget(m_fixCredentials);
    handOver->addStretch(1);
    handOver->addWidget(m_chooseDataset);
    handOver->addWidget(m_about);

    m_panel = new OperationPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_dataset);
    layout->addLayout(facts);
    layout->addWidget(m_diagnosis);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_refreshNow);
    layout->addWidget(m_runState);
    layout->addStretch(1);
    layout->addLayout(handOver);
    layout->addWidget(m_panel);

    connect(m_refreshNow, &QPushButton::clicked, this, &StatusWindow::refreshNow);
    connect(m_fixCredentials, &QPushButton::clicked, this, &StatusWindow::fixCredentialsRequested);
    connect(m_chooseDataset, &QPushButton::clicked, this, &StatusWindow::chooseDatasetRequested);
    connect(m_about, &QPushButton::clicked, this, [this] { AboutDialog::showOver(this); });
    connect(m_panel, &OperationPanel::cancelRequested, m_operations, &OperationTracker::cancelAll);
    connect(m_panel, &OperationPanel::retryRequested, this, [this] {
        if (m_retry)
            m_retry();
    });
    setTabOrder(m_refreshNow, m_fixCredentials);
    setTabOrder(m_fixCredentials, m_chooseDataset);
    setTabOrder(m_chooseDataset, m_about);
    // Wide enough for the facts on one line each, in any font size (200% scaling included).
    // Set on a child: a minimum set on the window itself would stop the layout from giving the
    // window the height its wrapped sentences need.
    m_refreshNow->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

// The one thing most people open the window for: large, and first in the tab order.
QPushButton *StatusWindow::makeRefreshButton()
{
    auto *button = new QPushButton(tr("&Refresh now"), this);
    button->setObjectName(QStringLiteral("refreshNowButton"));
    button->setAccessibleName(tr("Refresh now: push a fresh Xero credential and refresh"));
    QFont font = button->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    button->setFont(font);
    button->setMinimumHeight(QFontMetrics(font).height() * 2);
    button->setAutoDefault(true);
    button->setFocus();
    return button;
}

void StatusWindow::reload()
{
    m_dataset->setText(m_chosen->choice().displayName());
    startWork(tr("Reading the refresh status..."), [this] { reload(); });
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status)
            return fail(status.error());
        stopWork();
        showStatus(status.value());
    });
}

void StatusWindow::refreshNow()
{
    if (m_working)
        return;
    startWork(tr("Pushing a fresh Xero credential, then starting the refresh..."),
              [this] { refreshNow(); });
    m_runState->setVisible(false);
    m_runner->startRefresh(this, [this](Result<RefreshRun> run) {
        if (!run)
            return fail(run.error());
        followRun(run.value());
    });
}

void StatusWindow::showNotice(const QString &sentence)
{
    m_notice->setText(sentence);
    m_notice->setVisible(!sentence.isEmpty());
}

void StatusWindow::startWork(const QString &sentence, std::function<void()> retry)
{
    m_working = true;
    m_retry = std::move(retry);
    m_panel->showBusy(sentence);
    m_refreshNow->setEnabled(false);
    m_fixCredentials->setEnabled(false);
    m_chooseDataset->setEnabled(false);
}

void StatusWindow::stopWork()
{
    m_working = false;
    m_elapsedTicker->stop();
    m_panel->clear();
    m_refreshNow->setEnabled(true);
    m_fixCredentials->setEnabled(true);
    m_chooseDataset->setEnabled(true);
}

void StatusWindow::fail(const ApiError &error)
{
    stopWork();
    m_runState->setVisible(false);
    m_panel->showError(error, true);
}

void StatusWindow::showStatus(const DatasetStatus &status)
{
    m_dataset->setText(status.dataset.isValid() ? status.dataset.displayName()
                                                : m_chosen->choice().displayName());
    showLastRefresh(status);
    showNextRun(status.schedule);
    showRefreshesLeft(status.quota);
    const bool wrong = !status.diagnoses.isEmpty();
    m_diagnosis->setText(wrong ? status.diagnoses.constFirst().explanation() : QString());
    m_diagnosis->setVisible(wrong);
}

void StatusWindow::showLastRefresh(const DatasetStatus &status)
{
    const std::optional<Refresh> last = status.lastRefresh();
    if (!last) {
        m_lastStatus->setText(tr("No refresh yet"));
        setTextColour(m_lastStatus, palette().color(QPalette::WindowText));
        m_lastTime->clear();
        return;
    }
    m_lastStatus->setText(RefreshPresentation::statusText(*last));
    setTextColour(m_lastStatus, RefreshPresentation::statusColor(*last, palette()));
    const QDateTime when = last->endTime().isValid() ? last->endTime() : last->startTime();
    m_lastTime->setText(RefreshPresentation::localTime(when));
}

void StatusWindow::showNextRun(const RefreshSchedule &schedule)
{
    const std::optional<QDateTime> next = schedule.nextRunAfter(m_runner->now());
    m_nextRun->setText(next ? RefreshPresentation::localTime(*next) : tr("No scheduled refresh"));
}

void StatusWindow::showRefreshesLeft(const RefreshQuota &quota)
{
    const std::optional<int> left = quota.refreshesLeftToday();
    if (!left) {
        m_refreshesLeft->setText(tr("No daily limit (dedicated capacity)"));
        return;
    }
    m_refreshesLeft->setText(
        tr("%1 of %2 (shared capacity)").arg(*left).arg(RefreshQuota::sharedCapacityLimit));
}

void StatusWindow::followRun(const RefreshRun &run)
{
    m_run = run;
    m_panel->setSentence(tr("Refreshing the dataset in Power BI..."));
    setTextColour(m_runState, palette().color(QPalette::WindowText));
    m_runState->setVisible(true);
    showElapsed();
    m_elapsedTicker->start();
    m_runner->followRefresh(run, followTimeout, this, [this](Result<RefreshRun> followed) {
        if (!followed)
            return fail(followed.error());
        stopWork();
        showRunResult(followed.value());
        // Then the status as Power BI now tells it: the new last refresh, one refresh fewer.
        reload();
    });
}

// Elapsed time on the session's clock, so that it agrees with the refresh's own times.
void StatusWindow::showElapsed()
{
    const qint64 seconds = qMax<qint64>(0, m_run.requestedAt.secsTo(m_runner->now()));
    m_runState->setText(tr("Refreshing for %1").arg(RefreshPresentation::duration(seconds)));
}

void StatusWindow::showRunResult(const RefreshRun &run)
{
    m_runState->setVisible(true);
    if (run.timedOut || !run.refresh) {
        setTextColour(m_runState, palette().color(QPalette::WindowText));
        m_runState->setText(tr("Stopped watching after %1; the refresh goes on in Power BI.")
                                .arg(RefreshPresentation::duration(run.elapsedSeconds)));
        return;
    }
    setTextColour(m_runState, RefreshPresentation::statusColor(*run.refresh, palette()));
    const QString outcome = run.refresh->status() == Refresh::Status::Completed
                                ? tr("The refresh completed in %1.")
                                      .arg(RefreshPresentation::duration(run.elapsedSeconds))
                                : RefreshExplanation::sentence(*run.refresh);
    m_runState->setText(outcome);
}
