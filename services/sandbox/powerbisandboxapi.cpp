#include "powerbisandboxapi.h"

#include "sandboxcontext.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxscenario.h"
#include "sandboxschedulevalidator.h"

#include <QJsonArray>

static QRegularExpression routePattern(const QString &tail, bool workspaceOptional = true)
{
    const QString workspace = workspaceOptional ? QStringLiteral("(?:/groups/(?<group>[^/]+))?")
                                                : QStringLiteral("/groups/(?<group>[^/]+)");
    return QRegularExpression(QStringLiteral("^/v1\\.0/myorg") + workspace + tail +
                                  QStringLiteral("/?$"),
                              QRegularExpression::CaseInsensitiveOption);
}

PowerBiSandboxApi::PowerBiSandboxApi(SandboxContext &context)
    : PowerBiSandboxRoutes(context)
    , m_refreshes(context)
    , m_gateways(context)
{
    const QString dataset = QStringLiteral("/datasets/(?<dataset>[^/]+)");
    const QString refreshes = dataset + QStringLiteral("/refreshes");
    const QString schedule = dataset + QStringLiteral("/refreshSchedule");
    m_routes = {
        {"GET",
         QRegularExpression(QStringLiteral("^/v1\\.0/myorg/groups/?$"),
                            QRegularExpression::CaseInsensitiveOption),
         on(*this, &PowerBiSandboxApi::listGroups)},
        {"GET", routePattern(QStringLiteral("/datasets")),
         on(*this, &PowerBiSandboxApi::listDatasets)},
        {"GET", routePattern(dataset), on(*this, &PowerBiSandboxApi::getDataset)},
        {"GET", routePattern(refreshes), on(m_refreshes, &PowerBiRefreshSandboxApi::listRefreshes)},
        {"POST", routePattern(refreshes), on(m_refreshes, &PowerBiRefreshSandboxApi::startRefresh)},
        {"GET", routePattern(refreshes + QStringLiteral("/(?<refresh>[^/]+)")),
         on(m_refreshes, &PowerBiRefreshSandboxApi::refreshDetails)},
        {"DELETE", routePattern(refreshes + QStringLiteral("/(?<refresh>[^/]+)")),
         on(m_refreshes, &PowerBiRefreshSandboxApi::cancelRefresh)},
        {"GET", routePattern(schedule), on(*this, &PowerBiSandboxApi::getSchedule)},
        {"PATCH", routePattern(schedule), on(*this, &PowerBiSandboxApi::patchSchedule)},
        {"GET", routePattern(dataset + QStringLiteral("/datasources")),
         on(*this, &PowerBiSandboxApi::listDatasources)},
        {"POST", routePattern(dataset + QStringLiteral("/Default\\.TakeOver"), false),
         on(*this, &PowerBiSandboxApi::takeOver)},
        {"GET",
         QRegularExpression(QStringLiteral("^/v1\\.0/myorg/gateways/(?<gateway>[^/]+)/?$"),
                            QRegularExpression::CaseInsensitiveOption),
         on(m_gateways, &PowerBiGatewaySandboxApi::getGateway)},
        {"PATCH",
         QRegularExpression(
             QStringLiteral(
                 "^/v1\\.0/myorg/gateways/(?<gateway>[^/]+)/datasources/(?<datasource>[^/]+)/?$"),
             QRegularExpression::CaseInsensitiveOption),
         on(m_gateways, &PowerBiGatewaySandboxApi::setCredentials)},
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
            return candidate.handler(Call{request, caller, match});
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
    // The sign-in gave a token, but the tenant setting "Service principals can use Fabric APIs"
    // does not cover this one: Power BI refuses it on every call.
    if (token->servicePrincipal &&
        token->subject == SandboxScenario::servicePrincipalNotAllowedClientId)
        return error(401, QStringLiteral("PowerBINotAuthorizedException"),
                     QStringLiteral("The service principal is not allowed to use Power BI APIs in "
                                    "this tenant."));
    caller->subject = token->subject;
    caller->servicePrincipal = token->servicePrincipal;
    return std::nullopt;
}

// The $filter forms clients use on GET groups: name eq '...', contains(name,'...'),
// id eq '...', isOnDedicatedCapacity eq true|false. Anything else is refused.
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
    static const QRegularExpression idEquals(QStringLiteral("^\\s*id\\s+eq\\s+'([^']*)'\\s*$"),
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
    if (const auto match = idEquals.match(filter); match.hasMatch()) {
        const QString id = match.captured(1);
        return [id](const SandboxWorkspace &w) {
            return w.id.compare(id, Qt::CaseInsensitive) == 0;
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
