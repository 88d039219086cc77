#include "powerbisandboxapi.h"

#include "sandboxcontext.h"
#include "sandboxdailylimit.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxschedulevalidator.h"
#include "sandboxxeroconnector.h"
#include "xeroapisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>

static const QString refreshInProgressMessage =
    QStringLiteral("Invalid dataset refresh request. Another refresh request is already executing");
static const QString dailyLimitMessage = QStringLiteral(
    "Invalid dataset refresh request. Number of refresh requests in last 24 hours exceeded limit");

static QRegularExpression routePattern(const QString &tail, bool workspaceOptional = true)
{
    const QString workspace = workspaceOptional ? QStringLiteral("(?:/groups/(?<group>[^/]+))?")
                                                : QStringLiteral("/groups/(?<group>[^/]+)");
    return QRegularExpression(QStringLiteral("^/v1\\.0/myorg") + workspace + tail +
                                  QStringLiteral("/?$"),
                              QRegularExpression::CaseInsensitiveOption);
}

PowerBiSandboxApi::PowerBiSandboxApi(SandboxContext &context)
    : m_context(context)
{
    const QString dataset = QStringLiteral("/datasets/(?<dataset>[^/]+)");
    const QString refreshes = dataset + QStringLiteral("/refreshes");
    const QString schedule = dataset + QStringLiteral("/refreshSchedule");
    m_routes = {
        {"GET",
         QRegularExpression(QStringLiteral("^/v1\\.0/myorg/groups/?$"),
                            QRegularExpression::CaseInsensitiveOption),
         &PowerBiSandboxApi::listGroups},
        {"GET", routePattern(QStringLiteral("/datasets")), &PowerBiSandboxApi::listDatasets},
        {"GET", routePattern(dataset), &PowerBiSandboxApi::getDataset},
        {"GET", routePattern(refreshes), &PowerBiSandboxApi::listRefreshes},
        {"POST", routePattern(refreshes), &PowerBiSandboxApi::startRefresh},
        {"GET", routePattern(refreshes + QStringLiteral("/(?<refresh>[^/]+)")),
         &PowerBiSandboxApi::refreshDetails},
        {"DELETE", routePattern(refreshes + QStringLiteral("/(?<refresh>[^/]+)")),
         &PowerBiSandboxApi::cancelRefresh},
        {"GET", routePattern(schedule), &PowerBiSandboxApi::getSchedule},
        {"PATCH", routePattern(schedule), &PowerBiSandboxApi::patchSchedule},
        {"GET", routePattern(dataset + QStringLiteral("/datasources")),
         &PowerBiSandboxApi::listDatasources},
        {"POST", routePattern(dataset + QStringLiteral("/Default\\.TakeOver"), false),
         &PowerBiSandboxApi::takeOver},
        {"GET",
         QRegularExpression(QStringLiteral("^/v1\\.0/myorg/gateways/(?<gateway>[^/]+)/?$"),
                            QRegularExpression::CaseInsensitiveOption),
         &PowerBiSandboxApi::getGateway},
        {"PATCH",
         QRegularExpression(
             QStringLiteral(
                 "^/v1\\.0/myorg/gateways/(?<gateway>[^/]+)/datasources/(?<datasource>[^/]+)/?$"),
             QRegularExpression::CaseInsensitiveOption),
         &PowerBiSandboxApi::setCredentials},
    };
}

std::optional<SandboxReply> PowerBiSandboxApi::handle(const SandboxRequest &request)
{
    if (!request.path.startsWith(QStringLiteral("/v1.0/myorg"), Qt::CaseInsensitive))
        return std::nullopt;
    SandboxReply reply = route(request);
    // Every Power BI answer carries a request id; a started refresh already set its own.
    if (reply.header("RequestId").isEmpty())
        reply.setHeader("RequestId", SandboxIds::guid().toLatin1());
    return reply;
}

SandboxReply PowerBiSandboxApi::route(const SandboxRequest &request)
{
    Caller caller;
    if (const auto refusal = authenticate(request, &caller))
        return *refusal;
    bool pathKnown = false;
    for (const Route &candidate : m_routes) {
        const QRegularExpressionMatch match = candidate.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.method == request.method)
            return (this->*candidate.handler)(Call{request, caller, match});
    }
    if (pathKnown)
        return error(405, QStringLiteral("MethodNotAllowed"),
                     QStringLiteral("The requested resource does not support http method '%1'.")
                         .arg(QString::fromLatin1(request.method)));
    return error(404, QStringLiteral("NotFound"),
                 QStringLiteral("No HTTP resource was found that matches the request URI."));
}

