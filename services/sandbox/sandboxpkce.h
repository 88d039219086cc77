#pragma once

#include <QString>

// RFC 7636 checks, as both identity services apply them (S256 only).
class SandboxPkce
{
public:
    // 43 to 128 characters of A-Z a-z 0-9 - . _ ~
    static bool isWellFormedVerifier(const QString &verifier);
    // base64url(SHA-256(verifier)) without padding: always 43 characters.
    static bool isWellFormedChallenge(const QString &challenge);
    static QString challengeFor(const QString &verifier);
    static bool verifierMatches(const QString &verifier, const QString &challenge);
};
