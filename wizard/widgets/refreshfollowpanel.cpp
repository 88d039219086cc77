#include "refreshfollowpanel.h"

#include "instantbutton.h"
#include "refreshexplanation.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "valuelabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RefreshFollowPanel::RefreshFollowPanel(RefreshRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_ticker(new QTimer(this))
{
    // The one thing most people come for: large.
    m_refreshNow = new InstantButton(tr("&Refresh now"), this);
    m_refreshNow->setObjectName(QStringLiteral("refreshNowButton"));
    m_refreshNow->setAccessibleName(tr("Refresh now"));
    m_refreshNow->setAccessibleDescription(
        tr("Gives Power BI a fresh Xero sign-in, starts a refresh and follows it to its end"));
    QFont large = m_refreshNow->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_refreshNow->setFont(large);
    m_refreshNow->setMinimumHeight(QFontMetrics(large).height() * 2);
    m_refreshNow->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_refreshNow, &QPushButton::clicked, this, &RefreshFollowPanel::start);

    m_details = new QWidget(this);
    m_status = new ValueLabel(QStringLiteral("refreshStatusLabel"), tr("Refresh status"),
                              ValueLabel::Wrap::OneLine, m_details);
    m_status->setBold();
    m_elapsed =
        new ValueLabel(QStringLiteral("refreshElapsedLabel"), tr("Time the refresh has taken"),
                       ValueLabel::Wrap::Sentence, m_details);
    m_result = new ValueLabel(QStringLiteral("refreshResultLabel"), tr("What the result means"),
                              ValueLabel::Wrap::Sentence, m_details);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status);
    statusLine->addWidget(m_elapsed, 1);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(statusLine);
    details->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refreshNow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_details);

    // Only the elapsed time moves each second; the history is read at the runner's own pace.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &RefreshFollowPanel::tick);
    connect(m_runner, &RefreshRunner::refreshUpdated, this, [this](const RefreshRun &run) {
        if (m_following)
            showRunning(run);
    });
    clear();
}

void RefreshFollowPanel::clear()
{
    m_run.reset();
    m_resumable = false;
    m_running = false;
    m_following = false;
    m_ticker->stop();
    showStatus({});
    m_elapsed->clear();
    m_result->clear();
    m_details->setVisible(false);
}

void RefreshFollowPanel::start()
{
    if (m_running)
        return;
    // Power BI accepted a refresh that was not seen to end: look at it again rather than ask for
    // another, which would spend one of the day's refreshes (or be refused while it runs).
    if (m_resumable && m_run && !m_run->hasEnded()) {
        m_resumable = false;
        m_running = true;
        return follow(*m_run);
    }
    clear();
    m_running = true;
    emit working(tr("Giving Power BI a fresh Xero sign-in and starting the refresh…"));
    m_runner->startRefresh(this, [this](Result<RefreshRun> started) {
        if (!m_running) // cleared meanwhile: the host no longer waits for it
            return;
        if (started)
            return follow(started.value());
        m_running = false;
        emit failed(started.error());
    });
}

void RefreshFollowPanel::follow(const RefreshRun &run)
{
    m_following = true;
    emit working(tr("The refresh is running…"));
    showRunning(run);
    m_ticker->start();
    m_runner->followRefresh(run, RefreshRunner::defaultFollowTime, this,
                            [this](Result<RefreshRun> result) { followed(result); });
}

void RefreshFollowPanel::followed(const Result<RefreshRun> &result)
{
    if (!m_following) // cleared meanwhile
        return;
    m_running = false;
    m_following = false;
    m_ticker->stop();
    m_resumable = !result || result.value().timedOut;
    if (!result && result.error().kind() == ApiError::Kind::Cancelled) {
        emit ended(*m_run, tr("You stopped following the refresh. Power BI may still finish it: "
                              "its result will show in the dataset's refresh history. Refresh "
                              "now looks at it again."));
        return;
    }
    if (!result) {
        emit failed(result.error().withExplanation(
            tr("The refresh was started and is still running in Power BI, but following it "
               "stopped: %1 Retry looks at it again; it does not start another.")
                .arg(result.error().plainSentence())));
        return;
    }
    m_run = result.value();
    showResult(*m_run);
    emit ended(*m_run, {});
}

void RefreshFollowPanel::showRunning(const RefreshRun &run)
{
    m_run = run;
    m_details->setVisible(true);
    if (run.refresh)
        showStatus(RefreshPresentation::statusText(*run.refresh),
                   RefreshPresentation::statusColor(*run.refresh, palette()));
    else
        showStatus(tr("Waiting for Power BI to start the refresh"));
    tick();
}

// On the runner's clock, so that it agrees with the refresh's own times.
void RefreshFollowPanel::tick()
{
    if (!m_run)
        return;
    // From Power BI's own start once it says it: a wait before it (throttling, a queue) is not
    // refresh time.
    const bool started = m_run->refresh && m_run->refresh->startTime().isValid();
    const QDateTime from = started ? m_run->refresh->startTime() : m_run->requestedAt;
    const qint64 seconds = from.secsTo(m_runner->now());
    m_elapsed->setText(tr("Running for %1").arg(RefreshPresentation::duration(seconds)));
}

void RefreshFollowPanel::showResult(const RefreshRun &run)
{
    m_details->setVisible(true);
    if (run.timedOut || !run.refresh) {
        showStatus(tr("Still running"));
        m_elapsed->setText(
            tr("Followed for %1").arg(RefreshPresentation::duration(run.elapsedSeconds)));
        m_result->setText(
            tr("Power BI had not finished the refresh after %n minute(s). It may still finish: "
               "its result will show in the dataset's refresh history.",
               nullptr, static_cast<int>(RefreshRunner::defaultFollowTime.count())));
        return;
    }
    const Refresh &refresh = *run.refresh;
    showStatus(RefreshPresentation::statusText(refresh),
               RefreshPresentation::statusColor(refresh, palette()));
    const qint64 seconds = refresh.startTime().secsTo(refresh.endTime());
    m_elapsed->setText(tr("Ended %1, after %2")
                           .arg(RefreshPresentation::localTime(refresh.endTime()),
                                RefreshPresentation::duration(seconds)));
    m_result->setText(RefreshExplanation::sentence(refresh));
}

void RefreshFollowPanel::showStatus(const QString &text, const QColor &colour)
{
    m_status->setText(text);
    m_status->setTextColour(colour);
}
