#include "jsonreport.h"

#include "refreshexplanation.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonValue JsonReport::timeOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue JsonReport::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue JsonReport::refreshOrNull(const std::optional<Refresh> &refresh)
{
    return refresh ? QJsonValue(JsonReport::refresh(*refresh)) : QJsonValue(QJsonValue::Null);
}

QJsonObject JsonReport::refresh(const Refresh &refresh)
{
    return {
        {QStringLiteral("requestId"), textOrNull(refresh.requestId())},
        {QStringLiteral("refreshType"), textOrNull(refresh.refreshTypeText())},
        {QStringLiteral("status"), textOrNull(refresh.statusText())},
        {QStringLiteral("startTime"), textOrNull(refresh.startTimeText())},
        {QStringLiteral("endTime"), textOrNull(refresh.endTimeText())},
        {QStringLiteral("errorCode"), textOrNull(RefreshExplanation::errorCode(refresh))},
        {QStringLiteral("explanation"), RefreshExplanation::sentence(refresh)},
    };
}

QJsonObject JsonReport::workspace(const DatasetChoice &choice)
{
    // My workspace: id null, and a name that does not change with the language.
    if (choice.isInMyWorkspace())
        return {{QStringLiteral("id"), QJsonValue::Null},
                {QStringLiteral("name"), QStringLiteral("My workspace")}};
    return {{QStringLiteral("id"), choice.workspace.id()},
            {QStringLiteral("name"), textOrNull(choice.workspace.name())}};
}

QJsonObject JsonReport::dataset(const DatasetChoice &choice)
{
    return {{QStringLiteral("id"), choice.dataset.id()},
            {QStringLiteral("name"), textOrNull(choice.dataset.name())},
            {QStringLiteral("configuredBy"), textOrNull(choice.dataset.configuredBy())}};
}

QJsonObject JsonReport::scheduleMembers(const RefreshSchedule &schedule)
{
    return {{QStringLiteral("enabled"), schedule.isEnabled()},
            {QStringLiteral("days"), QJsonArray::fromStringList(schedule.days())},
            {QStringLiteral("times"), QJsonArray::fromStringList(schedule.times())},
            {QStringLiteral("localTimeZoneId"), textOrNull(schedule.localTimeZoneId())},
            {QStringLiteral("notifyOption"), textOrNull(schedule.notifyOption())},
            {QStringLiteral("isDaily"), schedule.isDaily()}};
}

QJsonObject JsonReport::datasets(const DatasetCatalogue &catalogue)
{
    QJsonArray workspaces;
    for (const DatasetCatalogue::Group &group : catalogue.groups()) {
        QJsonArray datasets;
        for (const DatasetChoice &choice : group.datasets) {
            QJsonObject entry = dataset(choice);
            entry.insert(QStringLiteral("isXero"), choice.isXero);
            datasets.append(entry);
        }
        QJsonObject entry = workspace(DatasetChoice{group.workspace, {}, false});
        entry.insert(QStringLiteral("datasets"), datasets);
        workspaces.append(entry);
    }
    return {{QStringLiteral("workspaces"), workspaces}};
}

QJsonObject JsonReport::status(const DatasetStatus &status)
{
    QJsonArray datasources;
    for (const Datasource &source : status.datasources) {
        datasources.append(QJsonObject{
            {QStringLiteral("datasourceType"), textOrNull(source.datasourceType())},
            {QStringLiteral("datasourceId"), textOrNull(source.datasourceId())},
            {QStringLiteral("gatewayId"), textOrNull(source.gatewayId())},
            {QStringLiteral("connectionDetails"), source.connectionDetails()},
        });
    }
    const std::optional<int> left = status.quota.refreshesLeftToday();
    return {
        {QStringLiteral("workspace"), workspace(status.dataset)},
        {QStringLiteral("dataset"), dataset(status.dataset)},
        {QStringLiteral("lastRefresh"), refreshOrNull(status.lastRefresh())},
        {QStringLiteral("schedule"), scheduleMembers(status.schedule)},
        {QStringLiteral("datasources"), datasources},
        {QStringLiteral("xeroDatasourceId"),
         status.xeroSource.chosen ? textOrNull(status.xeroSource.chosen->datasourceId())
                                  : QJsonValue()},
        {QStringLiteral("credential"), credential(status.credential)},
        {QStringLiteral("repair"), verdict(status.verdict)},
        {QStringLiteral("refreshesToday"), status.quota.refreshesToday()},
        {QStringLiteral("refreshesLeftToday"), left ? QJsonValue(*left) : QJsonValue()},
    };
}

QJsonObject JsonReport::credential(const CredentialState &state)
{
    return {{QStringLiteral("kind"), state.kindName()},
            {QStringLiteral("since"), timeOrNull(state.since)},
            {QStringLiteral("expiresAt"), timeOrNull(state.expiresAt)},
            {QStringLiteral("confirmed"), state.confirmed},
            {QStringLiteral("sentence"), state.sentence()}};
}

