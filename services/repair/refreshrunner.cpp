#include "refreshrunner.h"

#include "chosendataset.h"
#include "chosenorganisation.h"
#include "credentialrecords.h"
#include "diagnosiscatalogue.h"
#include "operationtracker.h"
#include "powerbicaller.h"
#include "refreshquota.h"

#include <QLoggingCategory>
#include <QTime>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRefreshRunner, "xra.refresh")

namespace {
// A look at the history that failed for a reason another look may not have: the refresh goes
// on in Power BI whatever the answer, so following goes on (until its deadline). The sign-in
// and permissions, which looking again cannot mend, a cancel, and a wait asked for that is
// longer than the transport waits out (Throttled: said with its length) end it.
bool worthLookingAgain(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500 || error.httpStatus() == 429;
    case ApiError::Kind::Throttled:
    case ApiError::Kind::TokenExpired:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::KeychainUnavailable:
        break;
    }
    return false;
}
} // namespace

struct RefreshRunner::Follow
{
    RefreshRun run;
    DatasetRef dataset;
    QDateTime deadline;
    std::chrono::milliseconds interval{0};
    Callback<RefreshRun> done;
};

RefreshRunner::RefreshRunner(PowerBiCaller *powerBi, OperationTracker *operations,
                             ChosenDataset *chosen, CredentialPush *push,
                             ChosenOrganisation *organisation, CredentialRecords *records,
                             QObject *parent)
    : QObject(parent)
    , m_powerBi(powerBi)
    , m_operations(operations)
    , m_chosen(chosen)
    , m_push(push)
    , m_organisation(organisation)
    , m_records(records)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &RefreshRunner::pollRefresh);
    connect(push, &CredentialPush::stepStarted, this, &RefreshRunner::tellPushStep);
    connect(operations, &OperationTracker::cancelled, this, &RefreshRunner::stop);
}

RefreshRunner::~RefreshRunner() = default;

void RefreshRunner::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstPollInterval = first;
    m_maxPollInterval = std::max(first, max);
}

void RefreshRunner::stop()
{
    // The pushes under way lose their context: they stop and nothing of them comes back.
    delete m_pushContext;
    m_pushContext = nullptr;
    m_pollTimer->stop();
    m_follow.reset();
}

// ---- the credential push --------------------------------------------------------------------

void RefreshRunner::pushCredentials(QObject *context, Callback<bool> done)
{
    m_operations->run<bool>(context, std::move(done), [this](Callback<bool> finish) {
        if (!m_chosen->isChosen())
            return finish(ChosenDataset::noneChosenError());
        pushXeroCredentials(finish);
    });
}

QObject *RefreshRunner::pushContext()
{
    if (!m_pushContext)
        m_pushContext = new QObject(this);
    return m_pushContext;
}

void RefreshRunner::tellPushStep(CredentialPush::Step step, QObject *pushContext)
{
    // The push may serve others too: only this runner's pushes are told.
    if (!pushContext || pushContext != m_pushContext)
        return;
    m_operations->tell(pushStepSentence(step));
}

QString RefreshRunner::pushStepSentence(CredentialPush::Step step)
{
    switch (step) {
    case CredentialPush::Step::FindingXeroDatasources:
        return tr("Finding the dataset's Xero data source…");
    case CredentialPush::Step::GettingXeroToken:
        return tr("Getting a fresh Xero sign-in…");
    case CredentialPush::Step::SettingCredentials:
        break;
    }
    return tr("Giving Power BI the new Xero credentials…");
}

