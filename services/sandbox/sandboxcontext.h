#pragma once

#include "sandboxauthcodes.h"
#include "sandboxclock.h"
#include "sandboxgatewaykeys.h"
#include "sandboxlastingcredentials.h"
#include "sandboxorigin.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsessions.h"
#include "sandboxsignins.h"
#include "sandboxstate.h"
#include "sandboxtickets.h"
#include "sandboxtokenissuer.h"
#include "sandboxxerogrants.h"

#include <functional>

// Everything one sandbox instance knows, shared by its route handlers. Owned by
// SandboxServer; nothing of it is global, so several sandboxes can run in one process.
struct SandboxContext
{
    SandboxClock clock;
    SandboxState state;
    SandboxTokenIssuer tokens;
    SandboxAuthCodes microsoftCodes;
    SandboxAuthCodes xeroCodes;
    SandboxXeroGrants xeroGrants;
    SandboxGatewayKeys gatewayKeys;
    SandboxSessions microsoftSessions; // the Microsoft sign-in's browser sessions (single sign-on)
    SandboxLastingCredentials lastingCredentials; // Xero credentials entered on the Power BI page
    // A request one sandbox service makes to another, as the real ones do over the network
    // (Power BI redeeming and renewing its Xero connector's tokens at Xero's token endpoint).
    // Answered in-process by the routes, without the injected faults and latency, which are
    // there for the client under test.
    std::function<SandboxReply(const SandboxRequest &)> serviceCall;
    // The roots of the sandbox's origins, for redirects from one to another.
    SandboxOrigins origins;
    // Xero: log-in handed over to consent (the hand-over code, then the consent ticket).
    SandboxTickets<SandboxXeroSession> xeroSessions;
    // Xero: a "Sign in with Google" under way, by the state sent to Google.
    SandboxTickets<SandboxAuthorizeRequest> xeroGoogleSignIns;
    // Google: codes for Xero's log-in after a Google sign-in.
    SandboxAuthCodes googleCodes;
    // Microsoft: federated sign-ins under way (wctx), and the identity provider's assertions.
    SandboxTickets<SandboxFederatedSignIn> federatedSignIns;
    SandboxTickets<SandboxFederationAssertion> federationAssertions;
};
