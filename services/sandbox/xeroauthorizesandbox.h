#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsignins.h"

#include <optional>

struct SandboxContext;

// authorize.xero.com: where Xero's log-in (XeroIdentitySandbox, on the main origin) hands a
// signed-in user over, for the consent and the organisation picker. It answers on the sandbox's
// Xero authorize origin only:
//   GET  /signin-oidc?code=...   the hand-over: a one-time code, then on to the consent
//   GET  /consent?ticket=...     the consent page: what the app may do, one checkbox per
//                                organisation, Allow access and Cancel
//   POST /consent                Allow access: the redirect to the app with code and state;
//                                Cancel: the redirect with access_denied
class XeroAuthorizeSandbox
{
public:
    explicit XeroAuthorizeSandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

private:
    SandboxReply signInOidc(const SandboxRequest &request);
    SandboxReply consent(const SandboxRequest &request);
    SandboxReply consentSubmit(const SandboxRequest &request);
    SandboxReply consentPage(const QString &ticket, const SandboxXeroSession &session,
                             const QString &problem) const;
    static SandboxReply sessionExpired();

    SandboxContext &m_context;
};