void RefreshRunner::pushXeroCredentials(Callback<bool> done)
{
    const QString tenantId = m_organisation->tenantId();
    if (!m_push || tenantId.isEmpty()) {
        qCInfo(lcRefreshRunner) << "no Xero sign-in stored: nothing to push";
        return done(false);
    }
    m_push->push(
        m_chosen->choice().dataset, m_chosen->pickedXeroSource(), tenantId, pushContext(),
        [guard = m_operations->guard(this), this, tenantId, done](Result<Datasource> pushed) {
            // Nothing given to Power BI: said as such, never as a repair.
            if (!pushed && pushed.error().code() == XeroSourceChoice::notChosenCode()) {
                qCInfo(lcRefreshRunner) << "no Xero data source chosen: nothing pushed";
                return done(false);
            }
            if (!pushed)
                return done(pushed.error());
            if (!guard.isCurrent())
                return done(guard.cancelledError());
            qCInfo(lcRefreshRunner)
                << "Xero credential pushed onto data source" << pushed.value().key();
            recordPush(pushed.value(), tenantId);
            done(true);
        });
}

// What Power BI now holds, as a fact for later: an access token alone, which dies with it.
void RefreshRunner::recordPush(const Datasource &datasource, const QString &tenantId)
{
    CredentialRecord record;
    record.kind = CredentialRecord::Kind::Temporary;
    record.at = m_clock();
    record.expiresAt = m_push->pushedCredentialExpiresAt(tenantId);
    m_records->keep(datasource.key(), record);
    // The source the repair now works on, so that Refresh now later renews this credential.
    if (m_chosen->pickedXeroSource() != datasource.key())
        m_chosen->pickXeroSource(datasource);
}

// ---- starting a refresh ---------------------------------------------------------------------

void RefreshRunner::startRefresh(QObject *context, Callback<RefreshRun> done)
{
    m_operations->run<RefreshRun>(context, std::move(done), [this](Callback<RefreshRun> finish) {
        if (!m_chosen->isChosen())
            return finish(ChosenDataset::noneChosenError());
        const QDateTime requestedAt = m_clock();
        if (!keepsTemporaryCredential())
            return postRefresh(false, requestedAt, finish);
        pushXeroCredentials(
            m_operations->guard(this).then<bool>(finish, [this, requestedAt, finish](bool pushed) {
                postRefresh(pushed, requestedAt, finish);
            }));
    });
}

// Refresh now renews a temporary credential the user chose to push before, and only that: a
// push replaces what Power BI holds, and a lasting credential (or one this program never saw)
// must not be replaced by one that dies in 30 minutes.
bool RefreshRunner::keepsTemporaryCredential() const
{
    const std::optional<CredentialRecord> record = m_records->find(m_chosen->pickedXeroSource());
    return record && record->kind == CredentialRecord::Kind::Temporary;
}

void RefreshRunner::postRefresh(bool credentialsPushed, const QDateTime &requestedAt,
                                Callback<RefreshRun> done)
{
    m_operations->tell(tr("Starting the refresh…"));
    const QString notifyOption = m_powerBi->isServicePrincipal() ? QStringLiteral("NoNotification")
                                                                 : QStringLiteral("MailOnFailure");
    const DatasetRef ref = m_chosen->choice().ref();
    m_powerBi->call<RefreshStart>(
        [ref, notifyOption](PowerBiClient &client, QObject *context,
                            Callback<RefreshStart> answer) {
            client.refreshNow(ref, notifyOption, context, answer);
        },
        [guard = m_operations->guard(this), this, credentialsPushed, requestedAt,
         done](Result<RefreshStart> start) {
            if (!start && guard.isCurrent() &&
                DiagnosisCatalogue::isDailyLimitRefusal(start.error()))
                return explainDailyLimit(start.error(), done);
            if (!start)
                return done(start.error());
            RefreshRun run;
            run.credentialsPushed = credentialsPushed;
            run.start = start.value();
            run.requestedAt = requestedAt;
            done(run);
        });
}

// Power BI's refusal is an English sentence with no time in it: said in the user's language,
// with when a refresh frees up, from the history as Power BI has it now (refreshes started
// elsewhere count too).
void RefreshRunner::explainDailyLimit(const ApiError &refusal, Callback<RefreshRun> done)
{
    const DatasetRef ref = m_chosen->choice().ref();
    m_powerBi->call<QList<Refresh>>(
        [ref](PowerBiClient &client, QObject *context, Callback<QList<Refresh>> answer) {
            client.refreshHistory(ref, 0, context, answer);
        },
        [this, refusal, done](Result<QList<Refresh>> history) {
            const QDateTime nextFreeAt =
                history ? RefreshQuota::count(history.value(), false, m_clock()).nextFreeAt()
                        : QDateTime();
            done(refusal.withExplanation(tr("Power BI refused to start the refresh.") +
                                         QLatin1Char(' ') +
                                         RefreshQuota::limitReachedSentence(nextFreeAt)));
        });
}

