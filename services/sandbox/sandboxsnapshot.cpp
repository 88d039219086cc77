#include "sandboxsnapshot.h"

#include "sandboxcontext.h"

#include <QJsonArray>

namespace {

// ---- values ---------------------------------------------------------------------------------

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

template<typename T, typename Read> QList<T> listOf(const QJsonValue &value, Read read)
{
    QList<T> items;
    for (const QJsonValue &item : value.toArray())
        items.append(read(item.toObject()));
    return items;
}

template<typename T, typename Write> QJsonArray arrayOf(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}

// ---- tokens ---------------------------------------------------------------------------------

const QList<QPair<SandboxToken::Kind, QString>> &tokenKindNames()
{
    static const QList<QPair<SandboxToken::Kind, QString>> names{
        {SandboxToken::Kind::PowerBiAccess, QStringLiteral("PowerBiAccess")},
        {SandboxToken::Kind::MicrosoftRefresh, QStringLiteral("MicrosoftRefresh")},
        {SandboxToken::Kind::XeroAccess, QStringLiteral("XeroAccess")},
        {SandboxToken::Kind::XeroRefresh, QStringLiteral("XeroRefresh")},
    };
    return names;
}

QJsonObject tokenJson(const SandboxToken &token)
{
    QString kind;
    for (const auto &[value, name] : tokenKindNames()) {
        if (value == token.kind)
            kind = name;
    }
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), token.subject},
            {QStringLiteral("servicePrincipal"), token.servicePrincipal},
            {QStringLiteral("clientId"), token.clientId},
            {QStringLiteral("scope"), token.scope},
            {QStringLiteral("grantId"), token.grantId},
            {QStringLiteral("issuedAt"), timeValue(token.issuedAt)},
            {QStringLiteral("expiresAt"), timeValue(token.expiresAt)},
            {QStringLiteral("rotatedAt"), timeValue(token.rotatedAt)}};
}

// nullopt for a kind this version does not know.
std::optional<SandboxToken> tokenOf(const QJsonObject &json)
{
    SandboxToken token;
    bool known = false;
    for (const auto &[value, name] : tokenKindNames()) {
        if (name == json.value(QStringLiteral("kind")).toString()) {
            token.kind = value;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    token.subject = json.value(QStringLiteral("subject")).toString();
    token.servicePrincipal = json.value(QStringLiteral("servicePrincipal")).toBool();
    token.clientId = json.value(QStringLiteral("clientId")).toString();
    token.scope = json.value(QStringLiteral("scope")).toString();
    token.grantId = json.value(QStringLiteral("grantId")).toString();
    token.issuedAt = timeOf(json.value(QStringLiteral("issuedAt")));
    token.expiresAt = timeOf(json.value(QStringLiteral("expiresAt")));
    token.rotatedAt = timeOf(json.value(QStringLiteral("rotatedAt")));
    return token;
}

QJsonObject issuedTokensJson(const SandboxTokenIssuer &issuer)
{
    QJsonObject tokens;
    for (auto it = issuer.byDigest().cbegin(); it != issuer.byDigest().cend(); ++it)
        tokens.insert(it.key(), tokenJson(it.value()));
    return tokens;
}

QHash<QString, SandboxToken> issuedTokensOf(const QJsonObject &json)
{
    QHash<QString, SandboxToken> tokens;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (const std::optional<SandboxToken> token = tokenOf(it.value().toObject()))
            tokens.insert(it.key(), *token);
    }
    return tokens;
}

// A token the sandbox's own Power BI holds: what it is, or null when the issuer has forgotten
// it (revoked with its grant), so that it is refused after the restore as it was before.
QJsonValue heldTokenJson(const SandboxTokenIssuer &issuer, const QString &token,
                         SandboxToken::Kind kind)
{
    const SandboxToken *known = issuer.find(token, kind);
    return known ? QJsonValue(tokenJson(*known)) : QJsonValue();
}

// The same token issued again: a new value that means the same thing.
QString heldTokenOf(SandboxTokenIssuer &issuer, const QJsonValue &json, const QString &forgotten)
{
    if (!json.isObject())
        return forgotten;
    const std::optional<SandboxToken> token = tokenOf(json.toObject());
    return token ? issuer.issue(*token) : forgotten;
}

// ---- Power BI -------------------------------------------------------------------------------

QJsonObject workspaceJson(const SandboxWorkspace &workspace)
{
    return {{QStringLiteral("id"), workspace.id},
            {QStringLiteral("name"), workspace.name},
            {QStringLiteral("isOnDedicatedCapacity"), workspace.isOnDedicatedCapacity},
            {QStringLiteral("capacityId"), workspace.capacityId}};
}

SandboxWorkspace workspaceOf(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(),
            json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("isOnDedicatedCapacity")).toBool(),
            json.value(QStringLiteral("capacityId")).toString()};
}