QJsonObject JsonReport::verdict(const RepairVerdict &verdict)
{
    QJsonArray left;
    for (const RepairVerdict::Left &item : verdict.left)
        left.append(QJsonObject{{QStringLiteral("code"), item.code},
                                {QStringLiteral("sentence"), item.sentence}});
    return {{QStringLiteral("finished"), verdict.isFinished()},
            {QStringLiteral("left"), left},
            {QStringLiteral("nextScheduledRefresh"), verdict.nextScheduledRefresh
                                                         ? timeOrNull(*verdict.nextScheduledRefresh)
                                                         : QJsonValue()},
            {QStringLiteral("nextRefreshWarning"), textOrNull(verdict.nextRefreshWarning)}};
}

QJsonObject JsonReport::history(const DatasetChoice &choice, const QList<Refresh> &refreshes)
{
    QJsonArray entries;
    for (const Refresh &entry : refreshes)
        entries.append(refresh(entry));
    return {{QStringLiteral("workspace"), workspace(choice)},
            {QStringLiteral("dataset"), dataset(choice)},
            {QStringLiteral("refreshes"), entries}};
}

QJsonObject JsonReport::schedule(const DatasetChoice &choice, const RefreshSchedule &schedule)
{
    return {{QStringLiteral("workspace"), workspace(choice)},
            {QStringLiteral("dataset"), dataset(choice)},
            {QStringLiteral("schedule"), scheduleMembers(schedule)}};
}

QJsonObject JsonReport::refreshNow(const DatasetChoice &choice, const RefreshRun &run, bool waited)
{
    QString status = QStringLiteral("Accepted");
    if (waited)
        status = run.refresh && !run.refresh->statusText().isEmpty() ? run.refresh->statusText()
                                                                     : QStringLiteral("Unknown");
    return {{QStringLiteral("workspace"), workspace(choice)},
            {QStringLiteral("dataset"), dataset(choice)},
            {QStringLiteral("credentialsPushed"), run.credentialsPushed},
            {QStringLiteral("requestId"), textOrNull(run.start.requestId)},
            {QStringLiteral("status"), status},
            {QStringLiteral("lastRefresh"), refreshOrNull(run.refresh)}};
}

QJsonObject JsonReport::watch(const WatchReport &report)
{
    const auto keysOf = [](const QList<WatchFinding> &findings) {
        QJsonArray keys;
        for (const WatchFinding &finding : findings)
            keys.append(finding.key);
        return keys;
    };
    const auto kindOf = [](WatchFinding::Kind kind) {
        switch (kind) {
        case WatchFinding::Kind::Warning:
            return QStringLiteral("warning");
        case WatchFinding::Kind::Recovery:
            return QStringLiteral("recovery");
        case WatchFinding::Kind::Problem:
            break;
        }
        return QStringLiteral("problem");
    };
    QJsonArray findings;
    for (const WatchFinding &finding : report.findings)
        findings.append(QJsonObject{{QStringLiteral("key"), finding.key},
                                    {QStringLiteral("kind"), kindOf(finding.kind)},
                                    {QStringLiteral("summary"), finding.summary},
                                    {QStringLiteral("body"), finding.body},
                                    {QStringLiteral("open"), finding.openWhat}});
    const auto errorOrNull = [](const std::optional<ApiError> &error) {
        return error ? QJsonValue(apiError(*error).value(QStringLiteral("error"))) : QJsonValue();
    };
    return {{QStringLiteral("checkedAt"), timeOrNull(report.checkedAt)},
            {QStringLiteral("workspace"),
             report.status ? QJsonValue(workspace(report.status->dataset)) : QJsonValue()},
            {QStringLiteral("dataset"),
             report.status ? QJsonValue(dataset(report.status->dataset)) : QJsonValue()},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("outcome"), report.outcome},
            {QStringLiteral("announced"), keysOf(report.appeared)},
            {QStringLiteral("ended"), keysOf(report.ended)},
            {QStringLiteral("notificationsShown"), report.notificationsShown},
            {QStringLiteral("notifyError"), errorOrNull(report.notifyError)},
            {QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("pushError"), errorOrNull(report.pushFailure)}};
}

QJsonObject JsonReport::error(const QString &code, const QString &message, int httpStatus,
                              const QString &requestId, const QList<DatasetChoice> &candidates)
{
    QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("httpStatus"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("requestId"), textOrNull(requestId)}};
    if (!candidates.isEmpty()) {
        QJsonArray list;
        for (const DatasetChoice &choice : candidates)
            list.append(QJsonObject{{QStringLiteral("workspace"), workspace(choice)},
                                    {QStringLiteral("dataset"), dataset(choice)}});
        error.insert(QStringLiteral("candidates"), list);
    }
    return {{QStringLiteral("error"), error}};
}

QJsonObject JsonReport::apiError(const ApiError &error)
{
    const QString code = error.codeOrKind();
    return JsonReport::error(code, error.plainSentence(), error.httpStatus(), error.requestId());
}

QByteArray JsonReport::toText(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