std::optional<SandboxReply> PowerBiSandboxApi::authenticate(const SandboxRequest &request,
                                                            Caller *caller) const
{
    const SandboxToken *token =
        m_context.tokens.find(request.bearerToken(), SandboxToken::Kind::PowerBiAccess);
    if (!token) {
        SandboxReply reply = error(401, QStringLiteral("PowerBINotAuthorizedException"),
                                   QStringLiteral("The access token is missing or not valid."));
        reply.setHeader("WWW-Authenticate", "Bearer realm=\"\", error=\"invalid_token\"");
        return reply;
    }
    if (token->expiresAt <= m_context.clock.now())
        return error(403, QStringLiteral("TokenExpired"),
                     QStringLiteral("Access token has expired, resubmit with a new access token"));
    caller->subject = token->subject;
    caller->servicePrincipal = token->servicePrincipal;
    return std::nullopt;
}

SandboxReply PowerBiSandboxApi::error(int status, const QString &code, const QString &message)
{
    return SandboxReply::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

SandboxReply PowerBiSandboxApi::badRequest(const QString &target, const QString &message)
{
    const QJsonObject detail{{QStringLiteral("message"), message},
                             {QStringLiteral("target"), target}};
    return SandboxReply::json(
        400, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("BadRequest")},
                                      {QStringLiteral("message"), QStringLiteral("Bad Request")},
                                      {QStringLiteral("details"), QJsonArray{detail}}}}});
}

SandboxDataset *PowerBiSandboxApi::dataset(const Call &call, SandboxReply *failure)
{
    const QString groupId = call.groupId();
    if (groupId.isEmpty() && call.caller.servicePrincipal) {
        // A service principal has no My workspace. The service answers such calls with an
        // authorization error; we choose 401 PowerBINotAuthorizedException.
        *failure = error(401, QStringLiteral("PowerBINotAuthorizedException"),
                         QStringLiteral("A service principal has no My workspace: use the "
                                        "groups/{groupId} form of this call."));
        return nullptr;
    }
    if (!groupId.isEmpty() && !m_context.state.workspace(groupId)) {
        *failure = error(404, QStringLiteral("PowerBIEntityNotFound"),
                         QStringLiteral("Couldn't find the workspace %1.").arg(groupId));
        return nullptr;
    }
    const QString datasetId = call.match.captured(QStringLiteral("dataset"));
    SandboxDataset *found = m_context.state.dataset(groupId, datasetId, call.caller.subject);
    if (!found) {
        *failure = error(404, QStringLiteral("PowerBIEntityNotFound"),
                         QStringLiteral("Couldn't find the dataset %1.").arg(datasetId));
    }
    return found;
}

QString PowerBiSandboxApi::contextUrl(const Call &call, const QString &entitySet) const
{
    QString base = call.request.root.toString() + QStringLiteral("/v1.0/myorg/");
    if (!call.groupId().isEmpty())
        base += QStringLiteral("groups/") + call.groupId() + QLatin1Char('/');
    return base + QStringLiteral("$metadata#") + entitySet;
}

static std::optional<int> nonNegativeInteger(const QMap<QString, QString> &query,
                                             const QString &name, int fallback, bool *valid)
{
    *valid = true;
    if (!query.contains(name))
        return fallback;
    bool ok = false;
    const int value = query.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *valid = false;
        return std::nullopt;
    }
    return value;
}

