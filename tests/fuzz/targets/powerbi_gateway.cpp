// GET /gateways/{id}: the gateway, and whether its public key can encrypt a credential. The key
// comes from the answer: a bad one must be refused with a parse error, never crash.
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "gateway.h"
#include "gatewaycredentialencryptor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Gateway> gateway = Gateway::fromBody(FuzzInput(data, size).bytes());
    if (!gateway)
        return 0;
    const GatewayPublicKey key = gateway.value().publicKey();
    fuzzCheck(gateway.value().isOnPremises() == !key.isEmpty(),
              "a gateway is on premises exactly when it has a key");
    if (key.isEmpty())
        return 0;
    const Result<Done> usable = GatewayCredentialEncryptor::checkKey(key);
    fuzzCheck(usable || usable.error().kind() == ApiError::Kind::Parse,
              "an unusable key is a parse error");
    return 0;
}