QJsonObject gatewayJson(const SandboxGateway &gateway)
{
    return {
        {QStringLiteral("id"), gateway.id},           {QStringLiteral("name"), gateway.name},
        {QStringLiteral("keyBits"), gateway.keyBits}, {QStringLiteral("machine"), gateway.machine},
        {QStringLiteral("version"), gateway.version}, {QStringLiteral("contact"), gateway.contact}};
}

SandboxGateway gatewayOf(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(),
            json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("keyBits")).toInt(2048),
            json.value(QStringLiteral("machine")).toString(),
            json.value(QStringLiteral("version")).toString(),
            json.value(QStringLiteral("contact")).toString()};
}

QJsonObject scheduleJson(const SandboxSchedule &schedule)
{
    return {{QStringLiteral("days"), stringArray(schedule.days)},
            {QStringLiteral("times"), stringArray(schedule.times)},
            {QStringLiteral("enabled"), schedule.enabled},
            {QStringLiteral("localTimeZoneId"), schedule.localTimeZoneId},
            {QStringLiteral("notifyOption"), schedule.notifyOption},
            {QStringLiteral("enabledAt"), timeValue(schedule.enabledAt)}};
}

SandboxSchedule scheduleOf(const QJsonObject &json)
{
    SandboxSchedule schedule;
    schedule.days = stringsOf(json.value(QStringLiteral("days")));
    schedule.times = stringsOf(json.value(QStringLiteral("times")));
    schedule.enabled = json.value(QStringLiteral("enabled")).toBool();
    schedule.localTimeZoneId =
        json.value(QStringLiteral("localTimeZoneId")).toString(QStringLiteral("UTC"));
    schedule.notifyOption =
        json.value(QStringLiteral("notifyOption")).toString(QStringLiteral("MailOnFailure"));
    schedule.enabledAt = timeOf(json.value(QStringLiteral("enabledAt")));
    return schedule;
}

QJsonObject refreshJson(const SandboxRefresh &refresh)
{
    return {{QStringLiteral("id"), refresh.id},
            {QStringLiteral("requestId"), refresh.requestId},
            {QStringLiteral("refreshType"), refresh.refreshType},
            {QStringLiteral("startTime"), timeValue(refresh.startTime)},
            {QStringLiteral("plannedEndTime"), timeValue(refresh.plannedEndTime)},
            {QStringLiteral("outcome"), refresh.outcome},
            {QStringLiteral("serviceExceptionJson"), refresh.serviceExceptionJson},
            {QStringLiteral("attempts"), refresh.attempts},
            {QStringLiteral("cancelledAt"), timeValue(refresh.cancelledAt)},
            {QStringLiteral("enhanced"), refresh.enhanced}};
}

SandboxRefresh refreshOf(const QJsonObject &json)
{
    SandboxRefresh refresh;
    refresh.id = json.value(QStringLiteral("id")).toInteger();
    refresh.requestId = json.value(QStringLiteral("requestId")).toString();
    refresh.refreshType = json.value(QStringLiteral("refreshType")).toString();
    refresh.startTime = timeOf(json.value(QStringLiteral("startTime")));
    refresh.plannedEndTime = timeOf(json.value(QStringLiteral("plannedEndTime")));
    refresh.outcome = json.value(QStringLiteral("outcome")).toString();
    refresh.serviceExceptionJson = json.value(QStringLiteral("serviceExceptionJson")).toString();
    refresh.attempts = json.value(QStringLiteral("attempts")).toInt(1);
    refresh.cancelledAt = timeOf(json.value(QStringLiteral("cancelledAt")));
    refresh.enhanced = json.value(QStringLiteral("enhanced")).toBool();
    return refresh;
}

