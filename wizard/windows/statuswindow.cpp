#include "statuswindow.h"

#include "aboutdialog.h"
#include "chosendataset.h"
#include "operationpanel.h"
#include "operationtracker.h"
#include "quotatext.h"
#include "refreshfollowpanel.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "scheduletext.h"
#include "statusreader.h"
#include "valuelabel.h"
#include "watchpanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The benchmark's timing line (bench/run.sh): when the window shows what Power BI said.
Q_LOGGING_CATEGORY(lcBench, "xra.bench", QtInfoMsg)
} // namespace

StatusWindow::StatusWindow(OperationTracker *operations, StatusReader *status,
                           RefreshRunner *runner, ChosenDataset *chosen, WatchSwitch *watch,
                           QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_statusReader(status)
    , m_runner(runner)
    , m_chosen(chosen)
{
    setWindowTitle(tr("Xero Refresh Assistant"));
    buildContent();
    m_watchPanel = new WatchPanel(watch, this);
    // Under Refresh now: what most people open the window for comes first.
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_follow) + 1,
                                                        m_watchPanel);
    setTabOrder(m_follow->refreshButton(), m_watchPanel->watchBox());
    setTabOrder(m_watchPanel->watchBox(), m_watchPanel->pushBox());
    setTabOrder(m_watchPanel->pushBox(), m_fixCredentials);
    // Turned on without user systemd, it shows a cron line: the window makes room for it.
    connect(m_watchPanel, &WatchPanel::sentencesChanged, this,
            [this] { QTimer::singleShot(0, this, &StatusWindow::growToFitSentences); });
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setInterval(defaultReloadInterval);
    connect(m_reloadTimer, &QTimer::timeout, this, &StatusWindow::reloadWhenIdle);
    // Ctrl+Q and Ctrl+W close it, as they close other desktop programs' windows.
    for (const QKeySequence::StandardKey keys : {QKeySequence::Quit, QKeySequence::Close}) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    connect(m_operations, &OperationTracker::progress, this, [this](const QString &sentence) {
        if (m_working)
            m_panel->setSentence(sentence);
    });
    connect(m_operations, &OperationTracker::waiting, m_panel, &OperationPanel::showWait);
    connect(m_follow, &RefreshFollowPanel::working, this,
            [this](const QString &sentence) { startWork(sentence, [this] { refreshNow(); }); });
    connect(m_follow, &RefreshFollowPanel::failed, this, [this](const ApiError &error) {
        fail(error);
        recount();
    });
    connect(m_follow, &RefreshFollowPanel::ended, this, &StatusWindow::refreshEnded);
}

void StatusWindow::buildContent()
{
    using Wrap = ValueLabel::Wrap;
    // Short facts stay on one line; sentences break at the window's width.
    m_notice = new ValueLabel(QStringLiteral("noticeLabel"), tr("Notice"), Wrap::Sentence, this);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setVisible(false);

    m_dataset = new ValueLabel(QStringLiteral("datasetLabel"), tr("Dataset"), Wrap::Sentence, this);
    QFont datasetFont = m_dataset->font();
    datasetFont.setBold(true);
    datasetFont.setPointSizeF(datasetFont.pointSizeF() * 1.25);
    m_dataset->setFont(datasetFont);

    m_lastStatus = new ValueLabel(QStringLiteral("lastStatusLabel"), tr("Last refresh status"),
                                  Wrap::OneLine, this);
    m_lastStatus->setBold();
    m_lastTime = new ValueLabel(QStringLiteral("lastTimeLabel"), tr("Last refresh time"),
                                Wrap::OneLine, this);
    auto *lastRefresh = new QHBoxLayout;
    lastRefresh->addWidget(m_lastStatus);
    lastRefresh->addWidget(m_lastTime, 1);
    m_nextRun = new ValueLabel(QStringLiteral("nextRunLabel"), tr("Next scheduled refresh"),
                               Wrap::OneLine, this);
    m_credential = new ValueLabel(QStringLiteral("credentialLabel"), tr("Xero credential"),
                                  Wrap::Sentence, this);
    m_nextRunWarning =
        new ValueLabel(QStringLiteral("nextRunWarningLabel"),
                       tr("Why the next scheduled refresh will fail"), Wrap::Sentence, this);
    m_nextRunWarning->setBold();
    m_nextRunWarning->setVisible(false);
    m_refreshesLeft = new ValueLabel(QStringLiteral("refreshesLeftLabel"),
                                     tr("Refreshes left today"), Wrap::Sentence, this);
    m_diagnosis =
        new ValueLabel(QStringLiteral("diagnosisLabel"), tr("What is wrong"), Wrap::Sentence, this);
    m_diagnosis->setVisible(false);
    m_lastLooked = new ValueLabel(QStringLiteral("lastLookedLabel"),
                                  tr("When the status was last read"), Wrap::Sentence, this);
    m_lastLooked->setForegroundRole(QPalette::PlaceholderText);
    // Until the status is read (or when it cannot be).
    for (QLabel *fact : {m_lastStatus, m_nextRun, m_refreshesLeft})
        fact->setText(QString(QChar(0x2014)));
    m_credential->setText(tr("Xero credential: %1").arg(QChar(0x2014)));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Last refresh:"), lastRefresh);
    facts->addRow(tr("Next scheduled refresh:"), m_nextRun);

    // The one thing most people open the window for: first in the tab order, and the default.
    m_follow = new RefreshFollowPanel(m_runner, this);
    m_follow->refreshButton()->setAutoDefault(true);
    m_follow->refreshButton()->setFocus();
    m_panel = new OperationPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_dataset);
    layout->addLayout(facts);
    // A sentence, not a fact: out of the form, where it can take the lines it needs.
    layout->addWidget(m_credential);
    layout->addWidget(m_nextRunWarning);
    // Under the facts, whole: QuotaText's sentence names what it counts.
    layout->addWidget(m_refreshesLeft);
    layout->addWidget(m_diagnosis);
    layout->addWidget(m_lastLooked);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_follow);
    layout->addStretch(1);
    layout->addLayout(createHandOver());
    layout->addWidget(m_panel);

    connect(m_panel, &OperationPanel::cancelRequested, m_operations, &OperationTracker::cancelAll);
    setTabOrder(m_follow->refreshButton(), m_fixCredentials);
    setTabOrder(m_fixCredentials, m_chooseDataset);
    setTabOrder(m_chooseDataset, m_reload);
    setTabOrder(m_reload, m_about);
    // Wide enough for the facts on one line each, in any font size (200% scaling included).
    // Set on a child: a minimum set on the window itself would stop the layout from giving the
    // window the height its wrapped sentences need.
    m_follow->refreshButton()->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