// The $filter forms clients use on GET groups: name eq '...', contains(name,'...'),
// isOnDedicatedCapacity eq true|false. Anything else is refused.
static std::optional<std::function<bool(const SandboxWorkspace &)>>
groupFilter(const QString &filter)
{
    if (filter.isEmpty())
        return [](const SandboxWorkspace &) {
            return true;
        };
    static const QRegularExpression nameEquals(
        QStringLiteral("^\\s*name\\s+eq\\s+'((?:[^']|'')*)'\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameContains(
        QStringLiteral("^\\s*contains\\(\\s*name\\s*,\\s*'((?:[^']|'')*)'\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dedicated(
        QStringLiteral("^\\s*isOnDedicatedCapacity\\s+eq\\s+(true|false)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = nameEquals.match(filter); match.hasMatch()) {
        const QString name = match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
        return [name](const SandboxWorkspace &w) {
            return w.name == name;
        };
    }
    if (const auto match = nameContains.match(filter); match.hasMatch()) {
        const QString part = match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
        return [part](const SandboxWorkspace &w) {
            return w.name.contains(part, Qt::CaseInsensitive);
        };
    }
    if (const auto match = dedicated.match(filter); match.hasMatch()) {
        const bool wanted = match.captured(1).toLower() == QStringLiteral("true");
        return [wanted](const SandboxWorkspace &w) {
            return w.isOnDedicatedCapacity == wanted;
        };
    }
    return std::nullopt;
}

SandboxReply PowerBiSandboxApi::listGroups(const Call &call)
{
    const QMap<QString, QString> query = call.request.query();
    bool topValid = true;
    bool skipValid = true;
    const auto top = nonNegativeInteger(query, QStringLiteral("$top"), 5000, &topValid);
    const auto skip = nonNegativeInteger(query, QStringLiteral("$skip"), 0, &skipValid);
    if (!topValid || *top < 1 || *top > 5000)
        return badRequest(QStringLiteral("$top"),
                          QStringLiteral("$top must be an integer between 1 and 5000."));
    if (!skipValid)
        return badRequest(QStringLiteral("$skip"),
                          QStringLiteral("$skip must be a non-negative integer."));
    const auto filter = groupFilter(query.value(QStringLiteral("$filter")));
    if (!filter)
        return badRequest(QStringLiteral("$filter"),
                          QStringLiteral("The $filter expression is not supported."));

    QJsonArray groups;
    int index = 0;
    for (const SandboxWorkspace &workspace : m_context.state.workspaces) {
        if (!(*filter)(workspace))
            continue;
        if (index++ < *skip || groups.size() >= *top)
            continue;
        QJsonObject group{
            {QStringLiteral("id"), workspace.id},
            {QStringLiteral("isReadOnly"), false},
            {QStringLiteral("isOnDedicatedCapacity"), workspace.isOnDedicatedCapacity},
            {QStringLiteral("type"), QStringLiteral("Workspace")},
            {QStringLiteral("name"), workspace.name}};
        if (workspace.isOnDedicatedCapacity)
            group.insert(QStringLiteral("capacityId"), workspace.capacityId);
        groups.append(group);
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                                contextUrl(call, QStringLiteral("groups"))},
                                               {QStringLiteral("@odata.count"), index},
                                               {QStringLiteral("value"), groups}});
}

QJsonObject PowerBiSandboxApi::datasetJson(const SandboxDataset &dataset) const
{
    const QString workspacePart = dataset.workspaceId.isEmpty()
                                      ? QStringLiteral("me")
                                      : QStringLiteral("groups/") + dataset.workspaceId;
    return QJsonObject{
        {QStringLiteral("id"), dataset.id},
        {QStringLiteral("name"), dataset.name},
        {QStringLiteral("webUrl"),
         QStringLiteral("https://app.powerbi.com/%1/datasets/%2").arg(workspacePart, dataset.id)},
        {QStringLiteral("addRowsAPIEnabled"), false},
        {QStringLiteral("configuredBy"), dataset.configuredBy},
        {QStringLiteral("isRefreshable"), true},
        {QStringLiteral("isEffectiveIdentityRequired"), false},
        {QStringLiteral("isEffectiveIdentityRolesRequired"), false},
        {QStringLiteral("isOnPremGatewayRequired"), dataset.isOnPremGatewayRequired},
        {QStringLiteral("targetStorageMode"), QStringLiteral("Abf")},
        {QStringLiteral("createdDate"), SandboxIds::powerBiTime(dataset.createdDate)},
        {QStringLiteral("createReportEmbedURL"),
         QStringLiteral("https://app.powerbi.com/reportEmbed?config=sandbox&datasetId=%1")
             .arg(dataset.id)},
        {QStringLiteral("qnaEmbedURL"),
         QStringLiteral("https://app.powerbi.com/qnaEmbed?config=sandbox&datasetId=%1")
             .arg(dataset.id)},
        {QStringLiteral("upstreamDatasets"), QJsonArray()},
        {QStringLiteral("users"), QJsonArray()},
    };
}

SandboxReply PowerBiSandboxApi::listDatasets(const Call &call)
{
    const QString groupId = call.groupId();
    if (groupId.isEmpty() && call.caller.servicePrincipal)
        return error(401, QStringLiteral("PowerBINotAuthorizedException"),
                     QStringLiteral("A service principal has no My workspace: use the "
                                    "groups/{groupId} form of this call."));
    if (!groupId.isEmpty() && !m_context.state.workspace(groupId))
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the workspace %1.").arg(groupId));
    QJsonArray datasets;
    for (const SandboxDataset *dataset : m_context.state.datasetsOf(groupId, call.caller.subject))
        datasets.append(datasetJson(*dataset));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                                contextUrl(call, QStringLiteral("datasets"))},
                                               {QStringLiteral("value"), datasets}});
}

