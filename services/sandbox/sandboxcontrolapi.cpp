#include "sandboxcontrolapi.h"

#include "sandboxfault.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxserver.h"

#include <QJsonObject>
#include <QRegularExpression>

SandboxControlApi::SandboxControlApi(SandboxServer &server)
    : m_server(server)
{}

std::optional<SandboxReply> SandboxControlApi::handle(const SandboxRequest &request)
{
    if (!request.path.startsWith(QStringLiteral("/_sandbox/")))
        return std::nullopt;
    const QString name = request.path.mid(QStringLiteral("/_sandbox/").size());
    if (name == QStringLiteral("clock"))
        return clock(request);
    if (name == QStringLiteral("latency"))
        return latency(request);
    if (name == QStringLiteral("faults"))
        return faults(request);
    if (name == QStringLiteral("reset"))
        return reset(request);
    if (name == QStringLiteral("workspaces"))
        return workspaces(request);
    if (name == QStringLiteral("origins"))
        return origins(request);
    return problem(404, QStringLiteral("Unknown sandbox control route."));
}

static std::optional<qint64> integerMember(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = SandboxJson::member(body, name);
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

SandboxReply SandboxControlApi::clock(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const auto body = SandboxJson::parseObject(request.body);
        const auto seconds =
            body ? integerMember(*body, QStringLiteral("advanceSeconds")) : std::nullopt;
        if (!seconds || *seconds < 0)
            return problem(
                400, QStringLiteral("Expected {\"advanceSeconds\": a non-negative integer}."));
        m_server.advanceClock(*seconds);
    } else if (request.method != "GET") {
        return problem(405, QStringLiteral("Use GET or POST."));
    }
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("now"), SandboxIds::powerBiTime(m_server.now())},
                         {QStringLiteral("offsetSeconds"), m_server.clockOffsetSeconds()}});
}

SandboxReply SandboxControlApi::latency(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const auto body = SandboxJson::parseObject(request.body);
        const auto milliseconds =
            body ? integerMember(*body, QStringLiteral("milliseconds")) : std::nullopt;
        if (!milliseconds || *milliseconds < 0 || *milliseconds > 600000)
            return problem(
                400, QStringLiteral("Expected {\"milliseconds\": an integer from 0 to 600000}."));
        m_server.setLatency(static_cast<int>(*milliseconds));
    } else if (request.method != "GET") {
        return problem(405, QStringLiteral("Use GET or POST."));
    }
    return SandboxReply::json(200,
                              QJsonObject{{QStringLiteral("milliseconds"), m_server.latency()}});
}

static std::optional<SandboxFault> faultFromJson(const QJsonObject &body, QString *problem)
{
    const QJsonValue method = SandboxJson::member(body, QStringLiteral("method"));
    const QJsonValue path = SandboxJson::member(body, QStringLiteral("path"));
    const QJsonValue headers = SandboxJson::member(body, QStringLiteral("headers"));
    const QJsonValue text = SandboxJson::member(body, QStringLiteral("body"));
    const QJsonValue malformed = SandboxJson::member(body, QStringLiteral("malformedJson"));
    const QJsonValue drop = SandboxJson::member(body, QStringLiteral("dropConnection"));
    const QJsonValue real = SandboxJson::member(body, QStringLiteral("realAnswer"));
    if (!(method.isUndefined() || method.isString()) || !(path.isUndefined() || path.isString()) ||
        !(headers.isUndefined() || headers.isObject()) ||
        !(text.isUndefined() || text.isString()) ||
        !(malformed.isUndefined() || malformed.isBool()) ||
        !(drop.isUndefined() || drop.isBool()) || !(real.isUndefined() || real.isBool())) {
        *problem = QStringLiteral("A member of the fault has the wrong type.");
        return std::nullopt;
    }
    SandboxFault fault = SandboxFault::on(method.toString().toUpper(), path.toString())
                             .withBody(text.toString().toUtf8());
    if (!QRegularExpression(fault.pathPattern).isValid()) {
        *problem = QStringLiteral("path is not a valid regular expression.");
        return std::nullopt;
    }
    if (SandboxJson::hasMember(body, QStringLiteral("status"))) {
        const auto status = integerMember(body, QStringLiteral("status"));
        if (!status || *status < 100 || *status > 599) {
            *problem = QStringLiteral("status must be an HTTP status code.");
            return std::nullopt;
        }
        fault = fault.answering(static_cast<int>(*status));
    }
    if (SandboxJson::hasMember(body, QStringLiteral("times"))) {
        const auto times = integerMember(body, QStringLiteral("times"));
        if (!times || *times < 1) {
            *problem = QStringLiteral("times must be a positive integer.");
            return std::nullopt;
        }
        fault = fault.forRequests(static_cast<int>(*times));
    }
    const QJsonObject headerObject = headers.toObject();
    for (auto it = headerObject.constBegin(); it != headerObject.constEnd(); ++it)
        fault = fault.withHeader(it.key().toUtf8(), it.value().toVariant().toString().toUtf8());
    if (malformed.toBool())
        fault = fault.withMalformedJson();
    if (drop.toBool())
        fault = fault.droppingTheConnection();
    if (SandboxJson::hasMember(body, QStringLiteral("delayMilliseconds"))) {
        const auto delay = integerMember(body, QStringLiteral("delayMilliseconds"));
        if (!delay || *delay < 0 || *delay > 600000) {
            *problem = QStringLiteral("delayMilliseconds must be an integer from 0 to 600000.");
            return std::nullopt;
        }
        fault = fault.answeringAfter(static_cast<int>(*delay));
    }
    if (real.toBool())
        fault = fault.delayingTheRealAnswer(fault.delayMilliseconds);
    return fault;
}

