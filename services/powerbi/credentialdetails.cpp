#include "credentialdetails.h"

#include "gatewaycredentialencryptor.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray CredentialDetails::oauth2Document(const QString &accessToken)
{
    const QJsonObject document{
        {QStringLiteral("credentialData"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("accessToken")},
                                {QStringLiteral("value"), accessToken}}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QJsonObject CredentialDetails::cloudOAuth2(const QString &accessToken)
{
    // The credentials member is a JSON document inside a string.
    return oauth2Details(QString::fromUtf8(oauth2Document(accessToken)), QStringLiteral("None"));
}

Result<QJsonObject> CredentialDetails::onPremisesOAuth2(const QString &accessToken,
                                                        const GatewayPublicKey &key)
{
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(oauth2Document(accessToken), key);
    if (!encrypted)
        return encrypted.error();
    return oauth2Details(encrypted.value(), QStringLiteral("RSA-OAEP"));
}

QJsonObject CredentialDetails::patchBody(const QJsonObject &details)
{
    return QJsonObject{{QStringLiteral("credentialDetails"), details}};
}

QJsonObject CredentialDetails::oauth2Details(const QString &credentials, const QString &algorithm)
{
    return QJsonObject{
        {QStringLiteral("credentialType"), QStringLiteral("OAuth2")},
        {QStringLiteral("credentials"), credentials},
        {QStringLiteral("encryptedConnection"), QStringLiteral("Encrypted")},
        {QStringLiteral("encryptionAlgorithm"), algorithm},
        {QStringLiteral("privacyLevel"), QStringLiteral("None")},
        {QStringLiteral("useEndUserOAuth2Credentials"), false},
    };
}
