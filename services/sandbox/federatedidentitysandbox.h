#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <optional>

struct SandboxContext;

// A company's own identity provider (ADFS, Okta, Ping at the company's host in real life),
// which Microsoft's sign-in sends the users of a federated domain (fabrikam.example) to. It
// answers on the sandbox's identity provider origin only, with WS-Federation's passive profile:
//   GET  /adfs/ls/?wa=wsignin1.0&wctx=...&username=...   the company's sign-in form
//   POST /adfs/ls/                                        the form: signed in, a page that
//                                                         posts the assertion (wresult) back to
//                                                         Microsoft's /login.srf by itself
class FederatedIdentitySandbox
{
public:
    explicit FederatedIdentitySandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

private:
    SandboxReply signInPage(const SandboxRequest &request);
    SandboxReply signInSubmit(const SandboxRequest &request);
    SandboxReply form(const QString &context, const QString &username,
                      const QString &problem) const;
    static SandboxReply unknownSignIn();

    SandboxContext &m_context;
};
