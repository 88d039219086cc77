#pragma once

#include "sandboxauthorizerequest.h"

#include <QString>

// What a sign-in carries between the sandbox's pages and origins, held server-side under a
// ticket (SandboxTickets) rather than in the browser.

// Someone signed in on Xero's log-in page (password or Google), handed over to the consent
// origin with the app's authorization request.
struct SandboxXeroSession
{
    QString user;
    SandboxAuthorizeRequest authorize;
};

// A Microsoft sign-in sent to a federated domain's identity provider: the request to answer
// once the identity provider vouches for the user (WS-Federation's wctx).
struct SandboxFederatedSignIn
{
    QString tenant;
    QString userHint;
    SandboxAuthorizeRequest authorize;
};

// The identity provider's word that user signed in, for the sign-in under way named by
// context (WS-Federation's wresult).
struct SandboxFederationAssertion
{
    QString user;
    QString context;
};
