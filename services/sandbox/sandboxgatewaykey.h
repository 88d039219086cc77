#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

// The RSA key pair of a sandbox on-premises gateway, made with OpenSSL when first needed. It
// publishes the public key the way GET /gateways/{id} does (base64 of the big-endian exponent
// and of the modulus, exactly as long as the key, as .NET exports it) and reads credentials
// encrypted for it, in every form Microsoft's samples send:
// - a 1024-bit key: base64 of 128-byte RSA-OAEP blocks, SHA-1 (the C# SDK, Java, PowerShell: 85
//   bytes a block) or SHA-256 (the Python sample: 60 bytes a block), tried block by block;
// - a larger key: base64(RSA-OAEP SHA-256 of 00 01 | AES key | HMAC key) followed by
//   base64(00 00 | HMAC-SHA256 tag | IV | AES-256-CBC ciphertext), the tag checked before
//   anything is decrypted.
// This is the gateway's side of the wire: it shares no code with the program's encryptor.
class SandboxGatewayKey
{
public:
    // nullptr when OpenSSL cannot make a key (it then says why in the sandbox's log).
    static std::unique_ptr<SandboxGatewayKey> generate(int bits);
    ~SandboxGatewayKey();
    SandboxGatewayKey(const SandboxGatewayKey &) = delete;
    SandboxGatewayKey &operator=(const SandboxGatewayKey &) = delete;

    int bits() const;
    // {"exponent":"AQAB","modulus":"..."}
    QJsonObject publicKeyJson() const;
    // The UTF-8 document, or nullopt with the reason in *problem (never the plaintext).
    std::optional<QByteArray> decrypt(const QString &credentials, QString *problem) const;

private:
    explicit SandboxGatewayKey(evp_pkey_st *key);
    std::optional<QByteArray> decryptBlocks(const QByteArray &blocks, QString *problem) const;
    std::optional<QByteArray> decryptHybrid(const QString &credentials, QString *problem) const;

    evp_pkey_st *m_key = nullptr;
};
