#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <optional>

struct SandboxContext;

// Google's sign-in (accounts.google.com), as offered on Xero's log-in page. Like Google, it
// refuses embedded browsers: a User-Agent that names QtWebEngine gets "Couldn't sign you in.
// This browser or app may not be secure." Any other browser can sign in. It answers on the
// sandbox's Google origin only:
//   GET  /o/oauth2/v2/auth?client_id&redirect_uri&state&...   the sign-in page
//   POST /o/oauth2/v2/auth                                      the form: the redirect to
//                                                               redirect_uri with code and state
class GoogleIdentitySandbox
{
public:
    explicit GoogleIdentitySandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);

    // Whether Google would refuse this browser: an embedded web view.
    static bool isEmbeddedBrowser(const SandboxRequest &request);

private:
    SandboxReply signInPage(const SandboxRequest &request);
    SandboxReply signInSubmit(const SandboxRequest &request);
    SandboxReply form(const QMap<QString, QString> &request, const QString &email,
                      const QString &problem) const;
    static SandboxReply refusedBrowser();

    SandboxContext &m_context;
};
