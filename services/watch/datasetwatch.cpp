#include "datasetwatch.h"

#include "desktopnotifier.h"
#include "repairsession.h"
#include "watchcheck.h"
#include "watchmemory.h"
#include "xeroaccount.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDatasetWatch, "xra.watch")

struct DatasetWatch::Run
{
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<WatchReport> done;
    WatchFacts facts;
    WatchReport report;
    // What is told, in order: the new findings, then the end of problems.
    QList<WatchFinding> toTell;
    qsizetype nextToTell = 0;
    bool pushTried = false;
    // What the memory answered, for it to settle once the user was told.
    WatchMemory::News news;
    QList<WatchFinding> delivered;
    bool endTold = false;
};

DatasetWatch::DatasetWatch(RepairSession *session, XeroAccount *xeroAccount,
                           DesktopNotifier *notifier, WatchMemory *memory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_xeroAccount(xeroAccount)
    , m_notifier(notifier)
    , m_memory(memory)
{
    connect(notifier, &DesktopNotifier::actionInvoked, this, &DatasetWatch::onActionInvoked);
    connect(notifier, &DesktopNotifier::closed, this, &DatasetWatch::onClosed);
}

void DatasetWatch::check(QObject *context, Callback<WatchReport> done)
{
    readStatus(startRun(context, std::move(done)));
}

void DatasetWatch::reportCannotCheck(const ApiError &error, QObject *context,
                                     Callback<WatchReport> done)
{
    const std::shared_ptr<Run> run = startRun(context, std::move(done));
    run->facts.cannotCheck = error;
    // The caller hears back after this call returns, as from every asynchronous call.
    QMetaObject::invokeMethod(
        this, [this, run] { conclude(run); }, Qt::QueuedConnection);
}

std::shared_ptr<DatasetWatch::Run> DatasetWatch::startRun(QObject *context,
                                                          Callback<WatchReport> done)
{
    auto run = std::make_shared<Run>();
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    run->facts.now = m_clock();
    run->facts.pushMode = m_memory->mode() == WatchMemory::Mode::NotifyAndPush;
    const QString tenantId = m_session->organisation()->tenantId();
    if (!tenantId.isEmpty())
        run->facts.programGrantExpiresAt = m_xeroAccount->grantExpiresAt(tenantId);
    ++m_telling;
    return run;
}

void DatasetWatch::readStatus(const std::shared_ptr<Run> &run)
{
    m_session->status()->loadStatus(this, [this, run](Result<DatasetStatus> status) {
        if (!status) {
            qCInfo(lcDatasetWatch) << "cannot read the dataset:" << status.error().codeOrKind();
            run->facts.cannotCheck = status.error();
            return conclude(run);
        }
        if (!run->pushTried && pushNeeded(*run, status.value()))
            return pushThenRead(run);
        run->facts.status = status.value();
        conclude(run);
    });
}

// The weaker way the user chose: a fresh temporary credential just before each slot, never over
// one that may last (WatchCheck::pushDue).
bool DatasetWatch::pushNeeded(const Run &run, const DatasetStatus &status) const
{
    return run.facts.pushMode && WatchCheck::pushDue(status, run.facts.now);
}

// The status is read again after the push: what is found is what Power BI holds now.
void DatasetWatch::pushThenRead(const std::shared_ptr<Run> &run)
{
    // Once per run, whatever comes of it: nothing to push is an answer too.
    run->pushTried = true;
    m_session->runner()->pushCredentials(this, [this, run](Result<bool> pushed) {
        if (pushed) {
            run->report.pushed = pushed.value();
            run->facts.pushed = pushed.value();
            run->facts.nothingToPush = !pushed.value();
            qCInfo(lcDatasetWatch) << "credential pushed before the slot:" << pushed.value();
        } else {
            qCWarning(lcDatasetWatch)
                << "push before the slot failed:" << pushed.error().codeOrKind();
            run->report.pushFailure = pushed.error();
            run->facts.pushFailure = pushed.error();
        }
        readStatus(run);
    });
}

void DatasetWatch::conclude(const std::shared_ptr<Run> &run)
{
    WatchReport &report = run->report;
    report.checkedAt = run->facts.now;
    report.status = run->facts.status;
    report.findings = WatchCheck::findings(run->facts);
    const std::optional<DatasetStatus> &status = run->facts.status;
    const QString datasetName = status ? status->dataset.displayName()
                                : m_session->dataset()->isChosen()
                                    ? m_session->dataset()->choice().displayName()
                                    : QString();
    run->news = m_memory->news(report.findings, run->facts, datasetName);
    report.appeared = run->news.appeared;
    report.ended = run->news.ended;
    report.outcome = outcomeOf(report);
    run->toTell = report.appeared + report.ended;
    tellNext(run);
}

// One at a time: the first that cannot be shown stops the others, which stay new for the next
// check (the desktop's service is gone, not one notification).
void DatasetWatch::tellNext(const std::shared_ptr<Run> &run)
{
    if (run->nextToTell >= run->toTell.size())
        return finish(run);
    const WatchFinding finding = run->toTell.at(run->nextToTell++);
    m_notifier->notify(notificationFor(finding), this,
                       [this, run, finding](Result<ShownNotification> shown) {
                           if (!shown) {
                               qCWarning(lcDatasetWatch)
                                   << "notification not shown:" << shown.error().codeOrKind();
                               run->report.notifyError = shown.error();
                               return finish(run);
                           }
                           told(run, finding, shown.value());
                           tellNext(run);
                       });
}

void DatasetWatch::told(const std::shared_ptr<Run> &run, const WatchFinding &finding,
                        const ShownNotification &shown)
{
    qCInfo(lcDatasetWatch) << "told" << finding.key << "as notification" << shown.id;
    ++run->report.notificationsShown;
    run->report.actionsShown = run->report.actionsShown || shown.withActions;
    m_openWhat.insert(shown.id, finding.openWhat);
    m_shown.insert(shown.id);
    if (finding.kind == WatchFinding::Kind::Recovery)
        run->endTold = true;
    else
        run->delivered.append(finding);
}

void DatasetWatch::finish(const std::shared_ptr<Run> &run)
{
    const WatchReport &report = run->report;
    m_memory->remember(run->news, run->delivered,
                       run->endTold ? report.ended : QList<WatchFinding>(), report.checkedAt,
                       report.outcome);
    --m_telling;
    if (run->hasContext && !run->context)
        return;
    // The caller may let the watch go once it has the report.
    const QPointer<DatasetWatch> self(this);
    run->done(report);
    // Every notification may have been closed while the others were still being shown.
    if (self && m_telling == 0 && report.notificationsShown > 0 && m_shown.isEmpty())
        emit allNotificationsClosed();
}

DesktopNotification DatasetWatch::notificationFor(const WatchFinding &finding) const
{
    DesktopNotification notification;
    notification.summary = finding.summary;
    notification.body = finding.body;
    notification.urgent = finding.kind == WatchFinding::Kind::Problem;
    if (finding.kind == WatchFinding::Kind::Recovery) {
        notification.actions = {{QStringLiteral("details"), tr("Details")}};
        return notification;
    }
    notification.actions = {{QStringLiteral("fix"), tr("Fix now")},
                            {QStringLiteral("details"), tr("Details")}};
    notification.withoutButtonsNote = tr("Open Xero Refresh Assistant to fix it.");
    return notification;
}

QString DatasetWatch::outcomeOf(const WatchReport &report)
{
    if (report.findings.isEmpty())
        return report.ended.isEmpty() ? tr("Nothing wrong") : report.ended.constFirst().summary;
    const QString first = report.findings.constFirst().summary;
    const int more = static_cast<int>(report.findings.size()) - 1;
    return more == 0 ? first : tr("%1 (and %n more)", nullptr, more).arg(first);
}

void DatasetWatch::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_openWhat.contains(id))
        return;
    const QString what =
        actionKey == QLatin1String("details") ? QStringLiteral("status") : m_openWhat.value(id);
    qCInfo(lcDatasetWatch) << "action" << actionKey << "on notification" << id << "opens" << what;
    emit openRequested(what);
}

void DatasetWatch::onClosed(uint id)
{
    if (!m_shown.remove(id))
        return;
    if (m_shown.isEmpty() && m_telling == 0)
        emit allNotificationsClosed();
}
