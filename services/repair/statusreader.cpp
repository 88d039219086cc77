#include "statusreader.h"

#include "callbatch.h"
#include "chosendataset.h"
#include "credentialrecords.h"
#include "diagnosiscatalogue.h"
#include "operationtracker.h"
#include "powerbicaller.h"
#include "refreshexplanation.h"

#include <memory>

namespace {

bool newestScheduledRefreshFailed(const QList<Refresh> &history)
{
    for (const Refresh &refresh : history) {
        if (refresh.refreshType() == Refresh::Type::Scheduled)
            return refresh.status() == Refresh::Status::Failed;
    }
    return false;
}

// One read of the status: its answer is kept in `into` when it succeeds.
template<typename T>
CallBatch::Start readInto(PowerBiCaller *powerBi, PowerBiOperation<T> read, T *into)
{
    return [powerBi, read, into](int, Callback<Done> finished) {
        powerBi->call<T>(read, [into, finished](Result<T> answer) {
            if (!answer)
                return finished(answer.error());
            *into = answer.value();
            finished(Done{});
        });
    };
}

} // namespace

struct StatusReader::Parts
{
    DatasetChoice choice;
    QList<Refresh> history;
    RefreshSchedule schedule;
    QList<Datasource> datasources;
    Dataset dataset;
};

StatusReader::StatusReader(PowerBiCaller *powerBi, OperationTracker *operations,
                           ChosenDataset *chosen, CredentialRecords *records, QObject *parent)
    : QObject(parent)
    , m_powerBi(powerBi)
    , m_operations(operations)
    , m_chosen(chosen)
    , m_records(records)
{}

void StatusReader::loadStatus(QObject *context, Callback<DatasetStatus> done)
{
    m_operations->run<DatasetStatus>(
        context, std::move(done), [this](Callback<DatasetStatus> finish) {
            if (!m_chosen->isChosen())
                return finish(ChosenDataset::noneChosenError());
            m_operations->tell(tr("Reading the refresh history, schedule and data sources…"));
            auto parts = std::make_shared<Parts>();
            parts->choice = m_chosen->choice();
            readParts(parts,
                      m_operations->guard(this).then<Done>(finish, [this, parts, finish](Done) {
                          m_chosen->update(parts->choice.ref(), parts->dataset);
                          parts->choice.dataset = parts->dataset;
                          finish(composeStatus(*parts));
                      }));
        });
}

// The four reads are independent: ask for them together. The dataset itself is read again
// because its owner may have changed elsewhere (a take-over in the web page) since it was
// listed, and whether the signed-in user owns it decides what the user is told.
void StatusReader::readParts(const std::shared_ptr<Parts> &parts, Callback<Done> done)
{
    const DatasetRef ref = parts->choice.ref();
    const QList<CallBatch::Start> reads = {
        readInto<QList<Refresh>>(
            m_powerBi,
            [ref](PowerBiClient &client, QObject *context, Callback<QList<Refresh>> answer) {
                client.refreshHistory(ref, 0, context, answer);
            },
            &parts->history),
        readInto<RefreshSchedule>(
            m_powerBi,
            [ref](PowerBiClient &client, QObject *context, Callback<RefreshSchedule> answer) {
                client.refreshSchedule(ref, context, answer);
            },
            &parts->schedule),
        readInto<QList<Datasource>>(
            m_powerBi,
            [ref](PowerBiClient &client, QObject *context, Callback<QList<Datasource>> answer) {
                client.listDatasources(ref, context, answer);
            },
            &parts->datasources),
        readInto<Dataset>(
            m_powerBi,
            [ref](PowerBiClient &client, QObject *context, Callback<Dataset> answer) {
                client.getDataset(ref, context, answer);
            },
            &parts->dataset),
    };
    // The batch keeps parts alive until its last answer.
    CallBatch::run(
        static_cast<int>(reads.size()), static_cast<int>(reads.size()),
        [reads, parts](int index, Callback<Done> finished) { reads.at(index)(index, finished); },
        std::move(done));
}

DatasetStatus StatusReader::composeStatus(const Parts &parts) const
{
    DatasetStatus status;
    status.dataset = parts.choice;
    status.history = parts.history;
    status.schedule = parts.schedule;
    status.datasources = parts.datasources;
    status.xeroSource = XeroSourceChoice::from(parts.datasources, m_chosen->pickedXeroSource());
    status.quota = RefreshQuota::count(parts.history,
                                       parts.choice.workspace.isOnDedicatedCapacity(), m_clock());
    status.scheduleSwitchedOffAfterFailures =
        !parts.schedule.isEnabled() && newestScheduledRefreshFailed(parts.history);
    // A service principal's name is its client id: whether it owns the dataset is the
    // service's to say.
    const QString account = m_powerBi->userName();
    status.signedInUserIsOwner =
        account.isEmpty() ||
        account.compare(parts.choice.dataset.configuredBy(), Qt::CaseInsensitive) == 0;

    if (const std::optional<Refresh> last = status.lastRefresh()) {
        if (const std::optional<Diagnosis> failure = RefreshExplanation::diagnosis(*last))
            status.diagnoses.append(*failure);
    }
    if (status.scheduleSwitchedOffAfterFailures)
        status.diagnoses.append(DiagnosisCatalogue::forScheduleSwitchedOff());
    if (!status.signedInUserIsOwner)
        status.diagnoses.append(
            DiagnosisCatalogue::forNotOwner(parts.choice.dataset.configuredBy()));
    const QDateTime now = m_clock();
    const std::optional<CredentialRecord> record =
        status.xeroSource.chosen ? m_records->find(status.xeroSource.chosen->key()) : std::nullopt;
    status.credential = CredentialState::assess(record, parts.history, now);
    status.verdict =
        RepairVerdict::from(status.lastRefresh(), parts.schedule, status.credential, now);
    return status;
}

void StatusReader::loadHistory(int top, QObject *context, Callback<QList<Refresh>> done)
{
    m_operations->run<QList<Refresh>>(context, std::move(done),
                                      [this, top](Callback<QList<Refresh>> finish) {
                                          if (!m_chosen->isChosen())
                                              return finish(ChosenDataset::noneChosenError());
                                          m_operations->tell(tr("Reading the refresh history…"));
                                          const DatasetRef ref = m_chosen->choice().ref();
                                          m_powerBi->call<QList<Refresh>>(
                                              [ref, top](PowerBiClient &client, QObject *context,
                                                         Callback<QList<Refresh>> answer) {
                                                  client.refreshHistory(ref, top, context, answer);
                                              },
                                              finish);
                                      });
}

void StatusReader::loadSchedule(QObject *context, Callback<RefreshSchedule> done)
{
    m_operations->run<RefreshSchedule>(
        context, std::move(done), [this](Callback<RefreshSchedule> finish) {
            if (!m_chosen->isChosen())
                return finish(ChosenDataset::noneChosenError());
            m_operations->tell(tr("Reading the refresh schedule…"));
            const DatasetRef ref = m_chosen->choice().ref();
            m_powerBi->call<RefreshSchedule>(
                [ref](PowerBiClient &client, QObject *context, Callback<RefreshSchedule> answer) {
                    client.refreshSchedule(ref, context, answer);
                },
                finish);
        });
}
