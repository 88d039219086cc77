#include "repairsession.h"

#include "diagnosiscatalogue.h"
#include "refreshexplanation.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcSession, "xra.session")

namespace {

constexpr auto powerBi = ApiError::Service::PowerBi;
// Data source calls run a few at a time: enough to be quick, few enough not to be throttled.
constexpr int datasourceCallsInFlight = 4;
// While following a refresh, a network hiccup is not the end: give up after this many in a row.
constexpr int followFailuresTolerated = 3;

const QString workspaceIdKey = QStringLiteral("dataset/workspaceId");
const QString workspaceNameKey = QStringLiteral("dataset/workspaceName");
const QString datasetIdKey = QStringLiteral("dataset/id");
const QString datasetNameKey = QStringLiteral("dataset/name");

// Errors found before anything is sent still reach the caller later, like every answer.
template<typename T>
void failLater(QObject *context, const Callback<T> &done, const ApiError &error)
{
    QTimer::singleShot(0, context, [done, error] { done(error); });
}

// Runs start(i) for every i in [0, count) with at most `width` in flight; done gets Done when
// all succeeded, or the first error (the others' results are then ignored).
struct Batch
{
    int count = 0;
    int width = 1;
    int next = 0;
    int inFlight = 0;
    bool over = false;
    std::function<void(int, Callback<Done>)> start;
    Callback<Done> done;
};

void launch(const std::shared_ptr<Batch> &batch)
{
    while (!batch->over && batch->inFlight < batch->width && batch->next < batch->count) {
        const int index = batch->next++;
        ++batch->inFlight;
        batch->start(index, [batch](Result<Done> result) {
            if (batch->over)
                return;
            --batch->inFlight;
            if (!result) {
                batch->over = true;
                batch->done(result.error());
            } else if (batch->next >= batch->count && batch->inFlight == 0) {
                batch->over = true;
                batch->done(Done{});
            } else {
                launch(batch);
            }
        });
    }
}

void runBatch(int count, int width, std::function<void(int, Callback<Done>)> start,
              Callback<Done> done)
{
    if (count == 0) {
        done(Done{});
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->count = count;
    batch->width = width;
    batch->start = std::move(start);
    batch->done = std::move(done);
    launch(batch);
}

// "host", or "host:port" when the root names a port (the sandbox on loopback): the form the
// embedded view's navigation policy takes.
QString signInHost(const QUrl &root)
{
    if (root.host().isEmpty())
        return {};
    return root.adjusted(QUrl::RemoveUserInfo).authority();
}

QStringList signInHosts(const QList<QUrl> &roots)
{
    QStringList hosts;
    for (const QUrl &root : roots) {
        const QString host = signInHost(root);
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool newestScheduledRefreshFailed(const QList<Refresh> &history)
{
    for (const Refresh &refresh : history) {
        if (refresh.refreshType() == Refresh::Type::Scheduled)
            return refresh.status() == Refresh::Status::Failed;
    }
    return false;
}

} // namespace

struct RepairSession::Follow
{
    RefreshRun run;
    QDateTime deadline;
    std::chrono::milliseconds interval{0};
    int failuresInARow = 0;
    Callback<RefreshRun> done;
};

RepairSession::RepairSession(PowerBiClient *client, MicrosoftAccount *account, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &RepairSession::pollRefresh);
    if (account) {
        connect(account, &MicrosoftAccount::signedIn, this, [this] { emit signedIn(); });
        connect(account, &MicrosoftAccount::signedOut, this, [this] { emit signedOut(); });
    }
}

RepairSession::~RepairSession()
{
    // Callers are told, rather than left waiting for an answer that will never come.
    cancel();
}

void RepairSession::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstPollInterval = first;
    m_maxPollInterval = std::max(first, max);
}

// ---- the plumbing every operation shares ----------------------------------------------------

template<typename T> Callback<T> RepairSession::track(QObject *context, Callback<T> done)
{
    const quint64 id = ++m_nextOperation;
    auto open = std::make_shared<bool>(true);
    const bool hasContext = context != nullptr;
    QPointer<QObject> alive(context);
    QPointer<RepairSession> self(this);
    Callback<T> finish = [self, id, open, hasContext, alive, done](Result<T> result) {
        if (!*open)
            return;
        *open = false;
        if (self) {
            const bool wasBusy = self->isBusy();
            self->m_cancellers.remove(id);
            self->setBusy(wasBusy);
        }
        if (!hasContext || alive)
            done(std::move(result));
    };
    const bool wasBusy = isBusy();
    m_cancellers.insert(id, [finish] { finish(ApiError::cancelled(powerBi)); });
    setBusy(wasBusy);
    return finish;
}

template<typename T>
void RepairSession::authorised(std::function<void(Callback<T>)> operation, Callback<T> done)
{
    if (!m_account)
        return failLater(this, done, MicrosoftAccount::signInNeededError());
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    // The account renews an expired token once and runs the operation once more.
    m_account->call<T>(
        [self, generation, operation](PowerBiClient &, QObject *, Callback<T> answer) {
            // A step of an operation cancelled meanwhile sends nothing more.
            if (!self || self->m_generation != generation)
                return answer(ApiError::cancelled(powerBi));
            operation(answer);
        },
        this, done);
}

bool RepairSession::isServicePrincipal() const
{
    return m_account && m_account->mode() == MicrosoftAccount::Mode::ServicePrincipal;
}

void RepairSession::setBusy(bool wasBusy)
{
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

ApiError RepairSession::noDatasetSelected()
{
    return ApiError::http(powerBi, 0, QStringLiteral("NoDatasetSelected"),
                          tr("No dataset is chosen yet."));
}

void RepairSession::cancel()
{
    ++m_generation;
    // The pushes under way lose their context: they stop and nothing of them comes back.
    delete m_pushContext;
    m_pushContext = nullptr;
    m_pollTimer->stop();
    m_follow.reset();
    const QList<std::function<void()>> cancellers = m_cancellers.values();
    for (const std::function<void()> &cancelOne : cancellers)
        cancelOne();
    if (m_client)
        m_client->cancel(this);
}

// ---- workspaces, datasets and the choice of one ---------------------------------------------

void RepairSession::loadWorkspaces(QObject *context, Callback<QList<Workspace>> done)
{
    fetchWorkspaces(track(context, std::move(done)));
}

void RepairSession::fetchWorkspaces(Callback<QList<Workspace>> done)
{
    emit progress(tr("Reading the workspaces…"));
    const bool servicePrincipal = isServicePrincipal();
    authorised<QList<Workspace>>(
        [this](Callback<QList<Workspace>> answer) { m_client->listWorkspaces(this, answer); },
        [servicePrincipal, done](Result<QList<Workspace>> workspaces) {
            if (!workspaces)
                return done(workspaces.error());
            QList<Workspace> all = workspaces.value();
            if (!servicePrincipal)
                all.prepend(DatasetChoice::myWorkspace());
            done(all);
        });
}

void RepairSession::loadCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                                  QObject *context, Callback<DatasetCatalogue> done)
{
    fetchCatalogue(workspaces, detectXero, track(context, std::move(done)));
}

void RepairSession::loadFullCatalogue(QObject *context, Callback<DatasetCatalogue> done)
{
    const Callback<DatasetCatalogue> finish = track(context, std::move(done));
    QPointer<RepairSession> self(this);
    fetchWorkspaces([self, finish](Result<QList<Workspace>> workspaces) {
        if (!workspaces)
            return finish(workspaces.error());
        if (!self)
            return finish(ApiError::cancelled(powerBi));
        self->fetchCatalogue(workspaces.value(), true, finish);
    });
}

void RepairSession::fetchCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                                   Callback<DatasetCatalogue> done)
{
    emit progress(tr("Reading the datasets…"));
    auto perWorkspace = std::make_shared<QList<QList<DatasetChoice>>>(workspaces.size());
    QPointer<RepairSession> self(this);
    const auto listOne = [self, workspaces, perWorkspace](int index, Callback<Done> listed) {
        if (!self)
            return listed(ApiError::cancelled(powerBi));
        const Workspace workspace = workspaces.at(index);
        self->authorised<QList<Dataset>>(
            [self, workspace](Callback<QList<Dataset>> answer) {
                self->m_client->listDatasets(workspace.id(), self, answer);
            },
            [workspace, perWorkspace, index, listed](Result<QList<Dataset>> datasets) {
                if (!datasets)
                    return listed(datasets.error());
                for (const Dataset &dataset : datasets.value())
                    (*perWorkspace)[index].append(DatasetChoice{
                        workspace, dataset, DatasetChoice::nameSaysXero(dataset.name())});
                listed(Done{});
            });
    };
    const auto assemble = [workspaces, perWorkspace](const QList<DatasetChoice> &checked) {
        DatasetCatalogue catalogue;
        qsizetype next = 0;
        for (qsizetype i = 0; i < workspaces.size(); ++i) {
            const qsizetype count = perWorkspace->at(i).size();
            catalogue.addGroup(workspaces.at(i), checked.mid(next, count));
            next += count;
        }
        return catalogue;
    };
    runBatch(static_cast<int>(workspaces.size()), datasourceCallsInFlight, listOne,
             [self, detectXero, perWorkspace, assemble, done](Result<Done> listed) {
                 if (!listed)
                     return done(listed.error());
                 QList<DatasetChoice> all;
                 for (const QList<DatasetChoice> &datasets : std::as_const(*perWorkspace))
                     all.append(datasets);
                 if (!detectXero)
                     return done(assemble(all));
                 if (!self)
                     return done(ApiError::cancelled(powerBi));
                 self->detectXeroSources(all,
                                         [assemble, done](Result<QList<DatasetChoice>> checked) {
                                             if (!checked)
                                                 return done(checked.error());
                                             done(assemble(checked.value()));
                                         });
             });
}

