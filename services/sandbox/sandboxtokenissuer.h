#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

// Everything the sandbox remembers about a token it issued. Token strings are random and
// only meaningful to this sandbox instance.
struct SandboxToken
{
    enum class Kind
    {
        PowerBiAccess,
        MicrosoftRefresh,
        XeroAccess,
        XeroRefresh
    };

    Kind kind = Kind::PowerBiAccess;
    QString subject; // user e-mail, or the client id of a service principal
    bool servicePrincipal = false;
    QString clientId;
    QString scope;
    QString grantId; // Xero: the consent (grant) the token belongs to
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime rotatedAt; // refresh tokens: when a newer one replaced this one
};

// Mints and remembers the tokens of both identity services. Microsoft access tokens are
// JWT-shaped (unsigned) like the real ones, so clients that peek at `exp` or `upn` can.
// A token is remembered by its SHA-256 digest, as a careful service keeps them: what the
// sandbox writes down (SandboxSnapshot) lets nobody use a token the program holds.
class SandboxTokenIssuer
{
public:
    QString issue(const SandboxToken &token);
    const SandboxToken *find(const QString &token, SandboxToken::Kind kind) const;
    SandboxToken *find(const QString &token, SandboxToken::Kind kind);
    void revokeGrant(const QString &grantId);
    void clear();

    // Every token issued and not revoked, by digest (for SandboxSnapshot).
    const QHash<QString, SandboxToken> &byDigest() const { return m_tokens; }
    void setByDigest(const QHash<QString, SandboxToken> &tokens) { m_tokens = tokens; }
    static QString digest(const QString &token);

    // An unsigned JWT (alg "none") carrying the claims, as a Microsoft id_token looks.
    static QString unsignedJwt(const QJsonObject &claims);

private:
    QHash<QString, SandboxToken> m_tokens; // digest -> what the token is
};
