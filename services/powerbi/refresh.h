#pragma once

#include "jsonreader.h"
#include "refreshattempt.h"
#include "result.h"
#include "serviceexception.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One entry of a dataset's refresh history (GET .../refreshes), newest first in the answer.
// Enumerations are open: a value this program does not know is kept as text (and shown),
// never rejected.
class Refresh
{
public:
    enum class Type
    {
        Scheduled,
        OnDemand,
        ViaApi,
        ViaXmlaEndpoint,
        ViaEnhancedApi,
        OnDemandTraining,
        Other, // e.g. "ReliableProcessing", seen live: see typeText()
    };
    enum class Status
    {
        Unknown, // running, or the service does not know; also when the answer leaves it out
        Completed,
        Failed,
        Disabled,
        Cancelled,
        Other, // see statusText()
    };

    Refresh() = default;

    static Refresh read(const JsonReader &reader);
    static Result<Refresh> fromJson(const QJsonObject &object);
    static Result<QList<Refresh>> listFromJson(const QByteArray &body);
    static Type typeFromText(const QString &text);
    static Status statusFromText(const QString &text);

    QString requestId() const { return m_requestId; }
    // Undocumented but present: an integer.
    std::optional<qint64> id() const { return m_id; }
    Type refreshType() const { return m_refreshType; }
    QString refreshTypeText() const { return m_refreshTypeText; }
    QDateTime startTime() const { return m_startTime; }
    // Invalid while the refresh runs (the service leaves it out).
    QDateTime endTime() const { return m_endTime; }
    // The times exactly as the service wrote them (empty when absent), for output that must
    // not reformat them (the command line's JSON).
    QString startTimeText() const { return m_startTimeText; }
    QString endTimeText() const { return m_endTimeText; }
    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; }
    QString extendedStatus() const { return m_extendedStatus; }
    ServiceException serviceException() const { return m_serviceException; }
    QList<RefreshAttempt> attempts() const { return m_attempts; }
    // Status Unknown and no end time: the refresh is still going.
    bool isRunning() const { return m_status == Status::Unknown && !m_endTime.isValid(); }

private:
    QString m_requestId;
    std::optional<qint64> m_id;
    Type m_refreshType = Type::Other;
    QString m_refreshTypeText;
    QDateTime m_startTime;
    QDateTime m_endTime;
    QString m_startTimeText;
    QString m_endTimeText;
    Status m_status = Status::Unknown;
    QString m_statusText;
    QString m_extendedStatus;
    ServiceException m_serviceException;
    QList<RefreshAttempt> m_attempts;
};
