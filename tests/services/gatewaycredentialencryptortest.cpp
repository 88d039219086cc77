// Test vectors for gateway credential encryption: the program's encryptor encrypts, the
// sandbox's gateway key (the other side of the wire, written separately) decrypts with its
// private key, for a 1024-bit and a 2048-bit gateway.
#include "gatewaycredentialencryptor.h"
#include "credentialdetails.h"
#include "sandboxgatewaykey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <gtest/gtest.h>

#include <memory>

namespace {

// A token as long as Xero's (a JWT of about 1,200 characters): fifteen 85-byte segments.
QByteArray longCredentials()
{
    QString token;
    while (token.size() < 1200)
        token +=
            QStringLiteral("eyJhbGciOiJSUzI1NiIsImtpZCI6IjFDQUY4RTY2NzcyRDZEQzAyOEQ2NzI2RkQw.");
    return CredentialDetails::oauth2Document(token);
}

const QByteArray shortCredentials = CredentialDetails::oauth2Document(QStringLiteral("t0k"));
// Non-ASCII, and the characters JSON must escape: some multi-byte characters fall across the
// border of two 85-byte segments.
const QByteArray nonAsciiCredentials = CredentialDetails::oauth2Document(
    QStringLiteral("Zoë «Prévisions» Ünïcødé ☃ 東京 € \"quoted\" back\\slash / %1")
        .arg(QString(40, QChar(0x00e9))));

GatewayPublicKey publicKeyOf(const SandboxGatewayKey &key)
{
    const QJsonObject json = key.publicKeyJson();
    return GatewayPublicKey(json.value(QStringLiteral("exponent")).toString(),
                            json.value(QStringLiteral("modulus")).toString());
}

class GatewayCredentialEncryptorTest : public ::testing::TestWithParam<int>
{
protected:
    static void SetUpTestSuite()
    {
        // One key pair of each size for the whole suite: making them is the slow part.
        legacyKey = SandboxGatewayKey::generate(1024).release();
        currentKey = SandboxGatewayKey::generate(2048).release();
    }
    static void TearDownTestSuite()
    {
        delete legacyKey;
        delete currentKey;
    }

    static const SandboxGatewayKey &key() { return GetParam() == 1024 ? *legacyKey : *currentKey; }

    static std::optional<QByteArray> roundTrip(const QByteArray &credentials)
    {
        const Result<QString> encrypted =
            GatewayCredentialEncryptor::encrypt(credentials, publicKeyOf(key()));
        EXPECT_TRUE(encrypted) << encrypted.error().technicalDetails().toStdString();
        if (!encrypted)
            return std::nullopt;
        QString problem;
        const std::optional<QByteArray> decrypted = key().decrypt(encrypted.value(), &problem);
        EXPECT_TRUE(decrypted.has_value()) << problem.toStdString();
        return decrypted;
    }

