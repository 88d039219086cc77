#include "sandboxgatewaykeys.h"

const SandboxGatewayKey *SandboxGatewayKeys::keyFor(const QString &gatewayId, int bits)
{
    const QString id = gatewayId.toLower();
    auto found = m_keys.constFind(id);
    if (found != m_keys.constEnd() && found.value()->bits() == bits)
        return found.value().get();
    std::shared_ptr<const SandboxGatewayKey> key = SandboxGatewayKey::generate(bits);
    if (!key)
        return nullptr;
    m_keys.insert(id, key);
    return key.get();
}
