#pragma once

#include "refreshschedule.h"
#include "refreshschedulechange.h"
#include "result.h"

#include <QList>
#include <QObject>

class ChosenDataset;
class OperationTracker;
class PowerBiCaller;

// Changes the chosen dataset's settings in Power BI: its refresh schedule and its owner. Every
// operation keeps OperationTracker's contract; without a chosen dataset it fails with
// ChosenDataset::noneChosenError().
class DatasetEditor : public QObject
{
    Q_OBJECT

public:
    // All three must outlive the editor.
    DatasetEditor(PowerBiCaller *powerBi, OperationTracker *operations, ChosenDataset *chosen,
                  QObject *parent = nullptr);

    // The rules the service would apply, for the chosen dataset's capacity. Empty: valid.
    QList<RefreshScheduleChange::Issue>
    checkScheduleChange(const RefreshScheduleChange &change) const;
    // The issues as one error (code "InvalidScheduleChange"), for a change that is not sent.
    static ApiError notAppliedError(const QStringList &missing);
    static ApiError invalidChangeError(const QList<RefreshScheduleChange::Issue> &issues);
    // Validates first (an invalid change sends nothing and fails with invalidChangeError());
    // service principals always send NoNotification; then PATCH and read back. Refused for
    // someone who is not the owner: CredentialPush::notOwnerError, naming the owner.
    void changeSchedule(RefreshScheduleChange change, QObject *context,
                        Callback<RefreshSchedule> done);
    // Makes the signed-in account the dataset's owner (workspace datasets only); the chosen
    // dataset's configuredBy follows.
    void takeOver(QObject *context, Callback<Done> done);

private:
    ApiError explainScheduleRefusal(const ApiError &error) const;

    PowerBiCaller *m_powerBi;
    OperationTracker *m_operations;
    ChosenDataset *m_chosen;
};
