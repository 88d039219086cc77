#pragma once

#include "gatewaypublickey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

// Encrypts a credentials document (the JSON that goes into credentialDetails.credentials) for a
// data source behind an on-premises gateway, with the gateway's public key, as Microsoft's SDKs
// do (PowerBI-CSharp AsymmetricKeyEncryptor, ported by Microsoft from the gateway's own code):
// - a 1024-bit key (a 128-byte modulus): the UTF-8 bytes cut into 85-byte segments, each
//   encrypted with RSA-OAEP (SHA-1, MGF1-SHA-1), the 128-byte blocks concatenated, one base64
//   string;
// - a larger key: fresh AES-256-CBC (32 bytes) and HMAC-SHA256 (64 bytes) keys; the payload is
//   00 00 | HMAC(00 00 | IV | ciphertext) | IV | ciphertext, the key blob 00 01 | AES key | HMAC
//   key is wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256); the result is base64(wrapped key)
//   followed by base64(payload), two separately padded strings.
// Every cipher is OpenSSL's libcrypto. Each call uses fresh randomness, so two encryptions of the
// same document differ; only the gateway's private key reads them.
class GatewayCredentialEncryptor
{
public:
    // A key that is not an RSA public key this scheme can use (not base64, not a valid RSA key,
    // too small) gives a Parse error naming the publicKey member; never a crash.
    static Result<QString> encrypt(const QByteArray &credentials, const GatewayPublicKey &key);
    // The same checks of the key, without encrypting anything: a caller can refuse a key before
    // it fetches the secret to encrypt.
    static Result<Done> checkKey(const GatewayPublicKey &key);

    // Every 1024-bit segment carries this many bytes of the document.
    static constexpr int segmentBytes = 85;
    // The modulus length, in bytes, that selects the segmented scheme.
    static constexpr int segmentedModulusBytes = 128;
};
