#include "oauthtokens.h"

#include <QJsonDocument>

namespace {

// The token endpoints say how long a token lives; when one does not, assume the shortest
// lifetime in use (Xero's 30 minutes) so the token is refreshed early rather than late.
constexpr qint64 fallbackLifetimeSeconds = 1800;

qint64 lifetimeSeconds(const JsonReader &reader)
{
    const QJsonValue value = reader.value(QStringLiteral("expires_in"));
    if (value.isString()) { // Azure AD v1 sent "3599"
        bool ok = false;
        const qint64 seconds = value.toString().toLongLong(&ok);
        if (!ok)
            reader.fail(QStringLiteral("expires_in"), QStringLiteral("not a number of seconds"));
        return ok ? seconds : fallbackLifetimeSeconds;
    }
    return reader.integer(QStringLiteral("expires_in")).value_or(fallbackLifetimeSeconds);
}

} // namespace

Result<OAuthTokens> OAuthTokens::fromAnswer(const QByteArray &body, const QDateTime &receivedAt,
                                            ApiError::Service service)
{
    const Result<QJsonObject> object = JsonReader::parseObject(body, service);
    if (!object)
        return object.error();
    return JsonReader::readObject<OAuthTokens>(
        object.value(),
        [&](const JsonReader &reader) {
            OAuthTokens tokens;
            tokens.m_accessToken = reader.requiredString(QStringLiteral("access_token"));
            tokens.m_refreshToken = reader.string(QStringLiteral("refresh_token"));
            tokens.m_tokenType = reader.string(QStringLiteral("token_type"));
            tokens.m_scope = reader.string(QStringLiteral("scope"));
            tokens.m_expiresAt = receivedAt.addSecs(lifetimeSeconds(reader));
            const QJsonObject claims = idTokenClaims(reader.string(QStringLiteral("id_token")));
            const JsonReader claimReader(claims, QStringLiteral("id_token"), service);
            tokens.m_accountName = claimReader.string(QStringLiteral("preferred_username"));
            if (tokens.m_accountName.isEmpty())
                tokens.m_accountName = claimReader.string(QStringLiteral("email"));
            tokens.m_displayName = claimReader.string(QStringLiteral("name"));
            return tokens;
        },
        service);
}

QJsonObject OAuthTokens::idTokenClaims(const QString &idToken)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

bool OAuthTokens::expiresWithin(std::chrono::seconds margin, const QDateTime &now) const
{
    if (m_accessToken.isEmpty() || !m_expiresAt.isValid())
        return true;
    return now.addSecs(margin.count()) >= m_expiresAt;
}