void RepairSession::detectXeroSources(QList<DatasetChoice> datasets,
                                      Callback<QList<DatasetChoice>> done)
{
    emit progress(tr("Looking for Xero data sources…"));
    auto checked = std::make_shared<QList<DatasetChoice>>(std::move(datasets));
    QPointer<RepairSession> self(this);
    const auto checkOne = [self, checked](int index, Callback<Done> looked) {
        if (!self)
            return looked(ApiError::cancelled(powerBi));
        if (checked->at(index).isXero)
            return looked(Done{}); // its name says so: no call needed
        const DatasetRef ref = checked->at(index).ref();
        self->authorised<QList<Datasource>>(
            [self, ref](Callback<QList<Datasource>> answer) {
                self->m_client->listDatasources(ref, self, answer);
            },
            [checked, index, looked](Result<QList<Datasource>> sources) {
                if (!sources) {
                    // A dataset whose sources this account may not read is simply not a
                    // candidate; anything else (throttling, network) is a real failure.
                    if (sources.error().kind() != ApiError::Kind::Http)
                        return looked(sources.error());
                    qCInfo(lcSession).noquote()
                        << "data sources unreadable, status" << sources.error().httpStatus();
                    return looked(Done{});
                }
                const QList<Datasource> &list = sources.value();
                (*checked)[index].isXero =
                    std::any_of(list.cbegin(), list.cend(),
                                [](const Datasource &source) { return source.isXero(); });
                looked(Done{});
            });
    };
    runBatch(static_cast<int>(checked->size()), datasourceCallsInFlight, checkOne,
             [checked, done](Result<Done> result) {
                 if (!result)
                     return done(result.error());
                 done(*checked);
             });
}

