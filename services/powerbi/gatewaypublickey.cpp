#include "gatewaypublickey.h"

GatewayPublicKey GatewayPublicKey::read(const JsonReader &reader)
{
    return GatewayPublicKey(reader.string(QStringLiteral("exponent")),
                            reader.string(QStringLiteral("modulus")));
}
