#pragma once

#include "apierror.h"
#include "jsonreader.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <chrono>

// One answer of an OAuth 2.0 token endpoint (Microsoft or Xero), read tolerantly with
// JsonReader. It holds secrets: never log it, never put it in an error, never store it anywhere
// but the TokenStore.
class OAuthTokens
{
public:
    OAuthTokens() = default;
    // receivedAt: when the answer arrived (expiresAt = receivedAt + expires_in). access_token
    // is required; expires_in may come as a number or, from older services, as a string.
    static Result<OAuthTokens> fromAnswer(const QByteArray &body, const QDateTime &receivedAt,
                                          ApiError::Service service);
    // The claims of an id_token (a JWT) without checking its signature: it came straight from
    // the token endpoint over TLS, in answer to our own request (OpenID Connect Core 3.1.3.7),
    // and is used only to name the account. Empty object when unreadable.
    static QJsonObject idTokenClaims(const QString &idToken);

    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    QString tokenType() const { return m_tokenType; }
    QString scope() const { return m_scope; }
    QDateTime expiresAt() const { return m_expiresAt; }
    // preferred_username, else email, from the id_token; empty without an id_token.
    QString accountName() const { return m_accountName; }
    // The "name" claim (a person's display name), empty if absent.
    QString displayName() const { return m_displayName; }

    // True when the access token is gone by now + margin (also when there is none).
    bool expiresWithin(std::chrono::seconds margin, const QDateTime &now) const;

    void setAccountName(const QString &accountName) { m_accountName = accountName; }

private:
    QString m_accessToken;
    QString m_refreshToken;
    QString m_tokenType;
    QString m_scope;
    QDateTime m_expiresAt;
    QString m_accountName;
    QString m_displayName;
};