SandboxReply PowerBiSandboxApi::getDataset(const Call &call)
{
    SandboxReply failure;
    const SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    QJsonObject body = datasetJson(*found);
    body.insert(QStringLiteral("@odata.context"),
                contextUrl(call, QStringLiteral("datasets/$entity")));
    return SandboxReply::json(200, body);
}

SandboxReply PowerBiSandboxApi::listRefreshes(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    bool topValid = true;
    const auto top = nonNegativeInteger(call.request.query(), QStringLiteral("$top"),
                                        static_cast<int>(found->refreshes.size()), &topValid);
    if (!topValid)
        return badRequest(QStringLiteral("$top"),
                          QStringLiteral("$top must be a non-negative integer."));
    const QDateTime now = m_context.clock.now();
    QJsonArray history;
    for (const SandboxRefresh &refresh : found->refreshes) {
        if (history.size() >= *top)
            break;
        history.append(refresh.toHistoryJson(now));
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                                contextUrl(call, QStringLiteral("refreshes"))},
                                               {QStringLiteral("value"), history}});
}

bool PowerBiSandboxApi::xeroCredentialsValid(const SandboxDataset &dataset)
{
    // A lasting credential is renewed here when its access token has expired.
    return SandboxXeroConnector(m_context).canRefresh(dataset);
}

std::optional<SandboxReply> PowerBiSandboxApi::refuseRefresh(const SandboxDataset &dataset,
                                                             bool enhanced) const
{
    const QDateTime now = m_context.clock.now();
    if (dataset.runningRefresh(now))
        return error(400, QStringLiteral("InvalidRequest"), refreshInProgressMessage);
    const bool dedicated = m_context.state.isOnDedicatedCapacity(dataset);
    if (enhanced && !dedicated)
        return error(
            400, QStringLiteral("InvalidRequest"),
            QStringLiteral(
                "Invalid dataset refresh request. Enhanced refresh (a request body with type, "
                "commitMode, objects, ...) needs a workspace on Premium or Fabric capacity."));
    // Scheduled refreshes count too; "Refresh now" in the web page (OnDemand) does not.
    if (SandboxDailyLimit::isReached(dataset, dedicated, now))
        return error(400, QStringLiteral("InvalidRequest"), dailyLimitMessage);
    return std::nullopt;
}

