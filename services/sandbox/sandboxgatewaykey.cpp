#include "sandboxgatewaykey.h"

#include <QLoggingCategory>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

namespace {
Q_LOGGING_CATEGORY(lcGatewayKey, "xra.sandbox.gateway")

constexpr qsizetype keyBlobBytes = 2 + 32 + 64;
constexpr qsizetype tagOffset = 2;
constexpr qsizetype ivOffset = tagOffset + 32;
constexpr qsizetype ciphertextOffset = ivOffset + 16;

template<auto release> struct Release
{
    template<typename T> void operator()(T *pointer) const { release(pointer); }
};
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Release<EVP_PKEY_CTX_free>>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, Release<EVP_CIPHER_CTX_free>>;
using BigNumber = std::unique_ptr<BIGNUM, Release<BN_free>>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

std::optional<QByteArray> fromBase64(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// Exactly `size` bytes, big-endian, leading zeros kept: .NET's RSAParameters form.
QString bigNumberBase64(const BIGNUM *number, int size)
{
    QByteArray data(size, Qt::Uninitialized);
    BN_bn2binpad(number, reinterpret_cast<unsigned char *>(data.data()), size);
    return QString::fromLatin1(data.toBase64());
}

std::optional<QByteArray> oaepDecrypt(EVP_PKEY *key, const EVP_MD *digest,
                                      const unsigned char *data, std::size_t size)
{
    const PkeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    std::size_t outputSize = 0;
    if (!context || EVP_PKEY_decrypt_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(context.get(), digest) <= 0 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(context.get(), digest) <= 0 ||
        EVP_PKEY_decrypt(context.get(), nullptr, &outputSize, data, size) <= 0) {
        ERR_clear_error();
        return std::nullopt;
    }
    QByteArray output(static_cast<qsizetype>(outputSize), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(context.get(), reinterpret_cast<unsigned char *>(output.data()),
                         &outputSize, data, size) <= 0) {
        ERR_clear_error();
        return std::nullopt;
    }
    output.truncate(static_cast<qsizetype>(outputSize));
    return output;
}

std::optional<QByteArray> aes256CbcDecrypt(const QByteArray &key, const QByteArray &iv,
                                           const QByteArray &ciphertext)
{
    const CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray plaintext(ciphertext.size() + 16, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    int written = 0;
    int finalWritten = 0;
    if (!context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, bytes(key), bytes(iv)) != 1 ||
        EVP_DecryptUpdate(context.get(), out, &written, bytes(ciphertext),
                          static_cast<int>(ciphertext.size())) != 1 ||
        EVP_DecryptFinal_ex(context.get(), out + written, &finalWritten) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    plaintext.truncate(written + finalWritten);
    return plaintext;
}

} // namespace

SandboxGatewayKey::SandboxGatewayKey(evp_pkey_st *key)
    : m_key(key)
{}

SandboxGatewayKey::~SandboxGatewayKey()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<SandboxGatewayKey> SandboxGatewayKey::generate(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key) {
        qCWarning(lcGatewayKey) << "OpenSSL could not make a" << bits
                                << "bit RSA key:" << ERR_reason_error_string(ERR_get_error());
        ERR_clear_error();
        return nullptr;
    }
    return std::unique_ptr<SandboxGatewayKey>(new SandboxGatewayKey(key));
}

int SandboxGatewayKey::bits() const
{
    return EVP_PKEY_get_bits(m_key);
}

QJsonObject SandboxGatewayKey::publicKeyJson() const
{
    BIGNUM *modulus = nullptr;
    BIGNUM *exponent = nullptr;
    EVP_PKEY_get_bn_param(m_key, OSSL_PKEY_PARAM_RSA_N, &modulus);
    EVP_PKEY_get_bn_param(m_key, OSSL_PKEY_PARAM_RSA_E, &exponent);
    const BigNumber n(modulus);
    const BigNumber e(exponent);
    if (!n || !e)
        return {};
    return QJsonObject{
        {QStringLiteral("exponent"), bigNumberBase64(e.get(), BN_num_bytes(e.get()))},
        {QStringLiteral("modulus"), bigNumberBase64(n.get(), EVP_PKEY_get_size(m_key))}};
}

std::optional<QByteArray> SandboxGatewayKey::decrypt(const QString &credentials,
                                                     QString *problem) const
{
    if (EVP_PKEY_get_size(m_key) != 128)
        return decryptHybrid(credentials, problem);
    const std::optional<QByteArray> blocks = fromBase64(credentials);
    if (!blocks) {
        *problem = QStringLiteral("the credentials are not base64");
        return std::nullopt;
    }
    return decryptBlocks(*blocks, problem);
}

std::optional<QByteArray> SandboxGatewayKey::decryptBlocks(const QByteArray &blocks,
                                                           QString *problem) const
{
    const qsizetype blockSize = EVP_PKEY_get_size(m_key);
    if (blocks.isEmpty() || blocks.size() % blockSize != 0) {
        *problem =
            QStringLiteral("the credentials are not whole %1-byte RSA blocks").arg(blockSize);
        return std::nullopt;
    }
    QByteArray plaintext;
    for (qsizetype offset = 0; offset < blocks.size(); offset += blockSize) {
        const unsigned char *block = bytes(blocks) + offset;
        const auto size = static_cast<std::size_t>(blockSize);
        // SHA-1 as the C# SDK sends it; SHA-256 as Microsoft's Python sample does.
        std::optional<QByteArray> segment = oaepDecrypt(m_key, EVP_sha1(), block, size);
        if (!segment)
            segment = oaepDecrypt(m_key, EVP_sha256(), block, size);
        if (!segment) {
            *problem = QStringLiteral("RSA-OAEP block %1 does not decrypt with this gateway's key")
                           .arg(offset / blockSize + 1);
            return std::nullopt;
        }
        plaintext.append(*segment);
    }
    return plaintext;
}

std::optional<QByteArray> SandboxGatewayKey::decryptHybrid(const QString &credentials,
                                                           QString *problem) const
{
    const int keySize = EVP_PKEY_get_size(m_key);
    // Two base64 strings end to end: the first is as long as the key's, padding included (for a
    // 3072-bit key it has none), so the split is by length and never at '='.
    const qsizetype wrappedLength = 4 * ((keySize + 2) / 3);
    const std::optional<QByteArray> wrapped = fromBase64(credentials.left(wrappedLength));
    const std::optional<QByteArray> payload = fromBase64(credentials.mid(wrappedLength));
    if (credentials.size() <= wrappedLength || !wrapped || !payload || wrapped->size() != keySize) {
        *problem = QStringLiteral("the credentials are not a wrapped key and a payload in base64");
        return std::nullopt;
    }
    const std::optional<QByteArray> keys =
        oaepDecrypt(m_key, EVP_sha256(), bytes(*wrapped), static_cast<std::size_t>(keySize));
    if (!keys || keys->size() != keyBlobBytes || keys->at(0) != 0 || keys->at(1) != 1) {
        *problem = QStringLiteral("the wrapped keys do not decrypt with this gateway's key");
        return std::nullopt;
    }
    const QByteArray aesKey = keys->mid(2, 32);
    const QByteArray hmacKey = keys->mid(34, 64);
    if (payload->size() < ciphertextOffset + 16 || payload->at(0) != 0 || payload->at(1) != 0 ||
        (payload->size() - ciphertextOffset) % 16 != 0) {
        *problem = QStringLiteral("the payload is not AES-256-CBC with HMAC-SHA256");
        return std::nullopt;
    }
    const QByteArray tag = payload->mid(tagOffset, 32);
    const QByteArray iv = payload->mid(ivOffset, 16);
    const QByteArray ciphertext = payload->mid(ciphertextOffset);
    const QByteArray signedPart = payload->left(2) + iv + ciphertext;
    unsigned char expected[EVP_MAX_MD_SIZE];
    unsigned int expectedLength = 0;
    if (!HMAC(EVP_sha256(), hmacKey.constData(), static_cast<int>(hmacKey.size()),
              bytes(signedPart), static_cast<std::size_t>(signedPart.size()), expected,
              &expectedLength) ||
        expectedLength != 32 || CRYPTO_memcmp(expected, tag.constData(), 32) != 0) {
        *problem = QStringLiteral("the payload's HMAC does not match");
        return std::nullopt;
    }
    const std::optional<QByteArray> plaintext = aes256CbcDecrypt(aesKey, iv, ciphertext);
    if (!plaintext)
        *problem = QStringLiteral("the payload does not decrypt");
    return plaintext;
}
