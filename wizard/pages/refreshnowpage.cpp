#include "refreshnowpage.h"

#include "datasetstatus.h"
#include "operationpanel.h"
#include "quotatext.h"
#include "refreshfollowpanel.h"
#include "repairwizard.h"
#include "statusreader.h"
#include "valuelabel.h"

#include <QPushButton>
#include <QVBoxLayout>

RefreshNowPage::RefreshNowPage(OperationTracker *operations, StatusReader *status,
                               RefreshRunner *runner, QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
{
    setTitle(tr("Refresh now"));
    setSubTitle(tr("Give Power BI a fresh Xero sign-in and refresh the dataset once, to see "
                   "that the repair worked."));

    m_quota = new ValueLabel(QStringLiteral("refreshesLeftLabel"), tr("Refreshes left today"),
                             ValueLabel::Wrap::Sentence, this);
    m_follow = new RefreshFollowPanel(runner, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quota);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_follow);
    layout->addStretch(1);
    layout->addWidget(operationPanel());

    connect(m_follow, &RefreshFollowPanel::working, this, [this](const QString &sentence) {
        setBusy(sentence, [this] { m_follow->start(); });
        updateRefreshButton();
    });
    connect(m_follow, &RefreshFollowPanel::failed, this, &RefreshNowPage::refreshFailed);
    connect(m_follow, &RefreshFollowPanel::ended, this, &RefreshNowPage::refreshEnded);
}

QPushButton *RefreshNowPage::refreshButton() const
{
    return m_follow->refreshButton();
}

void RefreshNowPage::initializePage()
{
    m_refreshesLeft.reset();
    m_done = false;
    m_quota->clear();
    m_follow->clear();
    loadQuota();
}

bool RefreshNowPage::isReady() const
{
    return m_done || noneLeft();
}

bool RefreshNowPage::noneLeft() const
{
    return m_refreshesLeft && *m_refreshesLeft <= 0;
}

void RefreshNowPage::loadQuota()
{
    setBusy(tr("Counting today's refreshes…"), [this] { loadQuota(); });
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
    m_quota->setText(QuotaText::sentence(m_refreshesLeft, status.quota.nextFreeAt()));
    readinessChanged();
}

void RefreshNowPage::updateRefreshButton()
{
    refreshButton()->setEnabled(!isBusy() && !noneLeft());
}

// Throttled included: the plain sentence says how long Power BI asked to wait. Only a cancel
// before the refresh started keeps the finish closed.
void RefreshNowPage::refreshFailed(const ApiError &error)
{
    m_done = error.kind() != ApiError::Kind::Cancelled;
    showError(error);
    updateRefreshButton();
    if (m_done)
        recount();
}

void RefreshNowPage::refreshEnded(const RefreshRun &run, const QString &note)
{
    m_done = true;
    if (repairWizard())
        repairWizard()->setLastRun(run);
    setIdle(note);
    updateRefreshButton();
    recount();
}

// What is left is counted again from Power BI's history after every refresh, never worked out
// here: refreshes started elsewhere (the web page, a script, the schedule) count too. Quietly:
// what the page says of the refresh stays.
void RefreshNowPage::recount()
{
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status || isBusy())
            return;
        showQuota(status.value());
        updateRefreshButton();
    });
}
