#include "datasetfinder.h"

#include "callbatch.h"
#include "catalogueload.h"
#include "chosendataset.h"
#include "microsoftaccount.h"
#include "operationtracker.h"
#include "powerbicaller.h"
#include "powerbiclient.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcFinder, "xra.finder")

namespace {
// Listing calls run many at a time: a thousand workspaces must not take a thousand round trips.
// Power BI publishes no limit for these reads beyond its per-user request rate, and says when to
// slow down (429 and Retry-After, which the transport honours for each call). Over HTTP/2 (the
// real service) they share one connection; over HTTP/1.1 (the sandbox) Qt 6.4 sends at most six
// at a time per host and queues the rest, so more in flight costs nothing there.
constexpr int callsInFlight = 32;
} // namespace

DatasetFinder::DatasetFinder(PowerBiCaller *powerBi, OperationTracker *operations,
                             ChosenDataset *chosen, QObject *parent)
    : QObject(parent)
    , m_powerBi(powerBi)
    , m_operations(operations)
    , m_chosen(chosen)
{}

void DatasetFinder::loadWorkspaces(QObject *context, Callback<QList<Workspace>> done)
{
    m_operations->run<QList<Workspace>>(
        context, std::move(done),
        [this](Callback<QList<Workspace>> finish) { fetchWorkspaces(finish); });
}

void DatasetFinder::loadCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                                  QObject *context, Callback<DatasetCatalogue> done)
{
    m_operations->run<DatasetCatalogue>(
        context, std::move(done),
        [this, workspaces, detectXero](Callback<DatasetCatalogue> finish) {
            fetchCatalogue(workspaces, detectXero, finish);
        });
}

void DatasetFinder::loadFullCatalogue(QObject *context, Callback<DatasetCatalogue> done)
{
    m_operations->run<DatasetCatalogue>(
        context, std::move(done), [this](Callback<DatasetCatalogue> finish) {
            fetchWorkspaces(m_operations->guard(this).then<QList<Workspace>>(
                finish, [this, finish](const QList<Workspace> &workspaces) {
                    fetchCatalogue(workspaces, true, finish);
                }));
        });
}

CatalogueLoad *DatasetFinder::startCatalogue(QObject *parent)
{
    auto *load = new CatalogueLoad(m_powerBi, callsInFlight, parent);
    connect(m_operations, &OperationTracker::cancelled, load, &CatalogueLoad::stop);
    const QPointer<CatalogueLoad> alive(load);
    const Callback<QList<Workspace>> listed = [alive](Result<QList<Workspace>> workspaces) {
        if (!alive)
            return;
        if (!workspaces)
            return alive->fail(workspaces.error());
        alive->readWorkspaces(workspaces.value());
    };
    if (m_listingScope.isEmpty())
        fetchWorkspaces(listed);
    else
        findNamedWorkspaces(m_listingScope, listed);
    return load;
}

void DatasetFinder::readXeroSource(const DatasetChoice &dataset, QObject *context,
                                   Callback<bool> done)
{
    const QPointer<QObject> alive(context);
    checkSources(
        {dataset}, [](const Datasource &source) { return source.looksLikeXero(); },
        [alive, done](Result<QList<bool>> found) {
            if (!alive)
                return;
            if (!found)
                return done(found.error());
            done(found.value().constFirst());
        });
}

QString DatasetFinder::cacheAccount() const
{
    const MicrosoftAccount *account = m_powerBi->account();
    return account ? account->accountName() : QString();
}

std::optional<QList<DatasetChoice>> DatasetFinder::keptCatalogue() const
{
    // A narrowed listing is not the account's catalogue.
    if (!m_listingScope.isEmpty())
        return std::nullopt;
    return m_cache.load(cacheAccount());
}

void DatasetFinder::keepCatalogue(const QList<DatasetChoice> &datasets) const
{
    if (m_listingScope.isEmpty())
        m_cache.save(cacheAccount(), datasets);
}

void DatasetFinder::selectDataset(const Spec &spec, QObject *context,
                                  Callback<DatasetSelection> done)
{
    m_operations->run<DatasetSelection>(
        context, std::move(done), [this, spec](Callback<DatasetSelection> finish) {
            const std::optional<DatasetRef> direct = directRef(spec);
            if (!direct)
                return selectByListing(spec, finish);
            readDirectly(*direct, m_operations->guard(this).then<std::optional<DatasetChoice>>(
                                      finish, [this, spec,
                                               finish](const std::optional<DatasetChoice> &found) {
                                          if (!found)
                                              return selectByListing(spec, finish);
                                          choosingIfFound(finish)(DatasetSelection::found(*found));
                                      }));
        });
}

