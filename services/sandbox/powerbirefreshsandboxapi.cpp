#include "powerbirefreshsandboxapi.h"

#include "sandboxcontext.h"
#include "sandboxdailylimit.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxxeroconnector.h"

#include <QJsonArray>
#include <QJsonObject>

static const QString refreshInProgressMessage =
    QStringLiteral("Invalid dataset refresh request. Another refresh request is already executing");
static const QString dailyLimitMessage = QStringLiteral(
    "Invalid dataset refresh request. Number of refresh requests in last 24 hours exceeded limit");

PowerBiRefreshSandboxApi::PowerBiRefreshSandboxApi(SandboxContext &context)
    : PowerBiSandboxRoutes(context)
{}

SandboxReply PowerBiRefreshSandboxApi::listRefreshes(const Call &call)
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

bool PowerBiRefreshSandboxApi::xeroCredentialsValid(const SandboxDataset &dataset)
{
    // A lasting credential is renewed here when its access token has expired.
    return SandboxXeroConnector(m_context).canRefresh(dataset);
}

std::optional<SandboxReply> PowerBiRefreshSandboxApi::refuseRefresh(const SandboxDataset &dataset,
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

SandboxReply PowerBiRefreshSandboxApi::startRefresh(const Call &call)
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

SandboxReply PowerBiRefreshSandboxApi::refreshDetails(const Call &call)
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

SandboxReply PowerBiRefreshSandboxApi::cancelRefresh(const Call &call)
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
