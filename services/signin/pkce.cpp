#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

// RFC 7636 section 4.1: the unreserved characters.
const QByteArray
    verifierAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

} // namespace

Pkce Pkce::generate(int length)
{
    const int size = std::clamp(length, 43, 128);
    QRandomGenerator *random = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(size);
    for (int i = 0; i < size; ++i) {
        // bounded() is uniform: no modulo bias over the 66 characters.
        const int index = static_cast<int>(random->bounded(quint32(verifierAlphabet.size())));
        verifier.append(QLatin1Char(verifierAlphabet.at(index)));
    }
    return fromVerifier(verifier);
}

Pkce Pkce::fromVerifier(const QString &verifier)
{
    Pkce pkce;
    if (!isValidVerifier(verifier))
        return pkce;
    pkce.m_verifier = verifier;
    pkce.m_challenge = challengeFor(verifier);
    return pkce;
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), [](QChar c) {
        return c.unicode() < 128 && verifierAlphabet.contains(char(c.unicode()));
    });
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Pkce::randomState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
