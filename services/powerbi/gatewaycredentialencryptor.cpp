#include "gatewaycredentialencryptor.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr auto service = ApiError::Service::PowerBi;
constexpr int aesKeyBytes = 32;
constexpr int hmacKeyBytes = 64;
constexpr int ivBytes = 16;
constexpr int hmacBytes = 32;
// The key blob: two length markers, then both keys.
constexpr int keyBlobBytes = 2 + aesKeyBytes + hmacKeyBytes;
// RSA-OAEP with SHA-256 carries at most k - 2 * 32 - 2 bytes: the key blob needs k >= 164.
constexpr int smallestHybridModulusBytes = keyBlobBytes + 2 * 32 + 2;
// A sanity bound (16384 bits) against a modulus that would make the RSA operation crawl.
constexpr int largestModulusBytes = 2048;
// The markers are enum values of the SDK, not lengths: payload 00 00 = AES-256-CBC with PKCS#7
// and HMAC-SHA256; key blob 00 01 = a 32-byte key and a 64-byte key.
constexpr unsigned char payloadAlgorithms[2] = {0x00, 0x00};
constexpr unsigned char keyBlobLengths[2] = {0x00, 0x01};

template<auto release> struct Release
{
    template<typename T> void operator()(T *pointer) const { release(pointer); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Release<EVP_PKEY_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Release<EVP_PKEY_CTX_free>>;
using BigNumber = std::unique_ptr<BIGNUM, Release<BN_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Release<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Release<OSSL_PARAM_free>>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, Release<EVP_CIPHER_CTX_free>>;

// Key material that is wiped when it goes out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(std::size_t size)
        : m_bytes(size)
    {}
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }

private:
    std::vector<unsigned char> m_bytes;
};

// OpenSSL's reason for the last failure, and an empty error queue for whoever comes next.
QString openSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral(" (%1)").arg(QString::fromLatin1(text));
}

