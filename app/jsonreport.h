#pragma once

#include "apierror.h"
#include "datasetcatalogue.h"
#include "datasetchoice.h"
#include "datasetstatus.h"
#include "datasetwatch.h"
#include "refresh.h"
#include "refreshrun.h"
#include "refreshschedule.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The JSON documents of the command line (README, "Command line"): a contract. Every member is
// always present, null where unknown; times and enumerations exactly as the service sent them.
class JsonReport
{
public:
    static QJsonObject datasets(const DatasetCatalogue &catalogue);
    static QJsonObject status(const DatasetStatus &status);
    static QJsonObject history(const DatasetChoice &choice, const QList<Refresh> &refreshes);
    static QJsonObject schedule(const DatasetChoice &choice, const RefreshSchedule &schedule);
    // waited: --wait was given; then status is the refresh's final (or last seen) status.
    static QJsonObject refreshNow(const DatasetChoice &choice, const RefreshRun &run, bool waited);
    // {"checkedAt","workspace","dataset","findings":[{"key","kind","summary","body","open"}],
    // "outcome","announced":[keys],"ended":[keys],"notificationsShown","notifyError","pushed",
    // "pushError"}.
    static QJsonObject watch(const WatchReport &report);
    // {"error":{"code","message","httpStatus","requestId"}}; candidates (for an ambiguous
    // dataset) adds "candidates":[{"workspace","dataset"}].
    static QJsonObject error(const QString &code, const QString &message, int httpStatus = 0,
                             const QString &requestId = {},
                             const QList<DatasetChoice> &candidates = {});
    static QJsonObject apiError(const ApiError &error);

    // REFRESH: {"requestId","refreshType","status","startTime","endTime","errorCode",
    // "explanation"}.
    static QJsonObject refresh(const Refresh &refresh);
    static QJsonObject workspace(const DatasetChoice &choice);
    static QJsonObject dataset(const DatasetChoice &choice);
    static QJsonObject scheduleMembers(const RefreshSchedule &schedule);
    static QJsonObject credential(const CredentialState &state);
    static QJsonObject verdict(const RepairVerdict &verdict);
    static QByteArray toText(const QJsonObject &document);

private:
    static QJsonValue textOrNull(const QString &text);
    // UTC, ISO 8601 with milliseconds; null when invalid.
    static QJsonValue timeOrNull(const QDateTime &time);
    static QJsonValue refreshOrNull(const std::optional<Refresh> &refresh);
};