void RepairSession::selectDataset(const DatasetSpec &spec, QObject *context,
                                  Callback<DatasetSelection> done)
{
    const Callback<DatasetSelection> finish = track(context, std::move(done));
    QPointer<RepairSession> self(this);
    fetchWorkspaces([self, spec, finish](Result<QList<Workspace>> workspaces) {
        if (!workspaces)
            return finish(workspaces.error());
        if (!self)
            return finish(ApiError::cancelled(powerBi));
        QList<Workspace> considered = workspaces.value();
        if (!spec.workspace.isEmpty()) {
            considered = DatasetCatalogue::matchWorkspaces(considered, spec.workspace);
            if (considered.isEmpty())
                return finish(DatasetSelection::notFound(
                    tr("No workspace has the id or name \"%1\" among those this account can see.")
                        .arg(spec.workspace)));
            if (considered.size() > 1)
                return finish(DatasetSelection::ambiguous(
                    tr("Several workspaces are called \"%1\": use the workspace's id.")
                        .arg(spec.workspace),
                    {}));
        }
        self->resolveSelection(spec, considered, finish);
    });
}

void RepairSession::resolveSelection(const DatasetSpec &spec, const QList<Workspace> &workspaces,
                                     Callback<DatasetSelection> done)
{
    QPointer<RepairSession> self(this);
    fetchCatalogue(workspaces, false, [self, spec, done](Result<DatasetCatalogue> catalogue) {
        if (!catalogue)
            return done(catalogue.error());
        if (!self)
            return done(ApiError::cancelled(powerBi));
        const auto selectIfFound = [self, done](const DatasetSelection &selection) {
            if (selection.isFound() && self)
                self->select(selection.choice);
            done(selection);
        };
        if (!spec.dataset.isEmpty())
            return selectIfFound(catalogue.value().selectByIdOrName(spec.dataset));
        if (const std::optional<DatasetRef> remembered = self->remembered()) {
            if (const auto choice = catalogue.value().find(*remembered))
                return selectIfFound(DatasetSelection::found(*choice));
            qCInfo(lcSession) << "the remembered dataset is gone: looking for a Xero dataset";
        }
        self->detectXeroSources(catalogue.value().allDatasets(),
                                [selectIfFound, done](Result<QList<DatasetChoice>> checked) {
                                    if (!checked)
                                        return done(checked.error());
                                    selectIfFound(
                                        DatasetCatalogue::onlyXeroCandidate(checked.value()));
                                });
    });
}

void RepairSession::select(const DatasetChoice &choice)
{
    m_selected = choice;
    emit selectionChanged(choice);
}

QUrl RepairSession::selectedDatasetSettingsPage() const
{
    return m_endpoints.datasetSettingsPage(m_selected.workspace.id(), m_selected.dataset.id());
}

void RepairSession::rememberSelected()
{
    if (!m_settings || !m_selected.isValid())
        return;
    m_settings->setValue(workspaceIdKey, m_selected.workspace.id());
    m_settings->setValue(workspaceNameKey, m_selected.workspace.name());
    m_settings->setValue(datasetIdKey, m_selected.dataset.id());
    m_settings->setValue(datasetNameKey, m_selected.dataset.name());
}

std::optional<DatasetRef> RepairSession::remembered() const
{
    if (!m_settings)
        return std::nullopt;
    const QString datasetId = m_settings->value(datasetIdKey).toString();
    if (datasetId.isEmpty())
        return std::nullopt;
    return DatasetRef(m_settings->value(workspaceIdKey).toString(), datasetId);
}

// ---- status, history and schedule of the selected dataset -----------------------------------

