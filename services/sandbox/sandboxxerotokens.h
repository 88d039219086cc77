#pragma once

#include <QString>

// What a completed Xero sign-in gives a client: an access token (30 minutes) and a rotating
// refresh token. Returned by SandboxServer::issueXeroTokens for tests.
struct SandboxXeroTokens
{
    QString accessToken;
    QString refreshToken;
};