std::optional<DatasetRef> DatasetFinder::directRef(const Spec &spec) const
{
    if (spec.workspace.isEmpty() && spec.dataset.isEmpty())
        return m_chosen->remembered();
    if (DatasetRef::looksLikeId(spec.workspace) && DatasetRef::looksLikeId(spec.dataset))
        return DatasetRef(spec.workspace, spec.dataset);
    return std::nullopt;
}

void DatasetFinder::readDirectly(const DatasetRef &ref, Callback<std::optional<DatasetChoice>> done)
{
    m_operations->tell(tr("Reading the dataset…"));
    struct Answers
    {
        std::optional<Result<Dataset>> dataset;
        std::optional<Result<QList<Workspace>>> workspaces;
    };
    auto answers = std::make_shared<Answers>();
    const QString workspaceId = ref.workspaceId();
    const auto readOne = [this, ref, workspaceId, answers](int index, Callback<Done> read) {
        if (index == 0)
            return m_powerBi->call<Dataset>(
                [ref](PowerBiClient &client, QObject *context, Callback<Dataset> answer) {
                    client.getDataset(ref, context, answer);
                },
                [answers, read](Result<Dataset> dataset) {
                    answers->dataset = dataset;
                    read(Done{});
                });
        m_powerBi->call<QList<Workspace>>(
            [workspaceId](PowerBiClient &client, QObject *context,
                          Callback<QList<Workspace>> answer) {
                client.findWorkspaces(PowerBiClient::workspaceIdFilter(workspaceId), context,
                                      answer);
            },
            [answers, read](Result<QList<Workspace>> workspaces) {
                answers->workspaces = workspaces;
                read(Done{});
            });
    };
    // My workspace is never listed: only the dataset is read.
    const int reads = workspaceId.isEmpty() ? 1 : 2;
    CallBatch::run(reads, reads, readOne, [answers, done](Result<Done>) {
        const Result<Dataset> &dataset = *answers->dataset;
        if (!dataset) {
            // Not found, or not shared with this account: the listing will say which.
            if (dataset.error().kind() == ApiError::Kind::Http &&
                (dataset.error().httpStatus() == 404 || dataset.error().httpStatus() == 403))
                return done(std::optional<DatasetChoice>());
            return done(dataset.error());
        }
        Workspace workspace = DatasetChoice::myWorkspace();
        if (answers->workspaces) {
            const Result<QList<Workspace>> &found = *answers->workspaces;
            if (!found)
                return done(found.error());
            if (found.value().isEmpty())
                return done(std::optional<DatasetChoice>());
            workspace = found.value().constFirst();
        }
        done(std::optional<DatasetChoice>(DatasetChoice{
            workspace, dataset.value(), DatasetChoice::nameSaysXero(dataset.value().name())}));
    });
}

void DatasetFinder::selectByListing(const Spec &spec, Callback<DatasetSelection> done)
{
    if (spec.workspace.isEmpty())
        return fetchWorkspaces(m_operations->guard(this).then<QList<Workspace>>(
            done, [this, spec, done](const QList<Workspace> &workspaces) {
                resolveSelection(spec, workspaces, done);
            }));
    findNamedWorkspaces(spec.workspace,
                        m_operations->guard(this).then<QList<Workspace>>(
                            done, [this, spec, done](const QList<Workspace> &named) {
                                narrowToNamedWorkspace(spec, named, done);
                            }));
}