QJsonObject datasourceJson(const SandboxDatasource &datasource, const SandboxTokenIssuer &issuer)
{
    QJsonObject json{{QStringLiteral("datasourceId"), datasource.datasourceId},
                     {QStringLiteral("gatewayId"), datasource.gatewayId},
                     {QStringLiteral("datasourceType"), datasource.datasourceType},
                     {QStringLiteral("connectionDetails"), datasource.connectionDetails},
                     {QStringLiteral("isXero"), datasource.isXero}};
    if (!datasource.pushedXeroAccessToken.isEmpty())
        json.insert(QStringLiteral("pushedXeroToken"),
                    heldTokenJson(issuer, datasource.pushedXeroAccessToken,
                                  SandboxToken::Kind::XeroAccess));
    return json;
}

SandboxDatasource datasourceOf(const QJsonObject &json, SandboxTokenIssuer &issuer)
{
    SandboxDatasource datasource;
    datasource.datasourceId = json.value(QStringLiteral("datasourceId")).toString();
    datasource.gatewayId = json.value(QStringLiteral("gatewayId")).toString();
    datasource.datasourceType = json.value(QStringLiteral("datasourceType")).toString();
    datasource.connectionDetails = json.value(QStringLiteral("connectionDetails")).toObject();
    datasource.isXero = json.value(QStringLiteral("isXero")).toBool();
    if (json.contains(QStringLiteral("pushedXeroToken")))
        datasource.pushedXeroAccessToken =
            heldTokenOf(issuer, json.value(QStringLiteral("pushedXeroToken")),
                        QStringLiteral("sbx-xero-at.forgotten"));
    return datasource;
}

QJsonObject datasetJson(const SandboxDataset &dataset, const SandboxTokenIssuer &issuer)
{
    return {{QStringLiteral("id"), dataset.id},
            {QStringLiteral("name"), dataset.name},
            {QStringLiteral("workspaceId"), dataset.workspaceId},
            {QStringLiteral("myWorkspaceUser"), dataset.myWorkspaceUser},
            {QStringLiteral("configuredBy"), dataset.configuredBy},
            {QStringLiteral("createdDate"), timeValue(dataset.createdDate)},
            {QStringLiteral("isOnPremGatewayRequired"), dataset.isOnPremGatewayRequired},
            {QStringLiteral("datasources"), arrayOf(dataset.datasources,
                                                    [&](const SandboxDatasource &datasource) {
                                                        return datasourceJson(datasource, issuer);
                                                    })},
            {QStringLiteral("schedule"), scheduleJson(dataset.schedule)},
            {QStringLiteral("refreshes"), arrayOf(dataset.refreshes, refreshJson)},
            {QStringLiteral("nextRefreshId"), dataset.nextRefreshId}};
}

SandboxDataset datasetOf(const QJsonObject &json, SandboxTokenIssuer &issuer)
{
    SandboxDataset dataset;
    dataset.id = json.value(QStringLiteral("id")).toString();
    dataset.name = json.value(QStringLiteral("name")).toString();
    dataset.workspaceId = json.value(QStringLiteral("workspaceId")).toString();
    dataset.myWorkspaceUser = json.value(QStringLiteral("myWorkspaceUser")).toString();
    dataset.configuredBy = json.value(QStringLiteral("configuredBy")).toString();
    dataset.createdDate = timeOf(json.value(QStringLiteral("createdDate")));
    dataset.isOnPremGatewayRequired =
        json.value(QStringLiteral("isOnPremGatewayRequired")).toBool();
    dataset.datasources = listOf<SandboxDatasource>(
        json.value(QStringLiteral("datasources")),
        [&](const QJsonObject &item) { return datasourceOf(item, issuer); });
    dataset.schedule = scheduleOf(json.value(QStringLiteral("schedule")).toObject());
    dataset.refreshes = listOf<SandboxRefresh>(json.value(QStringLiteral("refreshes")), refreshOf);
    dataset.nextRefreshId = json.value(QStringLiteral("nextRefreshId")).toInteger(1);
    return dataset;
}