void RepairSession::loadStatus(QObject *context, Callback<DatasetStatus> done)
{
    const Callback<DatasetStatus> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    emit progress(tr("Reading the refresh history, schedule and data sources…"));
    struct Parts
    {
        QList<Refresh> history;
        RefreshSchedule schedule;
        QList<Datasource> datasources;
        Dataset dataset;
    };
    auto parts = std::make_shared<Parts>();
    const DatasetRef ref = m_selected.ref();
    QPointer<RepairSession> self(this);
    // The four reads are independent: ask for them together. The dataset itself is read again
    // because its owner may have changed elsewhere (a take-over in the web page) since it was
    // listed, and whether the signed-in user owns it decides what the user is told.
    const auto readOne = [self, ref, parts](int index, Callback<Done> read) {
        if (!self)
            return read(ApiError::cancelled(powerBi));
        const auto store = [read](auto assign) {
            return [read, assign](auto result) {
                if (!result)
                    return read(result.error());
                assign(result.value());
                read(Done{});
            };
        };
        switch (index) {
        case 0:
            return self->authorised<QList<Refresh>>(
                [self, ref](Callback<QList<Refresh>> answer) {
                    self->m_client->refreshHistory(ref, 0, self, answer);
                },
                store([parts](const QList<Refresh> &history) { parts->history = history; }));
        case 1:
            return self->authorised<RefreshSchedule>(
                [self, ref](Callback<RefreshSchedule> answer) {
                    self->m_client->refreshSchedule(ref, self, answer);
                },
                store([parts](const RefreshSchedule &schedule) { parts->schedule = schedule; }));
        case 2:
            return self->authorised<QList<Datasource>>(
                [self, ref](Callback<QList<Datasource>> answer) {
                    self->m_client->listDatasources(ref, self, answer);
                },
                store([parts](const QList<Datasource> &sources) { parts->datasources = sources; }));
        default:
            return self->authorised<Dataset>(
                [self, ref](Callback<Dataset> answer) {
                    self->m_client->getDataset(ref, self, answer);
                },
                store([parts](const Dataset &dataset) { parts->dataset = dataset; }));
        }
    };
    runBatch(4, 4, readOne, [self, ref, parts, finish](Result<Done> read) {
        if (!read)
            return finish(read.error());
        if (!self)
            return finish(ApiError::cancelled(powerBi));
        self->refreshSelectedDataset(ref, parts->dataset);
        finish(self->composeStatus(parts->history, parts->schedule, parts->datasources));
    });
}

void RepairSession::refreshSelectedDataset(const DatasetRef &ref, const Dataset &dataset)
{
    // Another dataset may have been selected while this one was read: keep that choice.
    if (m_selected.ref().workspaceId() != ref.workspaceId() ||
        m_selected.ref().datasetId() != ref.datasetId())
        return;
    const bool ownerChanged = m_selected.dataset.configuredBy() != dataset.configuredBy();
    m_selected.dataset = dataset;
    if (ownerChanged)
        emit selectionChanged(m_selected);
}

DatasetStatus RepairSession::composeStatus(const QList<Refresh> &history,
                                           const RefreshSchedule &schedule,
                                           const QList<Datasource> &datasources) const
{
    DatasetStatus status;
    status.dataset = m_selected;
    status.history = history;
    status.schedule = schedule;
    status.datasources = datasources;
    status.quota =
        RefreshQuota::count(history, m_selected.workspace.isOnDedicatedCapacity(), m_clock());
    status.scheduleSwitchedOffAfterFailures =
        !schedule.isEnabled() && newestScheduledRefreshFailed(history);
    // A service principal's name is its client id: whether it owns the dataset is the
    // service's to say.
    const QString account = m_account && m_account->mode() == MicrosoftAccount::Mode::User
                                ? m_account->accountName()
                                : QString();
    status.signedInUserIsOwner =
        account.isEmpty() || sameText(account, m_selected.dataset.configuredBy());

    if (const std::optional<Refresh> last = status.lastRefresh()) {
        if (const std::optional<Diagnosis> failure = RefreshExplanation::diagnosis(*last))
            status.diagnoses.append(*failure);
    }
    if (status.scheduleSwitchedOffAfterFailures)
        status.diagnoses.append(DiagnosisCatalogue::forScheduleSwitchedOff());
    if (!status.signedInUserIsOwner)
        status.diagnoses.append(DiagnosisCatalogue::forNotOwner(m_selected.dataset.configuredBy()));
    return status;
}

void RepairSession::loadHistory(int top, QObject *context, Callback<QList<Refresh>> done)
{
    const Callback<QList<Refresh>> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    emit progress(tr("Reading the refresh history…"));
    const DatasetRef ref = m_selected.ref();
    authorised<QList<Refresh>>(
        [this, ref, top](Callback<QList<Refresh>> answer) {
            m_client->refreshHistory(ref, top, this, answer);
        },
        finish);
}