SandboxReply PowerBiSandboxApi::startRefresh(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    QJsonObject body;
    if (!call.request.body.trimmed().isEmpty()) {
        const auto parsed = SandboxJson::parseObject(call.request.body);
        if (!parsed)
            return badRequest(QStringLiteral("requestMessage"),
                              QStringLiteral("The request body is not a valid JSON object."));
        body = *parsed;
    }
    static const QStringList enhancedMembers{
        QStringLiteral("type"),           QStringLiteral("commitMode"),
        QStringLiteral("maxParallelism"), QStringLiteral("retryCount"),
        QStringLiteral("objects"),        QStringLiteral("applyRefreshPolicy"),
        QStringLiteral("effectiveDate"),  QStringLiteral("timeout")};
    bool enhanced = false;
    for (const QString &member : enhancedMembers)
        enhanced = enhanced || SandboxJson::hasMember(body, member);

    const QJsonValue notify = SandboxJson::member(body, QStringLiteral("notifyOption"));
    if (!notify.isUndefined()) {
        static const QStringList options{QStringLiteral("NoNotification"),
                                         QStringLiteral("MailOnFailure"),
                                         QStringLiteral("MailOnCompletion")};
        if (!options.contains(notify.toString()))
            return badRequest(QStringLiteral("notifyOption"),
                              QStringLiteral("Invalid notifyOption '%1'.").arg(notify.toString()));
        if (call.caller.servicePrincipal && notify.toString() != QStringLiteral("NoNotification"))
            return error(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid dataset refresh request. A service principal can "
                                        "only use notifyOption NoNotification."));
    }
    if (enhanced) {
        static const QStringList types{QStringLiteral("full"),      QStringLiteral("clearvalues"),
                                       QStringLiteral("calculate"), QStringLiteral("dataonly"),
                                       QStringLiteral("automatic"), QStringLiteral("defragment")};
        const QJsonValue type = SandboxJson::member(body, QStringLiteral("type"));
        if (!type.isUndefined() && !types.contains(type.toString().toLower()))
            return badRequest(QStringLiteral("type"),
                              QStringLiteral("Invalid refresh type '%1'.").arg(type.toString()));
    }
    if (const auto refusal = refuseRefresh(*found, enhanced))
        return *refusal;

    const QDateTime now = m_context.clock.now();
    SandboxRefresh refresh;
    refresh.id = found->nextRefreshId++;
    refresh.requestId = SandboxIds::guid();
    refresh.refreshType = enhanced ? QStringLiteral("ViaEnhancedApi") : QStringLiteral("ViaApi");
    refresh.enhanced = enhanced;
    refresh.startTime = now;
    refresh.plannedEndTime = now.addSecs(refreshSeconds);
    // The outcome is decided now: the Xero credential (a pushed token still valid, or a lasting
    // one Power BI renews) must work when the refresh starts.
    if (found->dependsOnXero() && !xeroCredentialsValid(*found)) {
        refresh.outcome = QStringLiteral("Failed");
        refresh.serviceExceptionJson = SandboxXeroConnector::credentialFailureJson();
    } else {
        refresh.outcome = QStringLiteral("Completed");
    }
    found->refreshes.prepend(refresh);
    found->trimHistory(now);

    SandboxReply reply = SandboxReply::empty(202);
    reply.setHeader("RequestId", refresh.requestId.toLatin1());
    if (enhanced) {
        const QString location = call.request.root.toString() +
                                 QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/refreshes/%3")
                                     .arg(found->workspaceId, found->id, refresh.requestId);
        reply.setHeader("Location", location.toUtf8());
        reply.setHeader("x-ms-request-id", refresh.requestId.toLatin1());
        reply.setHeader("Retry-After", "0");
    }
    return reply;
}

static SandboxRefresh *findRefresh(SandboxDataset &dataset, const QString &id)
{
    for (SandboxRefresh &refresh : dataset.refreshes) {
        if (refresh.requestId.compare(id, Qt::CaseInsensitive) == 0 ||
            QString::number(refresh.id) == id)
            return &refresh;
    }
    return nullptr;
}

SandboxReply PowerBiSandboxApi::refreshDetails(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    const QString refreshId = call.match.captured(QStringLiteral("refresh"));
    const SandboxRefresh *refresh = findRefresh(*found, refreshId);
    if (!refresh || !refresh->enhanced)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the enhanced refresh %1.").arg(refreshId));
    return SandboxReply::json(200, refresh->toExecutionDetailsJson(m_context.clock.now()));
}

SandboxReply PowerBiSandboxApi::cancelRefresh(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    const QString refreshId = call.match.captured(QStringLiteral("refresh"));
    SandboxRefresh *refresh = findRefresh(*found, refreshId);
    const QDateTime now = m_context.clock.now();
    if (!refresh)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the refresh %1.").arg(refreshId));
    if (!refresh->enhanced)
        return error(
            400, QStringLiteral("InvalidRequest"),
            QStringLiteral("Only an enhanced refresh can be cancelled; this one was started as %1.")
                .arg(refresh->refreshType));
    if (!refresh->isRunningAt(now))
        return error(400, QStringLiteral("InvalidRequest"),
                     QStringLiteral("The refresh %1 is not in progress (status %2).")
                         .arg(refreshId, refresh->statusAt(now)));
    refresh->cancelledAt = now;
    return SandboxReply::empty(200);
}

static QJsonObject scheduleJson(const SandboxSchedule &schedule)
{
    return QJsonObject{{QStringLiteral("days"), QJsonArray::fromStringList(schedule.days)},
                       {QStringLiteral("times"), QJsonArray::fromStringList(schedule.times)},
                       {QStringLiteral("enabled"), schedule.enabled},
                       {QStringLiteral("localTimeZoneId"), schedule.localTimeZoneId},
                       {QStringLiteral("notifyOption"), schedule.notifyOption}};
}