SandboxReply SandboxControlApi::faults(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_server.clearFaults();
    } else if (request.method == "POST") {
        const auto body = SandboxJson::parseObject(request.body);
        if (!body)
            return problem(400, QStringLiteral("Expected a JSON object describing the fault."));
        QString why;
        const auto fault = faultFromJson(*body, &why);
        if (!fault)
            return problem(400, why);
        m_server.addFault(*fault);
    } else if (request.method != "GET") {
        return problem(405, QStringLiteral("Use GET, POST or DELETE."));
    }
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("pendingFaults"), m_server.pendingFaults()}});
}

SandboxReply SandboxControlApi::reset(const SandboxRequest &request)
{
    if (request.method != "POST")
        return problem(405, QStringLiteral("Use POST."));
    m_server.reset();
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("now"), SandboxIds::powerBiTime(m_server.now())}});
}

SandboxReply SandboxControlApi::workspaces(const SandboxRequest &request)
{
    if (request.method != "POST")
        return problem(405, QStringLiteral("Use POST."));
    const auto body = SandboxJson::parseObject(request.body);
    const auto count = body ? integerMember(*body, QStringLiteral("count")) : std::nullopt;
    // Both optional: without them the workspaces are empty, as paging tests want them.
    const auto datasetsEach = body && SandboxJson::hasMember(*body, QStringLiteral("datasetsEach"))
                                  ? integerMember(*body, QStringLiteral("datasetsEach"))
                                  : std::optional<qint64>(0);
    const auto xeroEvery = body && SandboxJson::hasMember(*body, QStringLiteral("xeroEvery"))
                               ? integerMember(*body, QStringLiteral("xeroEvery"))
                               : std::optional<qint64>(0);
    if (!count || *count < 0 || *count > 10000 || !datasetsEach || *datasetsEach < 0 ||
        *datasetsEach > 100 || !xeroEvery || *xeroEvery < 0 || *xeroEvery > 1000000)
        return problem(400, QStringLiteral("Expected {\"count\": an integer from 0 to 10000, "
                                           "optionally \"datasetsEach\": 0 to 100 and "
                                           "\"xeroEvery\": 0 (none) or one dataset in N}."));
    m_server.addWorkspaces(static_cast<int>(*count), static_cast<int>(*datasetsEach),
                           static_cast<int>(*xeroEvery));
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("added"), *count},
                         {QStringLiteral("datasetsAdded"), *count * *datasetsEach}});
}

SandboxReply SandboxControlApi::origins(const SandboxRequest &request)
{
    if (request.method != "GET")
        return problem(405, QStringLiteral("Use GET."));
    const SandboxOrigins origins = m_server.origins();
    QJsonObject body;
    for (const SandboxOrigin origin : SandboxOrigins::all())
        body.insert(SandboxOrigins::name(origin), origins.url(origin).toString());
    return SandboxReply::json(200, body);
}

SandboxReply SandboxControlApi::problem(int status, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}