void RepairSession::loadSchedule(QObject *context, Callback<RefreshSchedule> done)
{
    const Callback<RefreshSchedule> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    emit progress(tr("Reading the refresh schedule…"));
    const DatasetRef ref = m_selected.ref();
    authorised<RefreshSchedule>(
        [this, ref](Callback<RefreshSchedule> answer) {
            m_client->refreshSchedule(ref, this, answer);
        },
        finish);
}

QList<RefreshScheduleChange::Issue>
RepairSession::checkScheduleChange(const RefreshScheduleChange &change) const
{
    return change.validate(m_selected.capacity());
}

void RepairSession::changeSchedule(RefreshScheduleChange change, QObject *context,
                                   Callback<RefreshSchedule> done)
{
    const Callback<RefreshSchedule> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    // The service refuses any other option from a service principal. A request that only
    // switches the schedule off must change nothing else, so it is left alone.
    const bool onlyDisables = change.enabled() == std::optional<bool>(false);
    if (isServicePrincipal() && !onlyDisables)
        change.setNotifyOption(QStringLiteral("NoNotification"));
    const QList<RefreshScheduleChange::Issue> issues = checkScheduleChange(change);
    if (!issues.isEmpty()) {
        QStringList sentences;
        for (const RefreshScheduleChange::Issue &issue : issues)
            sentences.append(issue.sentence());
        return failLater(this, finish,
                         ApiError::http(powerBi, 0, QStringLiteral("InvalidScheduleChange"),
                                        sentences.join(QLatin1Char(' '))));
    }
    emit progress(tr("Changing the refresh schedule…"));
    const DatasetRef ref = m_selected.ref();
    authorised<RefreshSchedule>(
        [this, ref, change](Callback<RefreshSchedule> answer) {
            m_client->updateRefreshSchedule(ref, change, this, answer);
        },
        finish);
}

// ---- owner and credentials -----------------------------------------------------------------

void RepairSession::takeOver(QObject *context, Callback<Done> done)
{
    const Callback<Done> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    emit progress(tr("Taking the dataset over…"));
    const DatasetRef ref = m_selected.ref();
    QPointer<RepairSession> self(this);
    authorised<Done>(
        [self, ref](Callback<Done> answer) { self->m_client->takeOver(ref, self, answer); },
        [self, finish](Result<Done> taken) {
            if (taken && self)
                self->noteNewOwner();
            finish(taken);
        });
}

void RepairSession::noteNewOwner()
{
    // The service answers with an empty body: the owner is now whoever is signed in.
    QJsonObject dataset{
        {QStringLiteral("id"), m_selected.dataset.id()},
        {QStringLiteral("name"), m_selected.dataset.name()},
        {QStringLiteral("configuredBy"), m_account ? m_account->accountName() : QString()}};
    const Result<Dataset> owned = Dataset::fromJson(dataset, m_selected.workspace.id());
    if (owned)
        m_selected.dataset = owned.value();
    emit selectionChanged(m_selected);
}

void RepairSession::pushCredentials(QObject *context, Callback<bool> done)
{
    const Callback<bool> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    pushXeroCredentials(finish);
}

// ---- refresh now ----------------------------------------------------------------------------

void RepairSession::startRefresh(QObject *context, Callback<RefreshRun> done)
{
    const Callback<RefreshRun> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    QPointer<RepairSession> self(this);
    const QDateTime requestedAt = m_clock();
    const quint64 generation = m_generation;
    pushXeroCredentials([self, generation, requestedAt, finish](Result<bool> pushed) {
        if (!pushed)
            return finish(pushed.error());
        if (!self || self->m_generation != generation)
            return finish(ApiError::cancelled(powerBi));
        self->postRefresh(pushed.value(), requestedAt, finish);
    });
}

void RepairSession::setCredentialPush(CredentialPush *push, const QString &xeroTenantId)
{
    disconnect(m_pushSteps);
    m_credentialPush = push;
    m_xeroTenantId = xeroTenantId;
    if (push)
        m_pushSteps =
            connect(push, &CredentialPush::stepStarted, this, &RepairSession::tellPushStep);
}

QObject *RepairSession::pushContext()
{
    if (!m_pushContext)
        m_pushContext = new QObject(this);
    return m_pushContext;
}

void RepairSession::tellPushStep(CredentialPush::Step step, QObject *pushContext)
{
    // The push may serve others too: only this session's pushes are told.
    if (!pushContext || pushContext != m_pushContext)
        return;
    emit progress(pushStepSentence(step));
}

QString RepairSession::pushStepSentence(CredentialPush::Step step)
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

void RepairSession::pushXeroCredentials(Callback<bool> done)
{
    if (!m_credentialPush || m_xeroTenantId.isEmpty()) {
        qCInfo(lcSession) << "no Xero sign-in stored: nothing to push";
        QTimer::singleShot(0, this, [done] { done(false); });
        return;
    }
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    m_credentialPush->pushAll(
        m_selected.dataset, m_xeroTenantId, pushContext(),
        [self, generation, done](Result<QList<Datasource>> pushed) {
            if (!pushed && CredentialPush::isNoXeroDatasource(pushed.error())) {
                qCInfo(lcSession) << "the dataset has no Xero data source: nothing to push";
                return done(false);
            }
            if (!pushed)
                return done(pushed.error());
            if (!self || self->m_generation != generation)
                return done(ApiError::cancelled(powerBi));
            qCInfo(lcSession) << "Xero credentials pushed onto" << pushed.value().size()
                              << "data source(s)";
            done(true);
        });
}