// ---- Xero -----------------------------------------------------------------------------------

QJsonObject connectionJson(const SandboxXeroConnection &connection)
{
    return {{QStringLiteral("id"), connection.id},
            {QStringLiteral("authEventId"), connection.authEventId},
            {QStringLiteral("tenantId"), connection.tenantId},
            {QStringLiteral("tenantType"), connection.tenantType},
            {QStringLiteral("tenantName"), connection.tenantName},
            {QStringLiteral("createdDateUtc"), timeValue(connection.createdDateUtc)},
            {QStringLiteral("updatedDateUtc"), timeValue(connection.updatedDateUtc)}};
}

SandboxXeroConnection connectionOf(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(),
            json.value(QStringLiteral("authEventId")).toString(),
            json.value(QStringLiteral("tenantId")).toString(),
            json.value(QStringLiteral("tenantType")).toString(),
            json.value(QStringLiteral("tenantName")).toString(),
            timeOf(json.value(QStringLiteral("createdDateUtc"))),
            timeOf(json.value(QStringLiteral("updatedDateUtc")))};
}

QJsonObject grantJson(const SandboxXeroGrant &grant)
{
    return {{QStringLiteral("id"), grant.id},
            {QStringLiteral("user"), grant.user},
            {QStringLiteral("clientId"), grant.clientId},
            {QStringLiteral("scope"), grant.scope},
            {QStringLiteral("connections"), arrayOf(grant.connections, connectionJson)}};
}

SandboxXeroGrant grantOf(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(),
            json.value(QStringLiteral("user")).toString(),
            json.value(QStringLiteral("clientId")).toString(),
            json.value(QStringLiteral("scope")).toString(),
            listOf<SandboxXeroConnection>(json.value(QStringLiteral("connections")), connectionOf)};
}

QJsonObject lastingCredentialJson(const SandboxLastingCredentials::Entry &entry,
                                  const SandboxTokenIssuer &issuer)
{
    const SandboxLastingCredential &credential = entry.credential;
    return {{QStringLiteral("gatewayId"), entry.gatewayId},
            {QStringLiteral("datasourceId"), entry.datasourceId},
            {QStringLiteral("refreshToken"),
             heldTokenJson(issuer, credential.refreshToken, SandboxToken::Kind::XeroRefresh)},
            {QStringLiteral("accessToken"),
             heldTokenJson(issuer, credential.accessToken, SandboxToken::Kind::XeroAccess)},
            {QStringLiteral("organisationName"), credential.organisationName},
            {QStringLiteral("tenantId"), credential.tenantId},
            {QStringLiteral("privacyLevel"), credential.privacyLevel},
            {QStringLiteral("enteredBy"), credential.enteredBy},
            {QStringLiteral("enteredAt"), timeValue(credential.enteredAt)},
            {QStringLiteral("renewedAt"), timeValue(credential.renewedAt)},
            {QStringLiteral("broken"), credential.broken}};
}

void restoreLastingCredential(const QJsonObject &json, SandboxContext &context)
{
    SandboxLastingCredential credential;
    credential.refreshToken =
        heldTokenOf(context.tokens, json.value(QStringLiteral("refreshToken")),
                    QStringLiteral("sbx-xero-rt.forgotten"));
    credential.accessToken = heldTokenOf(context.tokens, json.value(QStringLiteral("accessToken")),
                                         QStringLiteral("sbx-xero-at.forgotten"));
    credential.organisationName = json.value(QStringLiteral("organisationName")).toString();
    credential.tenantId = json.value(QStringLiteral("tenantId")).toString();
    credential.privacyLevel = json.value(QStringLiteral("privacyLevel")).toString();
    credential.enteredBy = json.value(QStringLiteral("enteredBy")).toString();
    credential.enteredAt = timeOf(json.value(QStringLiteral("enteredAt")));
    credential.renewedAt = timeOf(json.value(QStringLiteral("renewedAt")));
    credential.broken = json.value(QStringLiteral("broken")).toBool();
    context.lastingCredentials.set(json.value(QStringLiteral("gatewayId")).toString(),
                                   json.value(QStringLiteral("datasourceId")).toString(),
                                   credential);
}

