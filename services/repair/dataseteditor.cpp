#include "dataseteditor.h"

#include "chosendataset.h"
#include "credentialpush.h"
#include "operationtracker.h"
#include "powerbicaller.h"

DatasetEditor::DatasetEditor(PowerBiCaller *powerBi, OperationTracker *operations,
                             ChosenDataset *chosen, QObject *parent)
    : QObject(parent)
    , m_powerBi(powerBi)
    , m_operations(operations)
    , m_chosen(chosen)
{}

QList<RefreshScheduleChange::Issue>
DatasetEditor::checkScheduleChange(const RefreshScheduleChange &change) const
{
    return change.validate(m_chosen->choice().capacity());
}

ApiError DatasetEditor::invalidChangeError(const QList<RefreshScheduleChange::Issue> &issues)
{
    QStringList sentences;
    for (const RefreshScheduleChange::Issue &issue : issues)
        sentences.append(issue.sentence());
    return ApiError::http(ApiError::Service::PowerBi, 0, QStringLiteral("InvalidScheduleChange"),
                          sentences.join(QLatin1Char(' ')));
}

void DatasetEditor::changeSchedule(RefreshScheduleChange change, QObject *context,
                                   Callback<RefreshSchedule> done)
{
    m_operations->run<RefreshSchedule>(
        context, std::move(done), [this, change](Callback<RefreshSchedule> finish) mutable {
            if (!m_chosen->isChosen())
                return finish(ChosenDataset::noneChosenError());
            // The service refuses any other option from a service principal. A request that
            // only switches the schedule off must change nothing else, so it is left alone.
            const bool onlyDisables = change.enabled() == std::optional<bool>(false);
            if (m_powerBi->isServicePrincipal() && !onlyDisables)
                change.setNotifyOption(QStringLiteral("NoNotification"));
            const QList<RefreshScheduleChange::Issue> issues = checkScheduleChange(change);
            if (!issues.isEmpty())
                return finish(invalidChangeError(issues));
            m_operations->tell(tr("Changing the refresh schedule…"));
            const DatasetRef ref = m_chosen->choice().ref();
            m_powerBi->call<RefreshSchedule>(
                [ref, change](PowerBiClient &client, QObject *context,
                              Callback<RefreshSchedule> answer) {
                    client.updateRefreshSchedule(ref, change, context, answer);
                },
                [this, change, finish](Result<RefreshSchedule> readBack) {
                    if (!readBack)
                        return finish(explainScheduleRefusal(readBack.error()));
                    // An answer of success is not the change: the schedule read back is.
                    const QStringList missing = change.notAppliedIn(readBack.value());
                    if (!missing.isEmpty())
                        return finish(notAppliedError(missing));
                    finish(readBack.value());
                });
        });
}

// Power BI refuses a schedule change by anyone but the dataset's owner with
// PowerBINotAuthorizedException (401 or 403): said as such, with the owner, rather than as a
// missing permission of the workspace or the tenant.
ApiError DatasetEditor::explainScheduleRefusal(const ApiError &error) const
{
    const bool refused = error.kind() == ApiError::Kind::Http &&
                         (error.httpStatus() == 401 || error.httpStatus() == 403) &&
                         error.code() == QLatin1String("PowerBINotAuthorizedException");
    const QString owner = m_chosen->choice().dataset.configuredBy();
    const QString signedIn = m_powerBi->account() ? m_powerBi->account()->accountName() : QString();
    if (!refused || owner.isEmpty() || owner.compare(signedIn, Qt::CaseInsensitive) == 0)
        return error;
    return CredentialPush::notOwnerError(owner, error.httpStatus(), error.requestId());
}

ApiError DatasetEditor::notAppliedError(const QStringList &missing)
{
    return ApiError::http(
        ApiError::Service::PowerBi, 0, QStringLiteral("ScheduleChangeNotApplied"),
        tr("Power BI answered, but the schedule it reads back is not the one asked for: %1.")
            .arg(missing.join(QStringLiteral("; "))));
}

void DatasetEditor::takeOver(QObject *context, Callback<Done> done)
{
    m_operations->run<Done>(context, std::move(done), [this](Callback<Done> finish) {
        if (!m_chosen->isChosen())
            return finish(ChosenDataset::noneChosenError());
        m_operations->tell(tr("Taking the dataset over…"));
        const DatasetRef ref = m_chosen->choice().ref();
        m_powerBi->call<Done>(
            [ref](PowerBiClient &client, QObject *context, Callback<Done> answer) {
                client.takeOver(ref, context, answer);
            },
            m_operations->guard(this).then<Done>(finish, [this, finish](Done) {
                m_chosen->setOwner(m_powerBi->account() ? m_powerBi->account()->accountName()
                                                        : QString());
                finish(Done{});
            }));
    });
}