void RepairSession::postRefresh(bool credentialsPushed, const QDateTime &requestedAt,
                                Callback<RefreshRun> done)
{
    emit progress(tr("Starting the refresh…"));
    const QString notifyOption =
        isServicePrincipal() ? QStringLiteral("NoNotification") : QStringLiteral("MailOnFailure");
    const DatasetRef ref = m_selected.ref();
    QPointer<RepairSession> self(this);
    authorised<RefreshStart>(
        [self, ref, notifyOption](Callback<RefreshStart> answer) {
            self->m_client->refreshNow(ref, notifyOption, self, answer);
        },
        [credentialsPushed, requestedAt, done](Result<RefreshStart> start) {
            if (!start)
                return done(start.error());
            RefreshRun run;
            run.credentialsPushed = credentialsPushed;
            run.start = start.value();
            run.requestedAt = requestedAt;
            done(run);
        });
}

void RepairSession::followRefresh(const RefreshRun &run, std::chrono::seconds timeout,
                                  QObject *context, Callback<RefreshRun> done)
{
    const Callback<RefreshRun> finish = track(context, std::move(done));
    if (!m_selected.isValid())
        return failLater(this, finish, noDatasetSelected());
    if (m_follow)
        return failLater(this, finish,
                         ApiError::http(powerBi, 0, QStringLiteral("AlreadyFollowing"),
                                        tr("A refresh is already being followed.")));
    m_follow = std::make_unique<Follow>();
    m_follow->run = run;
    if (!m_follow->run.requestedAt.isValid())
        m_follow->run.requestedAt = m_clock();
    m_follow->deadline = m_clock().addSecs(timeout.count());
    m_follow->interval = m_firstPollInterval;
    m_follow->done = finish;
    emit progress(tr("Waiting for the refresh to end…"));
    m_pollTimer->start(0);
}

void RepairSession::pollRefresh()
{
    if (!m_follow)
        return;
    const DatasetRef ref = m_selected.ref();
    const RefreshStart start = m_follow->run.start;
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    authorised<std::optional<Refresh>>(
        [self, ref, start](Callback<std::optional<Refresh>> answer) {
            self->m_client->findRefresh(ref, start, self, answer);
        },
        [self, generation](Result<std::optional<Refresh>> found) {
            if (!self || self->m_generation != generation || !self->m_follow)
                return;
            self->takeLook(found);
        });
}

void RepairSession::takeLook(const Result<std::optional<Refresh>> &found)
{
    Follow &follow = *m_follow;
    const QDateTime now = m_clock();
    follow.run.elapsedSeconds = follow.run.requestedAt.secsTo(now);
    if (!found) {
        const ApiError::Kind kind = found.error().kind();
        const bool passing = (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout) &&
                             ++follow.failuresInARow < followFailuresTolerated;
        if (!passing)
            return finishFollow(found.error());
        qCInfo(lcSession) << "no answer while following the refresh: trying again";
        return scheduleNextPoll();
    }
    follow.failuresInARow = 0;
    if (found.value())
        follow.run.refresh = *found.value();
    emit refreshUpdated(follow.run);
    if (follow.run.hasEnded())
        return finishFollow(follow.run);
    if (now >= follow.deadline) {
        follow.run.timedOut = true;
        return finishFollow(follow.run);
    }
    emit progress(tr("The refresh is running (%1 so far)…")
                      .arg(QTime(0, 0)
                               .addSecs(static_cast<int>(follow.run.elapsedSeconds))
                               .toString(QStringLiteral("mm:ss"))));
    scheduleNextPoll();
}

void RepairSession::scheduleNextPoll()
{
    m_pollTimer->start(m_follow->interval);
    m_follow->interval = std::min(m_follow->interval * 2, m_maxPollInterval);
}

void RepairSession::finishFollow(Result<RefreshRun> result)
{
    const Callback<RefreshRun> done = m_follow->done;
    m_follow.reset();
    m_pollTimer->stop();
    done(std::move(result));
}

// ---- sign-in ----------------------------------------------------------------------------------

ApiError RepairSession::signInNotSetUp(ApiError::Service service)
{
    return ApiError::http(service, 0, QStringLiteral("SignInNotSetUp"),
                          tr("Signing in is not set up in this program."));
}

QUrl RepairSession::beginMicrosoftSignIn()
{
    return m_microsoftSignIn ? m_microsoftSignIn->begin() : QUrl();
}

QUrl RepairSession::microsoftRedirectUri() const
{
    return m_microsoftSignIn ? m_microsoftSignIn->redirectUri() : QUrl();
}