// The members every snapshot has, with their JSON types.
QString missingMember(const QJsonObject &document)
{
    const QList<QPair<QString, QJsonValue::Type>> members{
        {QStringLiteral("clockOffsetSeconds"), QJsonValue::Double},
        {QStringLiteral("workspaces"), QJsonValue::Array},
        {QStringLiteral("gateways"), QJsonValue::Array},
        {QStringLiteral("datasets"), QJsonValue::Array},
        {QStringLiteral("tokens"), QJsonValue::Object},
        {QStringLiteral("xeroGrants"), QJsonValue::Array},
        {QStringLiteral("lastingCredentials"), QJsonValue::Array},
    };
    for (const auto &[name, type] : members) {
        if (document.value(name).type() != type)
            return name;
    }
    return {};
}

} // namespace

QJsonObject SandboxSnapshot::capture(const SandboxContext &context, const QDateTime &scheduledUntil)
{
    const SandboxTokenIssuer &issuer = context.tokens;
    return {
        {QStringLiteral("format"), format},
        {QStringLiteral("clockOffsetSeconds"), context.clock.offsetSeconds()},
        {QStringLiteral("scheduledUntil"), timeValue(scheduledUntil)},
        {QStringLiteral("workspaces"), arrayOf(context.state.workspaces, workspaceJson)},
        {QStringLiteral("gateways"), arrayOf(context.state.gateways, gatewayJson)},
        {QStringLiteral("datasets"),
         arrayOf(context.state.datasets,
                 [&](const SandboxDataset &dataset) { return datasetJson(dataset, issuer); })},
        {QStringLiteral("tokens"), issuedTokensJson(issuer)},
        {QStringLiteral("xeroGrants"), arrayOf(context.xeroGrants.all(), grantJson)},
        {QStringLiteral("lastingCredentials"),
         arrayOf(context.lastingCredentials.entries(),
                 [&](const SandboxLastingCredentials::Entry &entry) {
                     return lastingCredentialJson(entry, issuer);
                 })},
    };
}

bool SandboxSnapshot::restore(const QJsonObject &document, SandboxContext &context,
                              QDateTime *scheduledUntil, QString *problem)
{
    const QJsonValue documentFormat = document.value(QStringLiteral("format"));
    if (documentFormat.toInt(-1) != format) {
        *problem = QStringLiteral("format %1 is not the format %2 this version reads")
                       .arg(documentFormat.isUndefined() ? QStringLiteral("(none)")
                                                         : documentFormat.toVariant().toString())
                       .arg(format);
        return false;
    }
    if (const QString missing = missingMember(document); !missing.isEmpty()) {
        *problem = QStringLiteral("\"%1\" is missing or of the wrong type").arg(missing);
        return false;
    }

    // The issuer first: the datasets and credentials issue their held tokens again into it.
    context.tokens.setByDigest(issuedTokensOf(document.value(QStringLiteral("tokens")).toObject()));
    context.clock.setOffsetSeconds(
        document.value(QStringLiteral("clockOffsetSeconds")).toInteger());
    *scheduledUntil = timeOf(document.value(QStringLiteral("scheduledUntil")));
    SandboxState state;
    state.workspaces =
        listOf<SandboxWorkspace>(document.value(QStringLiteral("workspaces")), workspaceOf);
    state.gateways = listOf<SandboxGateway>(document.value(QStringLiteral("gateways")), gatewayOf);
    state.datasets = listOf<SandboxDataset>(
        document.value(QStringLiteral("datasets")),
        [&](const QJsonObject &item) { return datasetOf(item, context.tokens); });
    context.state = state;
    context.xeroGrants.setAll(
        listOf<SandboxXeroGrant>(document.value(QStringLiteral("xeroGrants")), grantOf));
    context.lastingCredentials.clear();
    for (const QJsonValue &item : document.value(QStringLiteral("lastingCredentials")).toArray())
        restoreLastingCredential(item.toObject(), context);
    return true;
}