SandboxReply PowerBiSandboxApi::getSchedule(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    found->settleSchedule(m_context.clock.now());
    QJsonObject body = scheduleJson(found->schedule);
    body.insert(QStringLiteral("@odata.context"),
                contextUrl(call, QStringLiteral("refreshSchedule")));
    return SandboxReply::json(200, body);
}

SandboxReply PowerBiSandboxApi::patchSchedule(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    if (found->configuredBy.compare(call.caller.subject, Qt::CaseInsensitive) != 0)
        return error(403, QStringLiteral("PowerBINotAuthorizedException"),
                     QStringLiteral("Only the dataset owner (%1) can change the refresh schedule. "
                                    "Take over the dataset first.")
                         .arg(found->configuredBy));
    const auto body = SandboxJson::parseObject(call.request.body);
    if (!body)
        return badRequest(QStringLiteral("datasetModelRefreshScheduleRequest"),
                          QStringLiteral("The request body is not a valid JSON object."));
    const QJsonValue value = SandboxJson::member(*body, QStringLiteral("value"));
    if (!value.isObject())
        return badRequest(
            QStringLiteral("value"),
            QStringLiteral("The request body must wrap the schedule in a 'value' object."));

    const QDateTime now = m_context.clock.now();
    found->settleSchedule(now);
    const auto outcome = SandboxScheduleValidator::apply(
        found->schedule, value.toObject(), m_context.state.isOnDedicatedCapacity(*found),
        call.caller.servicePrincipal);
    if (!outcome.ok)
        return error(400, QStringLiteral("InvalidRequest"), outcome.message);
    const bool switchedOn = outcome.schedule.enabled && !found->schedule.enabled;
    found->schedule = outcome.schedule;
    if (switchedOn)
        found->schedule.enabledAt = now;
    return SandboxReply::empty(200);
}

SandboxReply PowerBiSandboxApi::listDatasources(const Call &call)
{
    SandboxReply failure;
    const SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    QJsonArray datasources;
    for (const SandboxDatasource &datasource : found->datasources) {
        datasources.append(
            QJsonObject{{QStringLiteral("datasourceType"), datasource.datasourceType},
                        {QStringLiteral("connectionDetails"), datasource.connectionDetails},
                        {QStringLiteral("datasourceId"), datasource.datasourceId},
                        {QStringLiteral("gatewayId"), datasource.gatewayId}});
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                                contextUrl(call, QStringLiteral("datasources"))},
                                               {QStringLiteral("value"), datasources}});
}

SandboxReply PowerBiSandboxApi::takeOver(const Call &call)
{
    SandboxReply failure;
    SandboxDataset *found = dataset(call, &failure);
    if (!found)
        return failure;
    found->configuredBy = call.caller.subject;
    return SandboxReply::empty(200);
}

SandboxReply PowerBiSandboxApi::getGateway(const Call &call)
{
    const QString gatewayId = call.match.captured(QStringLiteral("gateway"));
    const SandboxGateway *gateway = m_context.state.gateway(gatewayId);
    // The gateway id of a cloud data source is no gateway this API shows. We answer 404
    // PowerBIEntityNotFound for it, as for an unknown id; Microsoft's EncryptCredentials samples
    // (.NET, Python) read that 404, or a gateway without a public key, as a cloud data source.
    if (!gateway)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the gateway %1.").arg(gatewayId));
    const SandboxGatewayKey *key = m_context.gatewayKeys.keyFor(gateway->id, gateway->keyBits);
    if (!key)
        return error(500, QStringLiteral("InternalServerError"),
                     QStringLiteral("The gateway's key could not be made."));
    // gatewayAnnotation is a JSON document in a string, as the service sends it.
    const QJsonObject annotation{
        {QStringLiteral("gatewayContactInformation"), QJsonArray{gateway->contact}},
        {QStringLiteral("gatewayVersion"), gateway->version},
        {QStringLiteral("gatewayMachine"), gateway->machine},
        {QStringLiteral("gatewayDepartment"), QJsonValue()}};
    return SandboxReply::json(
        200,
        QJsonObject{{QStringLiteral("@odata.context"),
                     call.request.root.toString() +
                         QStringLiteral("/v1.0/myorg/$metadata#gateways/$entity")},
                    {QStringLiteral("id"), gateway->id},
                    {QStringLiteral("name"), gateway->name},
                    {QStringLiteral("type"), QStringLiteral("Resource")},
                    {QStringLiteral("gatewayAnnotation"),
                     QString::fromUtf8(QJsonDocument(annotation).toJson(QJsonDocument::Compact))},
                    {QStringLiteral("publicKey"), key->publicKeyJson()},
                    {QStringLiteral("gatewayStatus"), QStringLiteral("Live")}});
}