void DatasetFinder::findNamedWorkspaces(const QString &spec, Callback<QList<Workspace>> done)
{
    if (DatasetCatalogue::namesMyWorkspace(spec) && !m_powerBi->isServicePrincipal())
        return done(QList<Workspace>{DatasetChoice::myWorkspace()});
    const QString filter = DatasetRef::looksLikeId(spec) ? PowerBiClient::workspaceIdFilter(spec)
                                                         : PowerBiClient::workspaceNameFilter(spec);
    m_operations->tell(tr("Looking for the workspace…"));
    m_powerBi->call<QList<Workspace>>(
        [filter](PowerBiClient &client, QObject *context, Callback<QList<Workspace>> answer) {
            client.findWorkspaces(filter, context, answer);
        },
        m_operations->guard(this).then<QList<Workspace>>(
            done, [this, spec, done](const QList<Workspace> &found) {
                if (!found.isEmpty())
                    return done(found);
                fetchWorkspaces(m_operations->guard(this).then<QList<Workspace>>(
                    done, [spec, done](const QList<Workspace> &all) {
                        done(DatasetCatalogue::matchWorkspaces(all, spec));
                    }));
            }));
}

void DatasetFinder::fetchWorkspaces(Callback<QList<Workspace>> done)
{
    m_operations->tell(tr("Reading the workspaces…"));
    const bool servicePrincipal = m_powerBi->isServicePrincipal();
    m_powerBi->call<QList<Workspace>>(
        [](PowerBiClient &client, QObject *context, Callback<QList<Workspace>> answer) {
            client.listWorkspaces(context, answer);
        },
        [servicePrincipal, done](Result<QList<Workspace>> workspaces) {
            if (!workspaces)
                return done(workspaces.error());
            QList<Workspace> all = workspaces.value();
            if (!servicePrincipal)
                all.prepend(DatasetChoice::myWorkspace());
            done(all);
        });
}

