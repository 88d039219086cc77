#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of a dataset's refresh history. The outcome is decided when the refresh starts;
// the status seen at any moment follows from the sandbox clock, so advancing the clock
// completes running refreshes without any timer.
class SandboxRefresh
{
public:
    qint64 id = 0;
    QString requestId;
    QString refreshType; // Scheduled, OnDemand, ViaApi, ViaEnhancedApi, ...
    QDateTime startTime;
    QDateTime plannedEndTime;
    QString outcome;              // Completed, Failed (Cancelled comes from cancelledAt)
    QString serviceExceptionJson; // for Failed: the JSON document, as a string
    int attempts = 1;             // a failed scheduled refresh is retried by the service
    QDateTime cancelledAt;
    bool enhanced = false;

    bool isRunningAt(const QDateTime &now) const;
    QString statusAt(const QDateTime &now) const;
    // The end time as seen at `now`; invalid while running.
    QDateTime endTimeAt(const QDateTime &now) const;
    bool failedOnCredentialsAt(const QDateTime &now) const;

    // The history entry of GET .../refreshes.
    QJsonObject toHistoryJson(const QDateTime &now) const;
    // The enhanced refresh execution details of GET .../refreshes/{requestId}.
    QJsonObject toExecutionDetailsJson(const QDateTime &now) const;
};
