#pragma once

#include "powerbiwebcredentials.h"
#include "powerbiwebsignin.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <optional>

struct SandboxContext;

// The Power BI web app (app.powerbi.com in real life) as far as the lasting repair needs it,
// served at the sandbox's root:
//   GET  /groups/{workspaceId}/settings/datasets/{datasetId}   the dataset's settings page;
//   GET  /groups/me/settings/datasets/{datasetId}              My workspace's form
//        without a web session: 302 through the Microsoft sign-in (PowerBiWebSignIn)
//   GET  /signin-oidc                                          the web app's sign-in callback
//   GET  /views/oauthredirect.html                             the connectors' OAuth redirect
//                                                              page, opened in the pop-up
//   POST /powerbi/web/gateways/{g}/datasources/{d}/credentials the pop-up's code, from the page
//                                                              (PowerBiWebCredentials)
class PowerBiWebSandbox
{
public:
    explicit PowerBiWebSandbox(SandboxContext &context);

    std::optional<SandboxReply> handle(const SandboxRequest &request);
    void reset();

private:
    SandboxReply settingsPage(const SandboxRequest &request, const QString &group,
                              const QString &datasetId);
    SandboxReply saveCredentials(const SandboxRequest &request, const QString &gatewayId,
                                 const QString &datasourceId);

    SandboxContext &m_context;
    PowerBiWebSignIn m_signIn;
    PowerBiWebCredentials m_credentials;
};
