#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <optional>

struct SandboxContext;
struct SandboxXeroGrant;

// api.xero.com/connections: the organisations a grant is connected to.
//   GET    /connections        (Bearer Xero access token; optional ?authEventId=)
//   DELETE /connections/{id}   204
class XeroApiSandbox
{
public:
    explicit XeroApiSandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

    // The grant behind a valid, unexpired Xero access token; nullptr otherwise.
    static SandboxXeroGrant *grantOfAccessToken(SandboxContext &context, const QString &token);

private:
    SandboxReply listConnections(const SandboxRequest &request, const SandboxXeroGrant &grant);
    SandboxReply deleteConnection(const QString &connectionId, SandboxXeroGrant &grant);
    static SandboxReply problem(int status, const QString &title, const QString &detail);

    SandboxContext &m_context;
};
