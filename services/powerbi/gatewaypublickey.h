#pragma once

#include "jsonreader.h"

#include <QString>

// The public key of an on-premises data gateway, as GET /gateways/{id} gives it: the RSA
// exponent and modulus, each the standard base64 of an unsigned big-endian integer (.NET's
// RSAParameters). Credentials for a data source behind that gateway are encrypted with it
// (GatewayCredentialEncryptor).
class GatewayPublicKey
{
public:
    GatewayPublicKey() = default;
    GatewayPublicKey(const QString &exponent, const QString &modulus)
        : m_exponent(exponent)
        , m_modulus(modulus)
    {}

    // The publicKey member; missing members give an empty key.
    static GatewayPublicKey read(const JsonReader &reader);

    QString exponent() const { return m_exponent; }
    QString modulus() const { return m_modulus; }
    // A cloud gateway has none: nothing to encrypt with.
    bool isEmpty() const { return m_modulus.isEmpty() && m_exponent.isEmpty(); }

private:
    QString m_exponent;
    QString m_modulus;
};
