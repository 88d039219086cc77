#include "refreshnowpage.h"

#include "datasetstatus.h"
#include "operationpanel.h"
#include "refreshexplanation.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "repairwizard.h"
#include "statusreader.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RefreshNowPage::RefreshNowPage(OperationTracker *operations, StatusReader *status,
                               RefreshRunner *runner, QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
    , m_runner(runner)
    , m_ticker(new QTimer(this))
{
    setTitle(tr("Refresh now"));
    setSubTitle(tr("Give Power BI a fresh Xero sign-in and refresh the dataset once, to see "
                   "that the repair worked."));

    m_quota = new QLabel(this);
    m_quota->setWordWrap(true);
    m_quota->setAccessibleName(tr("Refreshes left today"));

    m_refreshNow = new QPushButton(tr("&Refresh now"), this);
    m_refreshNow->setAccessibleName(tr("Refresh now"));
    m_refreshNow->setAccessibleDescription(
        tr("Gives Power BI a fresh Xero sign-in, starts a refresh and follows it to its end"));
    QFont large = m_refreshNow->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_refreshNow->setFont(large);
    m_refreshNow->setMinimumHeight(QFontMetrics(large).height() * 2);
    m_refreshNow->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_refreshNow, &QPushButton::clicked, this, &RefreshNowPage::startRefresh);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Refresh status"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_elapsed = new QLabel(this);
    m_elapsed->setAccessibleName(tr("Time the refresh has taken"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_explanation->setAccessibleName(tr("What the result means"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quota);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_refreshNow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_status);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(operationPanel());

    // Only the label moves each second; the history is read at the session's own pace.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &RefreshNowPage::tick);
    connect(runner, &RefreshRunner::refreshUpdated, this, [this](const RefreshRun &run) {
        if (m_following)
            showRunning(run);
    });
}

void RefreshNowPage::initializePage()
{
    m_run.reset();
    m_refreshesLeft.reset();
    m_following = false;
    m_done = false;
    m_ticker->stop();
    m_quota->clear();
    setStatusText({});
    m_elapsed->clear();
    m_explanation->clear();
    loadQuota();
}

void RefreshNowPage::cleanupPage()
{
    m_following = false;
    m_ticker->stop();
    RepairPage::cleanupPage();
}

bool RefreshNowPage::isReady() const
{
    const bool noneLeft = m_refreshesLeft && *m_refreshesLeft <= 0;
    return m_done || noneLeft;
}

void RefreshNowPage::retry()
{
    if (m_lastAction == Action::Refresh)
        startRefresh();
    else
        loadQuota();
}

void RefreshNowPage::loadQuota()
{
    m_lastAction = Action::LoadQuota;
    setBusy(tr("Counting today's refreshes…"));
    updateRefreshButton();
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status) {
            showError(status.error());
            return updateRefreshButton();
        }
        showQuota(status.value());
        setIdle();
        updateRefreshButton();
    });
}

void RefreshNowPage::showQuota(const DatasetStatus &status)
{
    m_refreshesLeft = status.quota.refreshesLeftToday();
    if (!m_refreshesLeft) {
        m_quota->setText(tr("The dataset is on dedicated capacity: Power BI sets no daily "
                            "limit on its refreshes."));
    } else if (*m_refreshesLeft <= 0) {
        m_quota->setText(tr("No refresh is left today: on shared capacity Power BI allows %1 "
                            "refreshes in 24 hours, and the dataset has used them all. Try "
                            "again once the oldest of them is more than 24 hours old.")
                             .arg(RefreshQuota::sharedCapacityLimit));
    } else {
        m_quota->setText(tr("%n refresh(es) left today (Power BI allows %1 a day on shared "
                            "capacity).",
                            nullptr, *m_refreshesLeft)
                             .arg(RefreshQuota::sharedCapacityLimit));
    }
    readinessChanged();
}

void RefreshNowPage::updateRefreshButton()
{
    const bool noneLeft = m_refreshesLeft && *m_refreshesLeft <= 0;
    m_refreshNow->setEnabled(!isBusy() && !noneLeft);
}