// The credentialData entries of the `credentials` string, or nullopt when it is not the
// documented JSON document.
static std::optional<QMap<QString, QString>> credentialData(const QString &credentials)
{
    const auto document = SandboxJson::parseObject(credentials.toUtf8());
    if (!document)
        return std::nullopt;
    const QJsonValue data = SandboxJson::member(*document, QStringLiteral("credentialData"));
    if (!data.isArray())
        return std::nullopt;
    QMap<QString, QString> entries;
    for (const QJsonValue &item : data.toArray()) {
        const QJsonValue name = SandboxJson::member(item.toObject(), QStringLiteral("name"));
        const QJsonValue value = SandboxJson::member(item.toObject(), QStringLiteral("value"));
        if (!name.isString() || !value.isString())
            return std::nullopt;
        entries.insert(name.toString(), value.toString());
    }
    return entries;
}

static std::optional<SandboxReply> checkEnum(const QJsonObject &details, const QString &member,
                                             const QStringList &allowed)
{
    const QJsonValue value = SandboxJson::member(details, member);
    if (value.isUndefined())
        return PowerBiSandboxApi::error(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("credentialDetails.%1 is required.").arg(member));
    if (!allowed.contains(value.toString()))
        return PowerBiSandboxApi::error(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("Invalid credentialDetails.%1 '%2'.").arg(member, value.toString()));
    return std::nullopt;
}

std::optional<QString> PowerBiSandboxApi::credentialsDocument(const QString &gatewayId,
                                                              const QJsonObject &details,
                                                              SandboxReply *refusal)
{
    const QJsonValue credentials = SandboxJson::member(details, QStringLiteral("credentials"));
    if (!credentials.isString()) {
        *refusal = badRequest(QStringLiteral("credentialDetails.credentials"),
                              QStringLiteral("credentials must be a JSON document in a string."));
        return std::nullopt;
    }
    const bool encrypted =
        SandboxJson::member(details, QStringLiteral("encryptionAlgorithm")).toString() ==
        QStringLiteral("RSA-OAEP");
    const SandboxGateway *gateway = m_context.state.gateway(gatewayId);
    // DMTS_InvalidEncryptionAlgorithmError is the code Power BI was seen answering for a
    // credential whose encryption does not fit the data source (Power BI community thread
    // "Possible to update credentials via REST API",
    // https://community.fabric.microsoft.com/t5/Developer/Possible-to-update-credentials-via-REST-API/m-p/1700259);
    // its message was not published, so these sentences are ours.
    const QString wrongAlgorithm = QStringLiteral("DMTS_InvalidEncryptionAlgorithmError");
    if (!gateway && encrypted) {
        *refusal = error(400, wrongAlgorithm,
                         QStringLiteral("This is a cloud data source: send its credentials "
                                        "unencrypted, with encryptionAlgorithm None."));
        return std::nullopt;
    }
    if (!gateway)
        return credentials.toString();
    if (!encrypted) {
        *refusal = error(400, wrongAlgorithm,
                         QStringLiteral("Credentials for a data source on the on-premises gateway "
                                        "%1 must be encrypted with the gateway's public key "
                                        "(encryptionAlgorithm RSA-OAEP).")
                             .arg(gateway->name));
        return std::nullopt;
    }
    const SandboxGatewayKey *key = m_context.gatewayKeys.keyFor(gateway->id, gateway->keyBits);
    QString problem = QStringLiteral("the gateway has no key");
    const std::optional<QByteArray> document =
        key ? key->decrypt(credentials.toString(), &problem) : std::nullopt;
    if (!document) {
        // The gateway reports credentials it cannot read as invalid ones.
        *refusal = error(400, QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
                         QStringLiteral("The gateway %1 could not decrypt the credentials: %2.")
                             .arg(gateway->name, problem));
        return std::nullopt;
    }
    return QString::fromUtf8(*document);
}

