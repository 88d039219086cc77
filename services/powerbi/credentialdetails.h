#pragma once

#include "gatewaypublickey.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The credentialDetails member of PATCH /gateways/{g}/datasources/{d} for an OAuth2 access token,
// in its two documented forms:
// - a cloud data source: the credentials document as it is, "encryptionAlgorithm":"None";
// - a data source behind an on-premises gateway: the document encrypted with the gateway's
//   public key (GatewayCredentialEncryptor), "encryptionAlgorithm":"RSA-OAEP". Power BI refuses
//   the plain form there with a 400.
// Either way "encryptedConnection":"Encrypted" asks for TLS to the data source; it is not about
// the credential.
class CredentialDetails
{
public:
    // {"credentialData":[{"name":"accessToken","value":...}]}, compact UTF-8: what the service
    // (or the gateway, once decrypted) reads.
    static QByteArray oauth2Document(const QString &accessToken);
    static QJsonObject cloudOAuth2(const QString &accessToken);
    // A key that cannot encrypt gives its Parse error (naming publicKey).
    static Result<QJsonObject> onPremisesOAuth2(const QString &accessToken,
                                                const GatewayPublicKey &key);
    // The request body: {"credentialDetails":details}.
    static QJsonObject patchBody(const QJsonObject &details);

private:
    static QJsonObject oauth2Details(const QString &credentials, const QString &algorithm);
};