QStringList RepairSession::microsoftSignInHosts() const
{
    if (!m_microsoftSignIn)
        return {};
    const QUrl authority = m_microsoftSignIn->endpoints().authorityHost();
    QStringList hosts = signInHosts({authority});
    if (Endpoints::isLoopbackHost(authority.host()))
        return hosts;
    // A work account's sign-in may move between Microsoft's authority names, a personal
    // (Microsoft account) sign-in goes through login.live.com and account.live.com, and the
    // pages load from the content hosts: all of them stay in the view.
    static const QStringList microsoftHosts = {
        QStringLiteral("login.microsoftonline.com"),
        QStringLiteral("login.microsoft.com"),
        QStringLiteral("login.windows.net"),
        QStringLiteral("device.login.microsoftonline.com"),
        QStringLiteral("autologon.microsoftazuread-sso.com"),
        QStringLiteral("login.live.com"),
        QStringLiteral("account.live.com"),
        QStringLiteral("aadcdn.msftauth.net"),
        QStringLiteral("aadcdn.msauth.net"),
        QStringLiteral("logincdn.msftauth.net"),
    };
    for (const QString &host : microsoftHosts) {
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

bool RepairSession::isSignedIn() const
{
    return m_account && m_account->isSignedIn();
}

QString RepairSession::signedInAccountName() const
{
    return isSignedIn() ? m_account->accountName() : QString();
}

QString RepairSession::signedInDisplayName() const
{
    return isSignedIn() ? m_account->displayName() : QString();
}

void RepairSession::completeMicrosoftSignIn(const QUrl &redirect, QObject *context,
                                            Callback<Done> done)
{
    const Callback<Done> finish = track(context, std::move(done));
    if (!m_microsoftSignIn || !m_account)
        return failLater(this, finish, signInNotSetUp(ApiError::Service::MicrosoftIdentity));
    emit progress(tr("Finishing the Power BI sign-in…"));
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    m_microsoftSignIn->completeSignIn(
        redirect, this, [self, generation, finish](Result<OAuthTokens> tokens) {
            if (!tokens)
                return finish(tokens.error());
            if (!self || self->m_generation != generation)
                return finish(ApiError::cancelled(ApiError::Service::MicrosoftIdentity));
            self->adoptMicrosoftSignIn(tokens.value(), finish);
        });
}

void RepairSession::adoptMicrosoftSignIn(const OAuthTokens &tokens, Callback<Done> done)
{
    QPointer<RepairSession> self(this);
    m_account->adoptSignIn(tokens, this, [self, done](Result<Done> adopted) {
        if (adopted && self && self->m_settings && self->m_account)
            self->m_settings->setValue(microsoftAccountSettingsKey(),
                                       self->m_account->accountName());
        done(adopted);
    });
}

void RepairSession::signOut(QObject *context, Callback<Done> done)
{
    const Callback<Done> finish = track(context, std::move(done));
    if (!m_account) {
        QTimer::singleShot(0, this, [finish] { finish(Done{}); });
        return;
    }
    // Forgotten whatever the keychain answers: the user asked to be signed out, and a name
    // left behind would sign the command line in again with a token that failed to go.
    if (m_settings)
        m_settings->remove(microsoftAccountSettingsKey());
    m_account->signOut(this, finish);
}

void RepairSession::setXeroSignIn(XeroSignIn *signIn, XeroAccount *account)
{
    m_xeroSignIn = signIn;
    m_xeroAccount = account;
}

QUrl RepairSession::beginXeroSignIn()
{
    forgetPendingXeroSignIn();
    return m_xeroSignIn ? m_xeroSignIn->begin() : QUrl();
}

QUrl RepairSession::xeroRedirectUri() const
{
    return m_xeroSignIn ? m_xeroSignIn->redirectUri() : QUrl();
}

QStringList RepairSession::xeroSignInHosts() const
{
    if (!m_xeroSignIn)
        return {};
    const Endpoints endpoints = m_xeroSignIn->endpoints();
    return signInHosts({endpoints.xeroLoginRoot(), endpoints.xeroIdentityRoot()});
}

void RepairSession::completeXeroSignIn(const QUrl &redirect, const QString &organisationName,
                                       QObject *context, Callback<XeroSignInOutcome> done)
{
    const Callback<XeroSignInOutcome> finish = track(context, std::move(done));
    if (!m_xeroSignIn || !m_xeroAccount)
        return failLater(this, finish, signInNotSetUp(ApiError::Service::Xero));
    forgetPendingXeroSignIn();
    emit progress(tr("Finishing the Xero sign-in…"));
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    m_xeroSignIn->completeSignIn(
        redirect, this, [self, generation, organisationName, finish](Result<OAuthTokens> tokens) {
            if (!tokens)
                return finish(tokens.error());
            if (!self || self->m_generation != generation)
                return finish(ApiError::cancelled(ApiError::Service::Xero));
            self->matchXeroOrganisation(tokens.value(), organisationName, finish);
        });
}

void RepairSession::matchXeroOrganisation(const OAuthTokens &tokens,
                                          const QString &organisationName,
                                          Callback<XeroSignInOutcome> done)
{
    emit progress(tr("Checking the Xero organisation…"));
    const quint64 generation = m_generation;
    QPointer<RepairSession> self(this);
    m_xeroSignIn->connections(
        tokens.accessToken(), this,
        [self, generation, tokens, organisationName,
         done](Result<QList<XeroConnection>> connections) {
            if (!connections)
                return done(connections.error());
            if (!self || self->m_generation != generation)
                return done(ApiError::cancelled(ApiError::Service::Xero));
            const OrganisationMatcher::Match match =
                OrganisationMatcher::match(organisationName, connections.value());
            XeroSignInOutcome outcome;
            outcome.outcome = match.outcome;
            outcome.matches = match.matches;
            outcome.candidates = match.candidates;
            if (outcome.needsChoice()) {
                qCInfo(lcSession) << "Xero organisation to pick among" << match.candidates.size()
                                  << "granted";
                self->m_pendingXeroGrant = tokens;
                self->m_pendingXeroCandidates = match.candidates;
                return done(outcome);
            }
            outcome.chosen = match.matches.first();
            self->adoptXeroGrant(outcome.chosen, tokens, [outcome, done](Result<Done> adopted) {
                if (!adopted)
                    return done(adopted.error());
                done(outcome);
            });
        });
}

void RepairSession::chooseXeroOrganisation(const QString &tenantId, QObject *context,
                                           Callback<Done> done)
{
    const Callback<Done> finish = track(context, std::move(done));
    if (!m_xeroAccount)
        return failLater(this, finish, signInNotSetUp(ApiError::Service::Xero));
    if (!m_pendingXeroGrant)
        return failLater(this, finish, XeroAccount::signInAgainError(0));
    const auto granted =
        std::find_if(m_pendingXeroCandidates.cbegin(), m_pendingXeroCandidates.cend(),
                     [&](const XeroConnection &c) { return c.tenantId() == tenantId; });
    if (granted == m_pendingXeroCandidates.cend())
        return failLater(this, finish,
                         ApiError::http(ApiError::Service::Xero, 0,
                                        QStringLiteral("OrganisationNotGranted"),
                                        tr("This Xero sign-in did not give access to that "
                                           "organisation. Sign in to Xero again and tick it.")));
    adoptXeroGrant(*granted, *m_pendingXeroGrant, finish);
}

void RepairSession::adoptXeroGrant(const XeroConnection &organisation, const OAuthTokens &tokens,
                                   Callback<Done> done)
{
    QPointer<RepairSession> self(this);
    m_xeroAccount->adoptGrant(
        organisation.tenantId(), tokens, this, [self, organisation, done](Result<Done> adopted) {
            if (!adopted)
                return done(adopted.error());
            // The grant is kept now: the session follows it even when
            // cancelled meanwhile, or the kept grant would go unused.
            if (!self)
                return done(Done{});
            const QString previous = self->m_xeroTenantId;
            self->useXeroOrganisation(organisation);
            self->forgetPreviousXeroGrant(previous, organisation.tenantId(), done);
        });
}

void RepairSession::forgetPreviousXeroGrant(const QString &previousTenantId,
                                            const QString &tenantId, Callback<Done> done)
{
    // Only the chosen organisation's grant is used from now on: the old one's refresh token
    // would otherwise stay in the keychain, unused, for nothing. Signing in again to the same
    // organisation has just replaced its token, which must stay.
    if (previousTenantId.isEmpty() || sameText(previousTenantId, tenantId) || !m_xeroAccount)
        return done(Done{});
    // The account, not the session, is the context: the caller waits for done either way.
    m_xeroAccount->forget(
        previousTenantId, m_xeroAccount, [previousTenantId, done](Result<Done> forgotten) {
            // The new organisation is in use whatever happens here.
            if (!forgotten)
                qCWarning(lcSession).noquote()
                    << "the previous Xero organisation's sign-in stays stored:" << previousTenantId
                    << forgotten.error().technicalDetails();
            done(Done{});
        });
}

void RepairSession::useXeroOrganisation(const XeroConnection &organisation)
{
    forgetPendingXeroSignIn();
    setCredentialPush(m_credentialPush, organisation.tenantId());
    m_xeroOrganisationName = organisation.tenantName();
    if (m_settings) {
        m_settings->setValue(XeroAccount::tenantIdSettingsKey(), organisation.tenantId());
        m_settings->setValue(xeroOrganisationNameSettingsKey(), organisation.tenantName());
    }
    qCInfo(lcSession) << "Xero organisation chosen:" << organisation.tenantId();
}

void RepairSession::forgetPendingXeroSignIn()
{
    m_pendingXeroGrant.reset();
    m_pendingXeroCandidates.clear();
}

QDateTime RepairSession::grantExpiresAt() const
{
    if (!m_xeroAccount || m_xeroTenantId.isEmpty())
        return {};
    return m_xeroAccount->grantExpiresAt(m_xeroTenantId);
}

QString RepairSession::lastXeroOrganisationName() const
{
    if (!m_xeroOrganisationName.isEmpty() || !m_settings)
        return m_xeroOrganisationName;
    return m_settings->value(xeroOrganisationNameSettingsKey()).toString();
}