// ---- following it ---------------------------------------------------------------------------

void RefreshRunner::followRefresh(const RefreshRun &run, std::chrono::seconds timeout,
                                  QObject *context, Callback<RefreshRun> done)
{
    m_operations->run<RefreshRun>(
        context, std::move(done), [this, run, timeout](Callback<RefreshRun> finish) {
            if (!m_chosen->isChosen())
                return finish(ChosenDataset::noneChosenError());
            if (m_follow)
                return finish(ApiError::http(ApiError::Service::PowerBi, 0,
                                             QStringLiteral("AlreadyFollowing"),
                                             tr("A refresh is already being followed.")));
            m_follow = std::make_unique<Follow>();
            m_follow->run = run;
            if (!m_follow->run.requestedAt.isValid())
                m_follow->run.requestedAt = m_clock();
            m_follow->dataset = m_chosen->choice().ref();
            m_follow->deadline = m_clock().addSecs(timeout.count());
            m_follow->interval = m_firstPollInterval;
            m_follow->done = finish;
            m_operations->tell(tr("Waiting for the refresh to end…"));
            m_pollTimer->start(0);
        });
}

void RefreshRunner::pollRefresh()
{
    if (!m_follow)
        return;
    const DatasetRef ref = m_follow->dataset;
    const RefreshStart start = m_follow->run.start;
    m_powerBi->call<std::optional<Refresh>>(
        [ref, start](PowerBiClient &client, QObject *context,
                     Callback<std::optional<Refresh>> answer) {
            client.findRefresh(ref, start, context, answer);
        },
        [guard = m_operations->guard(this), this](Result<std::optional<Refresh>> found) {
            if (guard.isCurrent() && m_follow)
                takeLook(found);
        });
}

void RefreshRunner::takeLook(const Result<std::optional<Refresh>> &found)
{
    Follow &follow = *m_follow;
    const QDateTime now = m_clock();
    follow.run.elapsedSeconds = follow.run.requestedAt.secsTo(now);
    if (!found) {
        if (!worthLookingAgain(found.error()))
            return finishFollow(found.error());
        if (now >= follow.deadline) {
            follow.run.timedOut = true;
            return finishFollow(follow.run);
        }
        qCInfo(lcRefreshRunner) << "the history could not be read while following the refresh"
                                << found.error().technicalDetails().simplified()
                                << ": looking again";
        m_operations->tell(
            tr("The refresh was started and is still running in Power BI; its progress could "
               "not be read just now (%1). Looking again…")
                .arg(found.error().plainSentence()));
        return scheduleNextPoll();
    }
    if (found.value())
        follow.run.refresh = *found.value();
    emit refreshUpdated(follow.run);
    if (follow.run.hasEnded())
        return finishFollow(follow.run);
    if (now >= follow.deadline) {
        follow.run.timedOut = true;
        return finishFollow(follow.run);
    }
    m_operations->tell(tr("The refresh is running (%1 so far)…")
                           .arg(QTime(0, 0)
                                    .addSecs(static_cast<int>(follow.run.elapsedSeconds))
                                    .toString(QStringLiteral("mm:ss"))));
    scheduleNextPoll();
}

// Backs off, doubling up to the maximum.
void RefreshRunner::scheduleNextPoll()
{
    m_pollTimer->start(m_follow->interval);
    m_follow->interval = std::min(m_follow->interval * 2, m_maxPollInterval);
}

void RefreshRunner::finishFollow(Result<RefreshRun> result)
{
    const Callback<RefreshRun> done = m_follow->done;
    m_follow.reset();
    m_pollTimer->stop();
    done(std::move(result));
}