ApiError keyError(const QString &member, const QString &problem)
{
    const QString field =
        member.isEmpty() ? QStringLiteral("publicKey") : QStringLiteral("publicKey.") + member;
    return ApiError::parse(service, field, problem + openSslReason());
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Result<QByteArray> decodeBase64(const QString &text, const QString &member)
{
    if (text.trimmed().isEmpty())
        return keyError(member, QStringLiteral("missing"));
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return keyError(member, QStringLiteral("not standard base64"));
    return decoded.decoded;
}

// The RSA public key from its big-endian modulus and exponent, checked the way OpenSSL checks a
// public key (an odd modulus without small factors, an odd exponent above 1).
Result<Pkey> rsaPublicKey(const QByteArray &modulus, const QByteArray &exponent)
{
    const BigNumber n(BN_bin2bn(bytes(modulus), static_cast<int>(modulus.size()), nullptr));
    const BigNumber e(BN_bin2bn(bytes(exponent), static_cast<int>(exponent.size()), nullptr));
    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return keyError({}, QStringLiteral("could not be read as an RSA key"));
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyContext fromData(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *created = nullptr;
    if (!params || !fromData || EVP_PKEY_fromdata_init(fromData.get()) <= 0 ||
        EVP_PKEY_fromdata(fromData.get(), &created, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return keyError({}, QStringLiteral("could not be read as an RSA key"));
    Pkey key(created);
    const PkeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return keyError({}, QStringLiteral("is not a valid RSA public key"));
    return key;
}

// RSA-OAEP with one digest for OAEP and MGF1, and no label: what .NET and Java use.
Result<QByteArray> oaepEncrypt(EVP_PKEY *key, const EVP_MD *digest, const unsigned char *data,
                               std::size_t size)
{
    const PkeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    std::size_t outputSize = 0;
    if (!context || EVP_PKEY_encrypt_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(context.get(), digest) <= 0 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(context.get(), digest) <= 0 ||
        EVP_PKEY_encrypt(context.get(), nullptr, &outputSize, data, size) <= 0)
        return keyError({}, QStringLiteral("cannot encrypt with RSA-OAEP"));
    QByteArray output(static_cast<qsizetype>(outputSize), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(context.get(), reinterpret_cast<unsigned char *>(output.data()),
                         &outputSize, data, size) <= 0)
        return keyError({}, QStringLiteral("cannot encrypt with RSA-OAEP"));
    output.truncate(static_cast<qsizetype>(outputSize));
    return output;
}

// 1024-bit keys: 85-byte segments, RSA-OAEP SHA-1 each, the blocks in one base64 string.
Result<QString> encryptSegmented(const QByteArray &credentials, EVP_PKEY *key)
{
    QByteArray blocks;
    const int segment = GatewayCredentialEncryptor::segmentBytes;
    for (qsizetype offset = 0; offset < credentials.size(); offset += segment) {
        const qsizetype length = std::min<qsizetype>(segment, credentials.size() - offset);
        const Result<QByteArray> block = oaepEncrypt(key, EVP_sha1(), bytes(credentials) + offset,
                                                     static_cast<std::size_t>(length));
        if (!block)
            return block.error();
        blocks.append(block.value());
    }
    return QString::fromLatin1(blocks.toBase64());
}

std::optional<QByteArray> aes256CbcEncrypt(const SecretBytes &key, const QByteArray &iv,
                                           const QByteArray &plaintext)
{
    const CipherContext context(EVP_CIPHER_CTX_new());
    // PKCS#7 padding (OpenSSL's default) adds 1 to 16 bytes.
    QByteArray ciphertext(plaintext.size() + ivBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    int written = 0;
    int finalWritten = 0;
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytes(iv)) != 1 ||
        EVP_EncryptUpdate(context.get(), out, &written, bytes(plaintext),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) != 1)
        return std::nullopt;
    ciphertext.truncate(written + finalWritten);
    return ciphertext;
}

std::optional<QByteArray> hmacSha256(const SecretBytes &key, const QByteArray &data)
{
    QByteArray tag(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(data),
              static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char *>(tag.data()),
              &length) ||
        length != hmacBytes)
        return std::nullopt;
    tag.truncate(hmacBytes);
    return tag;
}

bool randomBytes(unsigned char *into, int count)
{
    return RAND_bytes(into, count) == 1;
}

// Larger keys: the document under fresh AES-256-CBC and HMAC-SHA256 keys, those keys wrapped
// with RSA-OAEP SHA-256; base64(wrapped) + base64(payload).
Result<QString> encryptHybrid(const QByteArray &credentials, EVP_PKEY *key)
{
    const auto failure = [] {
        return ApiError::parse(service, QStringLiteral("publicKey"),
                               QStringLiteral("the credentials could not be encrypted") +
                                   openSslReason());
    };
    SecretBytes keyBlob(keyBlobBytes);
    SecretBytes aesKey(aesKeyBytes);
    SecretBytes hmacKey(hmacKeyBytes);
    QByteArray iv(ivBytes, Qt::Uninitialized);
    if (!randomBytes(aesKey.data(), aesKeyBytes) || !randomBytes(hmacKey.data(), hmacKeyBytes) ||
        !randomBytes(reinterpret_cast<unsigned char *>(iv.data()), ivBytes))
        return failure();
    const std::optional<QByteArray> ciphertext = aes256CbcEncrypt(aesKey, iv, credentials);
    if (!ciphertext)
        return failure();
    const QByteArray header(reinterpret_cast<const char *>(payloadAlgorithms), 2);
    // Encrypt-then-MAC over the header, the IV and the ciphertext (not the tag).
    const std::optional<QByteArray> tag = hmacSha256(hmacKey, header + iv + *ciphertext);
    if (!tag)
        return failure();
    const QByteArray payload = header + *tag + iv + *ciphertext;

    std::copy_n(keyBlobLengths, 2, keyBlob.data());
    std::copy_n(aesKey.data(), aesKeyBytes, keyBlob.data() + 2);
    std::copy_n(hmacKey.data(), hmacKeyBytes, keyBlob.data() + 2 + aesKeyBytes);
    const Result<QByteArray> wrapped =
        oaepEncrypt(key, EVP_sha256(), keyBlob.data(), keyBlob.size());
    if (!wrapped)
        return wrapped.error();
    return QString::fromLatin1(wrapped.value().toBase64() + payload.toBase64());
}

// The gateway's key, imported and checked: usable by one of the two schemes.
Result<Pkey> importKey(const GatewayPublicKey &key)
{
    const Result<QByteArray> modulus = decodeBase64(key.modulus(), QStringLiteral("modulus"));
    if (!modulus)
        return modulus.error();
    const Result<QByteArray> exponent = decodeBase64(key.exponent(), QStringLiteral("exponent"));
    if (!exponent)
        return exponent.error();
    if (modulus.value().size() > largestModulusBytes + 1)
        return keyError(QStringLiteral("modulus"),
                        QStringLiteral("%1 bytes is larger than any RSA key in use")
                            .arg(modulus.value().size()));
    Result<Pkey> rsaKey = rsaPublicKey(modulus.value(), exponent.value());
    if (!rsaKey)
        return rsaKey.error();
    // The size of the imported key, not of the text: a leading zero byte changes nothing.
    const int modulusBytes = EVP_PKEY_get_size(rsaKey.value().get());
    if (modulusBytes != GatewayCredentialEncryptor::segmentedModulusBytes &&
        modulusBytes < smallestHybridModulusBytes)
        return keyError(QStringLiteral("modulus"),
                        QStringLiteral("a %1-bit RSA key is too small").arg(modulusBytes * 8));
    return rsaKey;
}

} // namespace

Result<QString> GatewayCredentialEncryptor::encrypt(const QByteArray &credentials,
                                                    const GatewayPublicKey &key)
{
    if (credentials.isEmpty())
        return ApiError::parse(service, QStringLiteral("credentials"),
                               QStringLiteral("there is nothing to encrypt"));
    const Result<Pkey> rsaKey = importKey(key);
    if (!rsaKey)
        return rsaKey.error();
    EVP_PKEY *pkey = rsaKey.value().get();
    if (EVP_PKEY_get_size(pkey) == segmentedModulusBytes)
        return encryptSegmented(credentials, pkey);
    return encryptHybrid(credentials, pkey);
}

Result<Done> GatewayCredentialEncryptor::checkKey(const GatewayPublicKey &key)
{
    const Result<Pkey> rsaKey = importKey(key);
    if (!rsaKey)
        return rsaKey.error();
    return Done{};
}