void DatasetFinder::fetchCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                                   Callback<DatasetCatalogue> done)
{
    m_operations->tell(tr("Reading the datasets…"));
    auto perWorkspace = std::make_shared<QList<QList<DatasetChoice>>>(workspaces.size());
    const auto listOne = [this, workspaces, perWorkspace](int index, Callback<Done> listed) {
        const Workspace workspace = workspaces.at(index);
        m_powerBi->call<QList<Dataset>>(
            [workspace](PowerBiClient &client, QObject *context, Callback<QList<Dataset>> answer) {
                client.listDatasets(workspace.id(), context, answer);
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
    const auto listed = [this, detectXero, perWorkspace, assemble, done](const Done &) {
        QList<DatasetChoice> all;
        for (const QList<DatasetChoice> &datasets : std::as_const(*perWorkspace))
            all.append(datasets);
        if (!detectXero)
            return done(assemble(all));
        detectXeroSources(all, m_operations->guard(this).then<QList<DatasetChoice>>(
                                   done, [assemble, done](const QList<DatasetChoice> &checked) {
                                       done(assemble(checked));
                                   }));
    };
    CallBatch::run(static_cast<int>(workspaces.size()), callsInFlight, listOne,
                   m_operations->guard(this).then<Done>(done, listed));
}

void DatasetFinder::detectXeroSources(QList<DatasetChoice> datasets,
                                      Callback<QList<DatasetChoice>> done)
{
    m_operations->tell(tr("Looking for Xero data sources…"));
    // A name that says Xero needs no call.
    QList<DatasetChoice> unnamed;
    for (const DatasetChoice &dataset : std::as_const(datasets)) {
        if (!dataset.isXero)
            unnamed.append(dataset);
    }
    checkSources(
        unnamed, [](const Datasource &source) { return source.looksLikeXero(); },
        [datasets, done](Result<QList<bool>> found) mutable {
            if (!found)
                return done(found.error());
            qsizetype next = 0;
            for (DatasetChoice &dataset : datasets) {
                if (!dataset.isXero)
                    dataset.isXero = found.value().at(next++);
            }
            done(datasets);
        });
}

void DatasetFinder::checkSources(const QList<DatasetChoice> &datasets,
                                 const std::function<bool(const Datasource &)> &matches,
                                 Callback<QList<bool>> done)
{
    auto found = std::make_shared<QList<bool>>(datasets.size(), false);
    const auto checkOne = [this, datasets, found, matches](int index, Callback<Done> looked) {
        const DatasetRef ref = datasets.at(index).ref();
        m_powerBi->call<QList<Datasource>>(
            [ref](PowerBiClient &client, QObject *context, Callback<QList<Datasource>> answer) {
                client.listDatasources(ref, context, answer);
            },
            [found, index, matches, looked](Result<QList<Datasource>> sources) {
                if (!sources) {
                    // A dataset whose sources this account may not read matches nothing;
                    // anything else (throttling, network) is a real failure.
                    if (sources.error().kind() != ApiError::Kind::Http)
                        return looked(sources.error());
                    qCInfo(lcFinder).noquote()
                        << "data sources unreadable, status" << sources.error().httpStatus();
                    return looked(Done{});
                }
                const QList<Datasource> &list = sources.value();
                (*found)[index] = std::any_of(list.cbegin(), list.cend(), matches);
                looked(Done{});
            });
    };
    CallBatch::run(static_cast<int>(datasets.size()), callsInFlight, checkOne,
                   [found, done](Result<Done> result) {
                       if (!result)
                           return done(result.error());
                       done(*found);
                   });
}

void DatasetFinder::loadSharingDatasets(const QString &datasourceKey, QObject *context,
                                        Callback<QList<DatasetChoice>> done)
{
    m_operations->run<QList<DatasetChoice>>(
        context, std::move(done), [this, datasourceKey](Callback<QList<DatasetChoice>> finish) {
            fetchWorkspaces(m_operations->guard(this).then<QList<Workspace>>(
                finish, [this, datasourceKey, finish](const QList<Workspace> &workspaces) {
                    fetchCatalogue(
                        workspaces, false,
                        m_operations->guard(this).then<DatasetCatalogue>(
                            finish, [this, datasourceKey, finish](const DatasetCatalogue &all) {
                                findDatasetsReading(datasourceKey, all.allDatasets(), finish);
                            }));
                }));
        });
}

void DatasetFinder::findDatasetsReading(const QString &datasourceKey,
                                        const QList<DatasetChoice> &datasets,
                                        Callback<QList<DatasetChoice>> done)
{
    m_operations->tell(tr("Looking for the datasets that read the same data source…"));
    QList<DatasetChoice> others;
    for (const DatasetChoice &dataset : datasets) {
        if (dataset.ref() != m_chosen->choice().ref())
            others.append(dataset);
    }
    checkSources(
        others, [datasourceKey](const Datasource &source) { return source.key() == datasourceKey; },
        [others, done](Result<QList<bool>> reading) {
            if (!reading)
                return done(reading.error());
            QList<DatasetChoice> sharing;
            for (qsizetype i = 0; i < others.size(); ++i) {
                if (reading.value().at(i))
                    sharing.append(others.at(i));
            }
            done(sharing);
        });
}

void DatasetFinder::narrowToNamedWorkspace(const Spec &spec, const QList<Workspace> &named,
                                           Callback<DatasetSelection> done)
{
    if (named.isEmpty())
        return done(DatasetSelection::notFound(
            tr("No workspace has the id or name \"%1\" among those this account can see.")
                .arg(spec.workspace)));
    if (named.size() > 1)
        return done(DatasetSelection::ambiguous(
            tr("Several workspaces are called \"%1\": use the workspace's id.").arg(spec.workspace),
            {}));
    resolveSelection(spec, named, done);
}

void DatasetFinder::resolveSelection(const Spec &spec, const QList<Workspace> &workspaces,
                                     Callback<DatasetSelection> done)
{
    const Callback<DatasetSelection> choose = choosingIfFound(done);
    fetchCatalogue(
        workspaces, false,
        m_operations->guard(this).then<DatasetCatalogue>(
            done, [this, spec, choose, done](const DatasetCatalogue &catalogue) {
                if (!spec.dataset.isEmpty())
                    return choose(catalogue.selectByIdOrName(spec.dataset));
                if (const std::optional<DatasetRef> remembered = m_chosen->remembered()) {
                    if (const auto choice = catalogue.find(*remembered))
                        return choose(DatasetSelection::found(*choice));
                    qCInfo(lcFinder)
                        << "the remembered dataset is gone: looking for a Xero dataset";
                }
                detectXeroSources(catalogue.allDatasets(),
                                  m_operations->guard(this).then<QList<DatasetChoice>>(
                                      done, [choose](const QList<DatasetChoice> &checked) {
                                          choose(DatasetCatalogue::onlyXeroCandidate(checked));
                                      }));
            }));
}

Callback<DatasetSelection> DatasetFinder::choosingIfFound(Callback<DatasetSelection> done)
{
    return m_operations->guard(this).then<DatasetSelection>(
        done, [this, done](const DatasetSelection &selection) {
            if (selection.isFound())
                m_chosen->choose(selection.choice);
            done(selection);
        });
}