// Fix credentials... and Choose another dataset... hand over to the wizard; About (and F1, the
// desktop's key for help) shows version, licence and links, and stays usable while a refresh
// runs.
QLayout *StatusWindow::createHandOver()
{
    m_fixCredentials = new QPushButton(tr("&Fix credentials..."), this);
    m_fixCredentials->setObjectName(QStringLiteral("fixCredentialsButton"));
    m_fixCredentials->setAccessibleName(tr("Fix the Xero credentials in the repair wizard"));
    m_chooseDataset = new QPushButton(tr("&Choose another dataset..."), this);
    m_chooseDataset->setObjectName(QStringLiteral("chooseDatasetButton"));
    m_chooseDataset->setAccessibleName(tr("Choose another dataset in the repair wizard"));
    // Reload, and F5 as in a browser: what Power BI says now, without waiting for the next look.
    m_reload = new QPushButton(tr("R&eload"), this);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setAccessibleName(tr("Read the refresh status again"));
    m_reload->setToolTip(tr("Read the refresh status again (F5)"));
    auto *reloadKey = new QShortcut(QKeySequence::Refresh, this);
    connect(reloadKey, &QShortcut::activated, this, &StatusWindow::reloadWhenIdle);
    connect(m_reload, &QPushButton::clicked, this, &StatusWindow::reload);
    m_about = new QPushButton(tr("&About"), this);
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_about->setAccessibleName(tr("About Xero Refresh Assistant"));
    auto *aboutKey = new QShortcut(QKeySequence::HelpContents, this);
    connect(aboutKey, &QShortcut::activated, m_about, &QPushButton::click);
    connect(m_fixCredentials, &QPushButton::clicked, this, &StatusWindow::fixCredentialsRequested);
    connect(m_chooseDataset, &QPushButton::clicked, this, &StatusWindow::chooseDatasetRequested);
    connect(m_about, &QPushButton::clicked, this, [this] { AboutDialog::showOver(this); });

    auto *handOver = new QHBoxLayout;
    handOver->addWidget(m_fixCredentials);
    handOver->addStretch(1);
    handOver->addWidget(m_chooseDataset);
    handOver->addWidget(m_reload);
    handOver->addWidget(m_about);
    return handOver;
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

void StatusWindow::showSigningIn(const QString &account)
{
    m_dataset->setText(m_chosen->choice().displayName());
    startWork(tr("Signing in to Power BI as %1…").arg(account), [this] { reload(); });
}

// After a refresh that failed to start: the counts as Power BI now has them, without hiding
// the sentence that says what went wrong.
void StatusWindow::recount()
{
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (status && !m_working)
            showStatus(status.value());
    });
}

void StatusWindow::setReloadInterval(std::chrono::milliseconds interval)
{
    m_reloadTimer->setInterval(interval);
    if (m_reloadTimer->isActive())
        m_reloadTimer->start();
}

// A look of its own never interrupts what the user started: a refresh being followed, or a
// read already under way.
void StatusWindow::reloadWhenIdle()
{
    if (!m_working && !m_follow->isRunning())
        reload();
}

