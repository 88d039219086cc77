#pragma once

#include "gatewaypublickey.h"
#include "jsonreader.h"
#include "result.h"

#include <QString>

// A data gateway as GET /gateways/{gatewayId} answers it: {"id","name","type","publicKey":
// {"exponent","modulus"},"gatewayStatus","gatewayAnnotation"}. Every member may be missing.
//
// Every data source names a gateway id, a cloud one included. Only an on-premises gateway has a
// public key, and credentials for its data sources must be encrypted with it; Microsoft's
// samples take a 404 for the id, or a gateway without a key, as a cloud data source.
class Gateway
{
public:
    Gateway() = default;

    static Gateway read(const JsonReader &reader);
    static Result<Gateway> fromBody(const QByteArray &body);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // "Resource" for the standard on-premises data gateway (a cluster); other values are not
    // documented, so nothing depends on it.
    QString type() const { return m_type; }
    QString status() const { return m_status; }
    GatewayPublicKey publicKey() const { return m_publicKey; }
    // Its data sources take credentials encrypted with publicKey().
    bool isOnPremises() const { return !m_publicKey.isEmpty(); }

private:
    QString m_id;
    QString m_name;
    QString m_type;
    QString m_status;
    GatewayPublicKey m_publicKey;
};
