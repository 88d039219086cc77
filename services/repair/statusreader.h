#pragma once

#include "datasetstatus.h"
#include "refresh.h"
#include "refreshschedule.h"
#include "result.h"
#include "utcclock.h"

#include <QList>
#include <QObject>

class ChosenDataset;
class CredentialRecords;
class OperationTracker;
class PowerBiCaller;

// Reads where the chosen dataset stands: its last refreshes, its schedule, its data sources,
// its owner and the refreshes left today, with what is wrong in plain words. Every operation
// keeps OperationTracker's contract; without a chosen dataset it fails with
// ChosenDataset::noneChosenError().
class StatusReader : public QObject
{
    Q_OBJECT

public:
    // All three must outlive the reader.
    StatusReader(PowerBiCaller *powerBi, OperationTracker *operations, ChosenDataset *chosen,
                 CredentialRecords *records, QObject *parent = nullptr);

    // "Now" for today's refresh count and for what the schedule does next; tests hand in the
    // sandbox's clock.
    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // History, schedule, data sources and the dataset itself, read together.
    void loadStatus(QObject *context, Callback<DatasetStatus> done);
    // top: how many entries, newest first (passed as $top).
    void loadHistory(int top, QObject *context, Callback<QList<Refresh>> done);
    void loadSchedule(QObject *context, Callback<RefreshSchedule> done);

private:
    struct Parts;

    void readParts(const std::shared_ptr<Parts> &parts, Callback<Done> done);
    DatasetStatus composeStatus(const Parts &parts) const;

    PowerBiCaller *m_powerBi;
    OperationTracker *m_operations;
    ChosenDataset *m_chosen;
    CredentialRecords *m_records;
    UtcClock m_clock = systemUtcClock();
};
