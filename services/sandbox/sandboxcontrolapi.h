#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <optional>

class SandboxServer;

// The sandbox-only routes, all JSON:
//   GET|POST /_sandbox/clock        {"advanceSeconds":N} -> {"now":"<ISO UTC>","offsetSeconds":N}
//   GET|POST /_sandbox/latency      {"milliseconds":N}
//   GET|POST|DELETE /_sandbox/faults  a SandboxFault as JSON (sandboxfault.h); DELETE clears
//   POST /_sandbox/reset            the ready scenario again
//   POST /_sandbox/workspaces       {"count":N}: "Workspace 001"... for paging
//   GET  /_sandbox/origins          {"main":URL,"xeroAuthorize":URL,"identityProvider":URL,
//                                   "google":URL}: the roots of the sandbox's origins
// They are served on the main origin only.
class SandboxControlApi
{
public:
    explicit SandboxControlApi(SandboxServer &server);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

private:
    SandboxReply clock(const SandboxRequest &request);
    SandboxReply latency(const SandboxRequest &request);
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply reset(const SandboxRequest &request);
    SandboxReply workspaces(const SandboxRequest &request);
    SandboxReply origins(const SandboxRequest &request);
    static SandboxReply problem(int status, const QString &message);

    SandboxServer &m_server;
};
