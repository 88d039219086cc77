#pragma once

#include "jsonreader.h"
#include "serviceexception.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One attempt inside a refresh history entry ("refreshAttempts"): Power BI retries a failed
// refresh, and loads query caches in a separate "Query" attempt.
class RefreshAttempt
{
public:
    enum class Type
    {
        Data,
        Query,
        Other
    }; // Other: an unknown value, kept in typeText()

    RefreshAttempt() = default;
    static RefreshAttempt read(const JsonReader &reader);

    std::optional<qint64> attemptId() const { return m_attemptId; }
    QDateTime startTime() const { return m_startTime; }
    // Invalid while the attempt runs.
    QDateTime endTime() const { return m_endTime; }
    Type type() const { return m_type; }
    QString typeText() const { return m_typeText; }
    ServiceException serviceException() const { return m_serviceException; }

private:
    std::optional<qint64> m_attemptId;
    QDateTime m_startTime;
    QDateTime m_endTime;
    Type m_type = Type::Other;
    QString m_typeText;
    ServiceException m_serviceException;
};
