#pragma once

#include "sandboxgatewaykey.h"

#include <QHash>
#include <QString>

#include <memory>

// The key pairs of one sandbox's gateways, by gateway id. A key is made on first use, not when
// the sandbox starts: a 2048-bit key costs 50 to 200 ms of CPU, and most sandboxes (one per test)
// never meet a gateway. Once made it stays until the sandbox is destroyed, resets included.
class SandboxGatewayKeys
{
public:
    // nullptr only when OpenSSL cannot make a key.
    const SandboxGatewayKey *keyFor(const QString &gatewayId, int bits);

private:
    QHash<QString, std::shared_ptr<const SandboxGatewayKey>> m_keys;
};
