#include "xeroapisandbox.h"

#include "sandboxcontext.h"
#include "sandboxids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

XeroApiSandbox::XeroApiSandbox(SandboxContext &context)
    : m_context(context)
{}

SandboxXeroGrant *XeroApiSandbox::grantOfAccessToken(SandboxContext &context, const QString &token)
{
    const SandboxToken *access = context.tokens.find(token, SandboxToken::Kind::XeroAccess);
    if (!access || access->expiresAt <= context.clock.now())
        return nullptr;
    return context.xeroGrants.find(access->grantId);
}

std::optional<SandboxReply> XeroApiSandbox::handle(const SandboxRequest &request)
{
    static const QRegularExpression route(QStringLiteral("^/connections(?:/([^/]+))?/?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    const QString connectionId = match.captured(1);
    const bool list = connectionId.isEmpty() && request.method == "GET";
    const bool remove = !connectionId.isEmpty() && request.method == "DELETE";
    if (!list && !remove)
        return problem(405, QStringLiteral("Method Not Allowed"),
                       QStringLiteral("The requested resource does not support this method."));

    const QString token = request.bearerToken();
    const SandboxToken *access = m_context.tokens.find(token, SandboxToken::Kind::XeroAccess);
    if (access && access->expiresAt <= m_context.clock.now()) {
        return problem(401, QStringLiteral("Unauthorized"),
                       QStringLiteral("TokenExpired: token expired at %1")
                           .arg(access->expiresAt.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"))));
    }
    SandboxXeroGrant *grant = grantOfAccessToken(m_context, token);
    if (!grant)
        return problem(401, QStringLiteral("Unauthorized"),
                       QStringLiteral("AuthenticationUnsuccessful"));
    return list ? listConnections(request, *grant) : deleteConnection(connectionId, *grant);
}

SandboxReply XeroApiSandbox::listConnections(const SandboxRequest &request,
                                             const SandboxXeroGrant &grant)
{
    const QString authEventId = request.query().value(QStringLiteral("authEventId"));
    QJsonArray connections;
    for (const SandboxXeroConnection &connection : grant.connections) {
        if (!authEventId.isEmpty() &&
            connection.authEventId.compare(authEventId, Qt::CaseInsensitive) != 0)
            continue;
        connections.append(QJsonObject{
            {QStringLiteral("id"), connection.id},
            {QStringLiteral("authEventId"), connection.authEventId},
            {QStringLiteral("tenantId"), connection.tenantId},
            {QStringLiteral("tenantType"), connection.tenantType},
            {QStringLiteral("tenantName"), connection.tenantName},
            {QStringLiteral("createdDateUtc"), SandboxIds::xeroTime(connection.createdDateUtc)},
            {QStringLiteral("updatedDateUtc"), SandboxIds::xeroTime(connection.updatedDateUtc)},
        });
    }
    return SandboxReply::json(200, connections);
}

SandboxReply XeroApiSandbox::deleteConnection(const QString &connectionId, SandboxXeroGrant &grant)
{
    const qsizetype removed =
        grant.connections.removeIf([&](const SandboxXeroConnection &connection) {
            return connection.id.compare(connectionId, Qt::CaseInsensitive) == 0;
        });
    if (removed == 0)
        return problem(404, QStringLiteral("Not Found"),
                       QStringLiteral("The connection %1 was not found.").arg(connectionId));
    return SandboxReply::empty(204);
}

SandboxReply XeroApiSandbox::problem(int status, const QString &title, const QString &detail)
{
    return SandboxReply::json(status, QJsonObject{
                                          {QStringLiteral("Type"), QJsonValue()},
                                          {QStringLiteral("Title"), title},
                                          {QStringLiteral("Status"), status},
                                          {QStringLiteral("Detail"), detail},
                                          {QStringLiteral("Instance"), SandboxIds::guid()},
                                          {QStringLiteral("Extensions"), QJsonObject()},
                                      });
}
