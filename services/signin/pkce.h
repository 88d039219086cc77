#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636), S256 only, done by hand because Qt 6.4's network
// authorization module has no PKCE. A verifier is made fresh for every sign-in attempt and
// never leaves memory.
class Pkce
{
public:
    // A random verifier of length characters (43 to 128; clamped) from the system's
    // cryptographically secure generator.
    static Pkce generate(int length = 64);
    // A known verifier (RFC 7636's example, tests). An invalid verifier gives an invalid Pkce.
    static Pkce fromVerifier(const QString &verifier);
    // 43 to 128 characters of A-Z a-z 0-9 - . _ ~
    static bool isValidVerifier(const QString &verifier);
    // base64url(SHA-256(ASCII(verifier))) without padding.
    static QString challengeFor(const QString &verifier);
    static QString method() { return QStringLiteral("S256"); }
    // The OAuth "state": 32 random bytes, base64url, from the system's secure generator.
    // It is unrelated to the verifier, so the state that travels in URLs says nothing about it.
    static QString randomState();

    bool isValid() const { return !m_verifier.isEmpty(); }
    QString verifier() const { return m_verifier; }
    QString challenge() const { return m_challenge; }

private:
    QString m_verifier;
    QString m_challenge;
};
