#pragma once

#include "sandboxauthcodes.h"
#include "sandboxclock.h"
#include "sandboxsessions.h"
#include "sandboxstate.h"
#include "sandboxtokenissuer.h"
#include "sandboxxerogrants.h"

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
    SandboxSessions microsoftSessions; // the Microsoft sign-in's browser sessions (single sign-on)
};
