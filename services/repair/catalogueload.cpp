#include "catalogueload.h"

#include "callbatch.h"
#include "powerbicaller.h"
#include "powerbiclient.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalogueLoad, "xra.finder.load")

CatalogueLoad::CatalogueLoad(PowerBiCaller *powerBi, int callsInFlight, QObject *parent)
    : QObject(parent)
    , m_powerBi(powerBi)
    , m_callsInFlight(callsInFlight)
{}

CatalogueLoad::~CatalogueLoad()
{
    *m_stopped = true;
}

void CatalogueLoad::stop()
{
    *m_stopped = true;
}

void CatalogueLoad::fail(const ApiError &error)
{
    if (*m_stopped || m_over)
        return;
    m_over = true;
    emit failed(error);
}

void CatalogueLoad::readWorkspaces(const QList<Workspace> &workspaces)
{
    if (*m_stopped || m_over)
        return;
    m_total = static_cast<int>(workspaces.size());
    emit workspacesListed(m_total);
    const std::shared_ptr<bool> stopped = m_stopped;
    const auto start = [this, workspaces, stopped](int index, Callback<Done> answered) {
        // Stopped: the batch ends here, this object may be gone.
        if (*stopped)
            return answered(ApiError::cancelled(ApiError::Service::PowerBi));
        readOne(workspaces.at(index), [answered] { answered(Done{}); });
    };
    CallBatch::run(m_total, m_callsInFlight, start, [this, stopped](const Result<Done> &) {
        if (*stopped)
            return;
        m_over = true;
        qCInfo(lcCatalogueLoad) << "catalogue read:" << m_read << "workspaces," << m_failed
                                << "could not be read";
        emit finished();
    });
}

void CatalogueLoad::readOne(const Workspace &workspace, const std::function<void()> &answered)
{
    const std::shared_ptr<bool> stopped = m_stopped;
    m_powerBi->call<QList<Dataset>>(
        [workspace](PowerBiClient &client, QObject *context, Callback<QList<Dataset>> answer) {
            client.listDatasets(workspace.id(), context, answer);
        },
        [this, workspace, stopped, answered](Result<QList<Dataset>> datasets) {
            if (*stopped)
                return answered();
            onDatasets(workspace, datasets);
            answered();
        });
}

void CatalogueLoad::onDatasets(const Workspace &workspace, const Result<QList<Dataset>> &datasets)
{
    if (!datasets) {
        // One workspace refused (access removed meanwhile, a network error after the
        // transport's retries) does not hide the others.
        ++m_failed;
        m_lastError = datasets.error();
        qCInfo(lcCatalogueLoad).noquote()
            << "a workspace could not be read:" << datasets.error().technicalDetails();
    } else {
        ++m_read;
        QList<DatasetChoice> found;
        for (const Dataset &dataset : datasets.value())
            found.append(
                DatasetChoice{workspace, dataset, DatasetChoice::nameSaysXero(dataset.name())});
        std::stable_partition(found.begin(), found.end(),
                              [](const DatasetChoice &choice) { return choice.isXero; });
        if (!found.isEmpty())
            emit datasetsFound(found);
    }
    emit progressed(m_read + m_failed, m_total);
}