SandboxReply PowerBiSandboxApi::setCredentials(const Call &call)
{
    const QString gatewayId = call.match.captured(QStringLiteral("gateway"));
    const QString datasourceId = call.match.captured(QStringLiteral("datasource"));
    SandboxDatasource *datasource = m_context.state.datasource(gatewayId, datasourceId);
    if (!datasource)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the data source %1 on gateway %2.")
                         .arg(datasourceId, gatewayId));
    // Credentials are kept per user: only the data source's owner may change them, and Power BI
    // answers anyone else with 401.
    const QString owner = m_context.state.datasourceOwner(gatewayId, datasourceId);
    if (owner.compare(call.caller.subject, Qt::CaseInsensitive) != 0)
        return error(
            401, QStringLiteral("PowerBINotAuthorizedException"),
            QStringLiteral("Only the owner of the data source can update its credentials."));
    const auto body = SandboxJson::parseObject(call.request.body);
    if (!body)
        return badRequest(QStringLiteral("updateDatasourceRequest"),
                          QStringLiteral("The request body is not a valid JSON object."));
    const QJsonValue detailsValue = SandboxJson::member(*body, QStringLiteral("credentialDetails"));
    if (!detailsValue.isObject())
        return badRequest(QStringLiteral("credentialDetails"),
                          QStringLiteral("credentialDetails is required."));
    const QJsonObject details = detailsValue.toObject();

    if (auto refusal = checkEnum(details, QStringLiteral("credentialType"),
                                 {QStringLiteral("Basic"), QStringLiteral("Windows"),
                                  QStringLiteral("Anonymous"), QStringLiteral("OAuth2"),
                                  QStringLiteral("Key"), QStringLiteral("SAS")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("encryptedConnection"),
                                 {QStringLiteral("Encrypted"), QStringLiteral("NotEncrypted")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("encryptionAlgorithm"),
                                 {QStringLiteral("None"), QStringLiteral("RSA-OAEP")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("privacyLevel"),
                                 {QStringLiteral("None"), QStringLiteral("Public"),
                                  QStringLiteral("Organizational"), QStringLiteral("Private")}))
        return *refusal;
    SandboxReply refusal;
    const std::optional<QString> credentials = credentialsDocument(gatewayId, details, &refusal);
    if (!credentials)
        return refusal;
    const auto data = credentialData(*credentials);
    if (!data)
        return badRequest(QStringLiteral("credentialDetails.credentials"),
                          QStringLiteral("credentials is not a JSON document with a credentialData "
                                         "array of name/value pairs."));

    const QString type = SandboxJson::member(details, QStringLiteral("credentialType")).toString();
    const QString invalidCredentials =
        QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials");
    if (datasource->isXero) {
        const QString token = data->value(QStringLiteral("accessToken"));
        if (type != QStringLiteral("OAuth2") || token.isEmpty())
            return error(400, invalidCredentials,
                         QStringLiteral(
                             "The Xero data source needs OAuth2 credentials with an accessToken."));
        if (!XeroApiSandbox::grantOfAccessToken(m_context, token))
            return error(400, invalidCredentials,
                         QStringLiteral("The credentials provided for the Xero source are invalid: "
                                        "the access token is unknown, expired or revoked."));
        datasource->pushedXeroAccessToken = token;
        // The trap of CONTRACTS.md: the pushed token replaces a lasting credential entered on
        // the Power BI page, so the next refresh after its 30 minutes fails.
        m_context.lastingCredentials.remove(gatewayId, datasourceId);
        return SandboxReply::empty(200);
    }
    const bool complete =
        (type == QStringLiteral("Anonymous")) ||
        (type == QStringLiteral("OAuth2") &&
         !data->value(QStringLiteral("accessToken")).isEmpty()) ||
        ((type == QStringLiteral("Basic") || type == QStringLiteral("Windows")) &&
         !data->value(QStringLiteral("username")).isEmpty()) ||
        (type == QStringLiteral("Key") && !data->value(QStringLiteral("key")).isEmpty()) ||
        (type == QStringLiteral("SAS") && !data->value(QStringLiteral("token")).isEmpty());
    if (!complete)
        return error(400, invalidCredentials,
                     QStringLiteral("The credentials provided for the %1 source are incomplete.")
                         .arg(datasource->datasourceType));
    return SandboxReply::empty(200);
}
