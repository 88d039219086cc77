#include "sandboxtokenissuer.h"

#include "sandboxids.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

QString SandboxTokenIssuer::issue(const SandboxToken &token)
{
    QString value;
    switch (token.kind) {
    case SandboxToken::Kind::PowerBiAccess: {
        const QJsonObject claims{
            {QStringLiteral("aud"), QStringLiteral("https://analysis.windows.net/powerbi/api")},
            {QStringLiteral("iss"), QStringLiteral("https://sts.sandbox.invalid/")},
            {token.servicePrincipal ? QStringLiteral("appid") : QStringLiteral("upn"),
             token.subject},
            {QStringLiteral("iat"), token.issuedAt.toSecsSinceEpoch()},
            {QStringLiteral("exp"), token.expiresAt.toSecsSinceEpoch()},
            {QStringLiteral("jti"), SandboxIds::randomToken(16)},
        };
        value = unsignedJwt(claims);
        break;
    }
    case SandboxToken::Kind::MicrosoftRefresh:
        value = QStringLiteral("sbx-ms-rt.") + SandboxIds::randomToken(48);
        break;
    case SandboxToken::Kind::XeroAccess:
        value = QStringLiteral("sbx-xero-at.") + SandboxIds::randomToken(48);
        break;
    case SandboxToken::Kind::XeroRefresh:
        value = QStringLiteral("sbx-xero-rt.") + SandboxIds::randomToken(32);
        break;
    }
    m_tokens.insert(digest(value), token);
    return value;
}

QString SandboxTokenIssuer::digest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const SandboxToken *SandboxTokenIssuer::find(const QString &token, SandboxToken::Kind kind) const
{
    const auto it = m_tokens.constFind(digest(token));
    if (token.isEmpty() || it == m_tokens.constEnd() || it->kind != kind)
        return nullptr;
    return &*it;
}

SandboxToken *SandboxTokenIssuer::find(const QString &token, SandboxToken::Kind kind)
{
    auto it = m_tokens.find(digest(token));
    if (token.isEmpty() || it == m_tokens.end() || it->kind != kind)
        return nullptr;
    return &*it;
}

void SandboxTokenIssuer::revokeGrant(const QString &grantId)
{
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (!grantId.isEmpty() && it->grantId == grantId)
            it = m_tokens.erase(it);
        else
            ++it;
    }
}

void SandboxTokenIssuer::clear()
{
    m_tokens.clear();
}

QString SandboxTokenIssuer::unsignedJwt(const QJsonObject &claims)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray encodedHeader =
        SandboxIds::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray encodedClaims =
        SandboxIds::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(encodedHeader + '.' + encodedClaims + '.');
}
