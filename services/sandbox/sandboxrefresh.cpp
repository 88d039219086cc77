#include "sandboxrefresh.h"

#include "sandboxids.h"

#include <QJsonArray>

bool SandboxRefresh::isRunningAt(const QDateTime &now) const
{
    return statusAt(now) == QStringLiteral("Unknown");
}

QString SandboxRefresh::statusAt(const QDateTime &now) const
{
    if (cancelledAt.isValid() && cancelledAt < plannedEndTime && cancelledAt <= now)
        return QStringLiteral("Cancelled");
    if (now < plannedEndTime)
        return QStringLiteral("Unknown");
    return outcome;
}

QDateTime SandboxRefresh::endTimeAt(const QDateTime &now) const
{
    const QString status = statusAt(now);
    if (status == QStringLiteral("Unknown"))
        return {};
    if (status == QStringLiteral("Cancelled"))
        return cancelledAt;
    return plannedEndTime;
}

bool SandboxRefresh::failedOnCredentialsAt(const QDateTime &now) const
{
    return statusAt(now) == QStringLiteral("Failed") &&
           serviceExceptionJson.contains(QStringLiteral("OAuthTokenRefreshFailed"));
}

QJsonObject SandboxRefresh::toHistoryJson(const QDateTime &now) const
{
    const QString status = statusAt(now);
    const QDateTime end = endTimeAt(now);
    QJsonObject entry{
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("id"), id},
        {QStringLiteral("refreshType"), refreshType},
        {QStringLiteral("startTime"), SandboxIds::powerBiTime(startTime)},
        {QStringLiteral("status"), status},
    };
    if (end.isValid())
        entry.insert(QStringLiteral("endTime"), SandboxIds::powerBiTime(end));
    if (status == QStringLiteral("Failed"))
        entry.insert(QStringLiteral("serviceExceptionJson"), serviceExceptionJson);

    // Attempts share the refresh's time span evenly; only the last one may still run.
    QJsonArray attemptList;
    const qint64 spanMs = startTime.msecsTo(end.isValid() ? end : plannedEndTime);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        const QDateTime attemptStart = startTime.addMSecs(spanMs * (attempt - 1) / attempts);
        const QDateTime attemptEnd = startTime.addMSecs(spanMs * attempt / attempts);
        QJsonObject item{{QStringLiteral("attemptId"), attempt},
                         {QStringLiteral("startTime"), SandboxIds::powerBiTime(attemptStart)},
                         {QStringLiteral("type"), QStringLiteral("Data")}};
        if (attempt < attempts || end.isValid())
            item.insert(QStringLiteral("endTime"), SandboxIds::powerBiTime(attemptEnd));
        if (status == QStringLiteral("Failed") ||
            (attempt < attempts && outcome == QStringLiteral("Failed")))
            item.insert(QStringLiteral("serviceExceptionJson"), serviceExceptionJson);
        attemptList.append(item);
    }
    entry.insert(QStringLiteral("refreshAttempts"), attemptList);
    return entry;
}

QJsonObject SandboxRefresh::toExecutionDetailsJson(const QDateTime &now) const
{
    const QString status = statusAt(now);
    QString detailStatus = QStringLiteral("inProgress");
    if (status == QStringLiteral("Completed"))
        detailStatus = QStringLiteral("completed");
    else if (status == QStringLiteral("Failed"))
        detailStatus = QStringLiteral("failed");
    else if (status == QStringLiteral("Cancelled"))
        detailStatus = QStringLiteral("cancelled");
    QJsonObject details{
        {QStringLiteral("startTime"), SandboxIds::powerBiTime(startTime)},
        {QStringLiteral("type"), QStringLiteral("full")},
        {QStringLiteral("commitMode"), QStringLiteral("transactional")},
        {QStringLiteral("status"), detailStatus},
        {QStringLiteral("extendedStatus"),
         detailStatus == QStringLiteral("inProgress") ? QStringLiteral("InProgress") : status},
        {QStringLiteral("currentRefreshType"), QStringLiteral("full")},
        {QStringLiteral("numberOfAttempts"), attempts},
        {QStringLiteral("objects"), QJsonArray()},
    };
    const QDateTime end = endTimeAt(now);
    if (end.isValid())
        details.insert(QStringLiteral("endTime"), SandboxIds::powerBiTime(end));
    return details;
}