    static inline SandboxGatewayKey *legacyKey = nullptr;
    static inline SandboxGatewayKey *currentKey = nullptr;
};

TEST_P(GatewayCredentialEncryptorTest, TheGatewayReadsAShortCredential)
{
    ASSERT_EQ(key().bits(), GetParam());
    EXPECT_EQ(roundTrip(shortCredentials), shortCredentials);
}

TEST_P(GatewayCredentialEncryptorTest, TheGatewayReadsAXeroSizedToken)
{
    ASSERT_GT(longCredentials().size(), 10 * GatewayCredentialEncryptor::segmentBytes);
    EXPECT_EQ(roundTrip(longCredentials()), longCredentials());
}

TEST_P(GatewayCredentialEncryptorTest, TheGatewayReadsNonAsciiCredentialsByteForByte)
{
    const std::optional<QByteArray> decrypted = roundTrip(nonAsciiCredentials);
    ASSERT_TRUE(decrypted.has_value());
    EXPECT_EQ(*decrypted, nonAsciiCredentials);
    const QJsonObject document = QJsonDocument::fromJson(*decrypted).object();
    EXPECT_TRUE(document.value(QStringLiteral("credentialData"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toString()
                    .startsWith(QStringLiteral("Zoë «Prévisions»")));
}

TEST_P(GatewayCredentialEncryptorTest, AnExactNumberOfSegmentsAddsNoEmptyOne)
{
    const QByteArray twoSegments(2 * GatewayCredentialEncryptor::segmentBytes, 'x');
    EXPECT_EQ(roundTrip(twoSegments), twoSegments);
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(twoSegments, publicKeyOf(key()));
    ASSERT_TRUE(encrypted);
    if (GetParam() == 1024) {
        // Two 128-byte blocks: 256 bytes, 344 base64 characters.
        EXPECT_EQ(encrypted.value().size(), 344);
    }
}

TEST_P(GatewayCredentialEncryptorTest, TwoEncryptionsOfTheSameCredentialDiffer)
{
    const Result<QString> first =
        GatewayCredentialEncryptor::encrypt(shortCredentials, publicKeyOf(key()));
    const Result<QString> second =
        GatewayCredentialEncryptor::encrypt(shortCredentials, publicKeyOf(key()));
    ASSERT_TRUE(first && second);
    EXPECT_NE(first.value(), second.value());
}

TEST_P(GatewayCredentialEncryptorTest, AnotherGatewaysKeyCannotReadIt)
{
    const SandboxGatewayKey &other = GetParam() == 1024 ? *currentKey : *legacyKey;
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(shortCredentials, publicKeyOf(key()));
    ASSERT_TRUE(encrypted);
    const std::unique_ptr<SandboxGatewayKey> stranger = SandboxGatewayKey::generate(GetParam());
    QString problem;
    EXPECT_FALSE(stranger->decrypt(encrypted.value(), &problem).has_value());
    EXPECT_FALSE(other.decrypt(encrypted.value(), &problem).has_value());
    EXPECT_FALSE(problem.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(GatewayKeys, GatewayCredentialEncryptorTest, ::testing::Values(1024, 2048),
                         [](const auto &info) { return std::to_string(info.param) + "bit"; });

class GatewayCredentialFormTest : public GatewayCredentialEncryptorTest
{
};

TEST_F(GatewayCredentialFormTest, ALargerKeyGivesAWrappedKeyAndAPayloadAsTwoBase64Strings)
{
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(shortCredentials, publicKeyOf(*currentKey));
    ASSERT_TRUE(encrypted);
    // 256 bytes of wrapped key: 344 characters, padded; then 00 00 | tag | IV | ciphertext.
    const QString wrapped = encrypted.value().left(344);
    EXPECT_TRUE(wrapped.endsWith(QStringLiteral("==")));
    const QByteArray payload = QByteArray::fromBase64(encrypted.value().mid(344).toLatin1());
    ASSERT_GE(payload.size(), 2 + 32 + 16 + 16);
    EXPECT_EQ(payload.left(2), QByteArray(2, '\0'));
    EXPECT_EQ((payload.size() - 50) % 16, 0);
}

TEST_F(GatewayCredentialFormTest, TheGatewayRefusesAPayloadChangedOnTheWay)
{
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(shortCredentials, publicKeyOf(*currentKey));
    ASSERT_TRUE(encrypted);
    QByteArray payload = QByteArray::fromBase64(encrypted.value().mid(344).toLatin1());
    payload[payload.size() - 1] = static_cast<char>(payload.at(payload.size() - 1) ^ 0x01);
    QString problem;
    EXPECT_FALSE(
        currentKey
            ->decrypt(encrypted.value().left(344) + QString::fromLatin1(payload.toBase64()),
                      &problem)
            .has_value());
    EXPECT_TRUE(problem.contains(QStringLiteral("HMAC"))) << problem.toStdString();
}

// What Microsoft's Python sample sends for a 1024-bit key: RSA-OAEP with SHA-256 in 60-byte
// segments. The sandbox reads it as well as the SDK's SHA-1 form.
QString encryptLikeThePythonSample(const QByteArray &plaintext, const GatewayPublicKey &key)
{
    const QByteArray modulus = QByteArray::fromBase64(key.modulus().toLatin1());
    const QByteArray exponent = QByteArray::fromBase64(key.exponent().toLatin1());
    BIGNUM *n = BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus.constData()),
                          static_cast<int>(modulus.size()), nullptr);
    BIGNUM *e = BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent.constData()),
                          static_cast<int>(exponent.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *fromData = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_fromdata_init(fromData);
    EVP_PKEY_fromdata(fromData, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    QByteArray blocks;
    for (qsizetype offset = 0; offset < plaintext.size(); offset += 60) {
        const QByteArray segment = plaintext.mid(offset, 60);
        EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
        EVP_PKEY_encrypt_init(context);
        EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_OAEP_PADDING);
        EVP_PKEY_CTX_set_rsa_oaep_md(context, EVP_sha256());
        EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256());
        unsigned char block[128];
        std::size_t size = sizeof block;
        EVP_PKEY_encrypt(context, block, &size,
                         reinterpret_cast<const unsigned char *>(segment.constData()),
                         static_cast<std::size_t>(segment.size()));
        blocks.append(reinterpret_cast<const char *>(block), static_cast<qsizetype>(size));
        EVP_PKEY_CTX_free(context);
    }
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(n);
    BN_free(e);
    return QString::fromLatin1(blocks.toBase64());
}

TEST_F(GatewayCredentialFormTest, TheGatewayAlsoReadsThePythonSamplesSha256Segments)
{
    const QString encrypted =
        encryptLikeThePythonSample(nonAsciiCredentials, publicKeyOf(*legacyKey));
    ASSERT_EQ(QByteArray::fromBase64(encrypted.toLatin1()).size() % 128, 0);
    QString problem;
    EXPECT_EQ(legacyKey->decrypt(encrypted, &problem), nonAsciiCredentials)
        << problem.toStdString();
}

TEST_F(GatewayCredentialFormTest, AModulusWithALeadingZeroByteIsTheSameKey)
{
    // A sign byte, as a DER integer carries it: still a 1024-bit key, still 85-byte segments.
    const GatewayPublicKey exported = publicKeyOf(*legacyKey);
    const QByteArray modulus =
        QByteArray(1, '\0') + QByteArray::fromBase64(exported.modulus().toLatin1());
    const GatewayPublicKey signed_(exported.exponent(), QString::fromLatin1(modulus.toBase64()));
    const Result<QString> encrypted =
        GatewayCredentialEncryptor::encrypt(shortCredentials, signed_);
    ASSERT_TRUE(encrypted) << encrypted.error().technicalDetails().toStdString();
    QString problem;
    EXPECT_EQ(legacyKey->decrypt(encrypted.value(), &problem), shortCredentials);
}

TEST_F(GatewayCredentialFormTest, TheOnPremisesBodyCarriesTheEncryptedDocument)
{
    const QString token = QStringLiteral("xero-access-token");
    const Result<QJsonObject> details =
        CredentialDetails::onPremisesOAuth2(token, publicKeyOf(*currentKey));
    ASSERT_TRUE(details);
    EXPECT_EQ(details.value().value(QStringLiteral("credentialType")).toString(),
              QStringLiteral("OAuth2"));
    EXPECT_EQ(details.value().value(QStringLiteral("encryptedConnection")).toString(),
              QStringLiteral("Encrypted"));
    EXPECT_EQ(details.value().value(QStringLiteral("encryptionAlgorithm")).toString(),
              QStringLiteral("RSA-OAEP"));
    const QString credentials = details.value().value(QStringLiteral("credentials")).toString();
    EXPECT_FALSE(credentials.contains(token));
    QString problem;
    EXPECT_EQ(
        currentKey->decrypt(credentials, &problem),
        QByteArray(R"({"credentialData":[{"name":"accessToken","value":"xero-access-token"}]})"));
}

TEST_F(GatewayCredentialFormTest, TheCloudBodyIsAsBefore)
{
    const QJsonObject body =
        CredentialDetails::patchBody(CredentialDetails::cloudOAuth2(QStringLiteral("tok")));
    EXPECT_EQ(
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"credentialDetails":{"credentialType":"OAuth2","credentials":"{\"credentialData\":)"
            R"([{\"name\":\"accessToken\",\"value\":\"tok\"}]}","encryptedConnection":"Encrypted",)"
            R"("encryptionAlgorithm":"None","privacyLevel":"None","useEndUserOAuth2Credentials":false}})"));
}

struct MalformedKey
{
    const char *name;
    QString exponent;
    QString modulus;
    const char *field;
};

class MalformedGatewayKeyTest : public ::testing::TestWithParam<MalformedKey>
{
};

TEST_P(MalformedGatewayKeyTest, IsAParseErrorNamingThePublicKey)
{
    const MalformedKey &malformed = GetParam();
    const Result<QString> encrypted = GatewayCredentialEncryptor::encrypt(
        shortCredentials, GatewayPublicKey(malformed.exponent, malformed.modulus));
    ASSERT_FALSE(encrypted);
    EXPECT_EQ(encrypted.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(encrypted.error().field(), QLatin1String(malformed.field))
        << encrypted.error().technicalDetails().toStdString();
    EXPECT_TRUE(encrypted.error().plainSentence().contains(QLatin1String(malformed.field)));
    // Nothing of the credential in what the user or the log may see.
    EXPECT_FALSE(encrypted.error().technicalDetails().contains(QStringLiteral("t0k")));
}

// A 512-bit RSA modulus (a real key, too small for either scheme).
const QString smallModulus = QStringLiteral(
    "xNnxQcC5oXcsjHLwGc72XxBufvA/GCufmM8y5JLIXem+mWfgjNwLSKfTT0iMJACTeOv16+No2MrqKUqdGq0h5Q==");

INSTANTIATE_TEST_SUITE_P(
    Keys, MalformedGatewayKeyTest,
    ::testing::Values(
        MalformedKey{"NoModulus", QStringLiteral("AQAB"), QString(), "publicKey.modulus"},
        MalformedKey{"NoExponent", QString(), QStringLiteral("AQAB"), "publicKey.exponent"},
        MalformedKey{"ModulusNotBase64", QStringLiteral("AQAB"), QStringLiteral("not*base64!"),
                     "publicKey.modulus"},
        MalformedKey{"ModulusOfZeros", QStringLiteral("AQAB"),
                     QString::fromLatin1(QByteArray(128, '\0').toBase64()), "publicKey"},
        MalformedKey{"EvenModulus", QStringLiteral("AQAB"),
                     QString::fromLatin1(QByteArray(128, '\x42').toBase64()), "publicKey"},
        MalformedKey{"EvenExponent", QStringLiteral("AQAA"), smallModulus, "publicKey"},
        MalformedKey{"TooSmall", QStringLiteral("AQAB"), smallModulus, "publicKey.modulus"}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