void RefreshNowPage::startRefresh()
{
    m_lastAction = Action::Refresh;
    m_run.reset();
    m_done = false;
    setStatusText({});
    m_elapsed->clear();
    m_explanation->clear();
    setBusy(tr("Giving Power BI a fresh Xero sign-in and starting the refresh…"));
    updateRefreshButton();
    m_runner->startRefresh(this, [this](Result<RefreshRun> started) {
        if (!started)
            return failToStart(started.error());
        follow(started.value());
    });
}

void RefreshNowPage::failToStart(const ApiError &error)
{
    // Throttled included: the plain sentence says how long Power BI asked to wait.
    m_done = error.kind() != ApiError::Kind::Cancelled;
    showError(error);
    updateRefreshButton();
}

void RefreshNowPage::follow(const RefreshRun &run)
{
    m_run = run;
    m_following = true;
    setBusy(tr("The refresh is running…"));
    updateRefreshButton();
    showRunning(run);
    m_ticker->start();
    m_runner->followRefresh(run, std::chrono::duration_cast<std::chrono::seconds>(followTimeout),
                            this, [this](Result<RefreshRun> followed) {
                                m_following = false;
                                m_ticker->stop();
                                if (!followed) {
                                    if (followed.error().kind() == ApiError::Kind::Cancelled)
                                        return stopFollowing();
                                    m_done = true;
                                    showError(followed.error());
                                    return updateRefreshButton();
                                }
                                finishRun(followed.value());
                            });
}

void RefreshNowPage::showRunning(const RefreshRun &run)
{
    m_run = run;
    if (run.refresh)
        setStatusText(RefreshPresentation::statusText(*run.refresh),
                      RefreshPresentation::statusColor(*run.refresh, palette()));
    else
        setStatusText(tr("Waiting for Power BI to start the refresh"));
    tick();
}

void RefreshNowPage::tick()
{
    if (!m_run)
        return;
    const qint64 seconds = m_run->requestedAt.secsTo(m_runner->now());
    m_elapsed->setText(tr("Running for %1").arg(RefreshPresentation::duration(seconds)));
}

void RefreshNowPage::finishRun(const RefreshRun &run)
{
    m_run = run;
    m_done = true;
    if (repairWizard())
        repairWizard()->setLastRun(run);
    countRun(run);
    showResult(run);
    setIdle();
    updateRefreshButton();
}

void RefreshNowPage::stopFollowing()
{
    m_done = true;
    if (m_run && repairWizard())
        repairWizard()->setLastRun(*m_run);
    setIdle(tr("You stopped following the refresh. Power BI may still finish it: its result "
               "will show in the dataset's refresh history."));
    updateRefreshButton();
}

void RefreshNowPage::showResult(const RefreshRun &run)
{
    if (run.timedOut || !run.refresh) {
        setStatusText(tr("Still running"));
        m_elapsed->setText(
            tr("Followed for %1")
                .arg(RefreshPresentation::duration(run.requestedAt.secsTo(m_runner->now()))));
        m_explanation->setText(tr("Power BI had not finished the refresh after %n minute(s). "
                                  "It may still finish: its result will show in the dataset's "
                                  "refresh history.",
                                  nullptr, static_cast<int>(followTimeout.count())));
        return;
    }
    const Refresh &refresh = *run.refresh;
    setStatusText(RefreshPresentation::statusText(refresh),
                  RefreshPresentation::statusColor(refresh, palette()));
    const qint64 seconds = refresh.startTime().secsTo(refresh.endTime());
    m_elapsed->setText(tr("Ended %1, after %2")
                           .arg(RefreshPresentation::localTime(refresh.endTime()),
                                RefreshPresentation::duration(seconds)));
    m_explanation->setText(RefreshExplanation::sentence(refresh));
}

// The refresh just run counts toward today's limit like any refresh through the API.
void RefreshNowPage::countRun(const RefreshRun &run)
{
    if (!m_refreshesLeft || !run.refresh || !RefreshQuota::countsTowardLimit(*run.refresh))
        return;
    m_refreshesLeft = std::max(*m_refreshesLeft - 1, 0);
    if (*m_refreshesLeft <= 0)
        m_quota->setText(tr("No refresh is left today."));
    else
        m_quota->setText(tr("%n refresh(es) left today.", nullptr, *m_refreshesLeft));
}

void RefreshNowPage::setStatusText(const QString &text, const QColor &colour)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     colour.isValid() ? colour : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}