bool StatusWindow::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        m_reloadTimer->start();
        break;
    case QEvent::Hide:
        m_reloadTimer->stop();
        break;
    case QEvent::WindowActivate:
        if (m_lastLookedAt.isValid() && m_lastLookedAt.secsTo(m_runner->now()) >= 60)
            reloadWhenIdle();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void StatusWindow::refreshNow()
{
    if (!m_working)
        m_follow->start();
}

void StatusWindow::showNotice(const QString &sentence)
{
    m_notice->setText(sentence);
    m_notice->setVisible(!sentence.isEmpty());
}

void StatusWindow::startWork(const QString &sentence, std::function<void()> again)
{
    m_working = true;
    m_panel->showBusy(sentence, std::move(again));
    for (QPushButton *button :
         {m_follow->refreshButton(), m_fixCredentials, m_chooseDataset, m_reload})
        button->setEnabled(false);
}

void StatusWindow::stopWork()
{
    m_working = false;
    m_panel->clear();
    for (QPushButton *button : {m_fixCredentials, m_chooseDataset, m_reload})
        button->setEnabled(true);
    updateRefreshButton();
}

// Power BI would refuse a refresh with none left today: the button says so before it is pressed.
void StatusWindow::updateRefreshButton()
{
    const bool noneLeft = m_refreshesLeftCount && *m_refreshesLeftCount <= 0;
    m_follow->refreshButton()->setEnabled(!m_working && !noneLeft);
    m_follow->refreshButton()->setToolTip(
        noneLeft ? tr("No refresh is left today: see when the next one frees up above.")
                 : QString());
}

void StatusWindow::fail(const ApiError &error)
{
    stopWork();
    m_panel->showError(error, true);
}

void StatusWindow::refreshEnded(const RefreshRun &, const QString &note)
{
    stopWork();
    // Following stopped before the end: Power BI's status has nothing new to tell yet.
    if (!note.isEmpty())
        return m_panel->showNote(note);
    // The status as Power BI now tells it: the new last refresh, one refresh fewer.
    reload();
}

void StatusWindow::showStatus(const DatasetStatus &status)
{
    m_watchPanel->showStatus(status);
    qCInfo(lcBench) << "status window filled";
    m_dataset->setText(status.dataset.isValid() ? status.dataset.displayName()
                                                : m_chosen->choice().displayName());
    showLastRefresh(status);
    m_nextRun->setText(ScheduleText::nextRun(status.schedule, m_runner->now()));
    m_credential->setText(tr("Xero credential: %1").arg(status.credential.sentence()));
    // Said before it happens, in red: what the next scheduled refresh is going to do.
    const QString warning = status.verdict.nextRefreshWarning;
    m_nextRunWarning->setText(warning);
    m_nextRunWarning->setTextColour(
        warning.isEmpty() ? QColor() : RefreshPresentation::failedColor(palette()));
    m_nextRunWarning->setVisible(!warning.isEmpty());
    m_refreshesLeftCount = status.quota.refreshesLeftToday();
    m_refreshesLeft->setText(
        QuotaText::sentence(status.quota.refreshesLeftToday(), status.quota.nextFreeAt()));
    updateRefreshButton();
    m_lastLookedAt = m_runner->now();
    m_lastLooked->setText(
        tr("Status read at %1. It is read again every %n minute(s) while this "
           "window is open, and with Reload (F5).",
           nullptr, static_cast<int>(defaultReloadInterval.count()))
            .arg(QLocale().toString(m_lastLookedAt.toLocalTime().time(), QLocale::ShortFormat)));
    const bool wrong = !status.diagnoses.isEmpty();
    m_diagnosis->setText(wrong ? status.diagnoses.constFirst().explanation() : QString());
    m_diagnosis->setVisible(wrong);
    growToFitSentences();
}

// A window does not grow by itself when its sentences take more lines than when it was first
// shown (Qt sets its minimum from their unwrapped sizes, and squeezes them): it grows here, never
// past the screen, and never shrinks under the user.
void StatusWindow::growToFitSentences()
{
    const int needed = heightForWidth(width());
    if (needed <= height())
        return;
    const int screenHeight = screen() ? screen()->availableGeometry().height() : needed;
    resize(width(), std::min(needed, screenHeight));
}

void StatusWindow::showLastRefresh(const DatasetStatus &status)
{
    const std::optional<Refresh> last = status.lastRefresh();
    if (!last) {
        m_lastStatus->setText(tr("No refresh yet"));
        m_lastStatus->setTextColour({});
        m_lastTime->clear();
        return;
    }
    m_lastStatus->setText(RefreshPresentation::statusText(*last));
    m_lastStatus->setTextColour(RefreshPresentation::statusColor(*last, palette()));
    const QDateTime when = last->endTime().isValid() ? last->endTime() : last->startTime();
    m_lastTime->setText(RefreshPresentation::localTime(when));
}
