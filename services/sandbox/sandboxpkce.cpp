#include "sandboxpkce.h"

#include "sandboxids.h"

#include <QCryptographicHash>
#include <QRegularExpression>

bool SandboxPkce::isWellFormedVerifier(const QString &verifier)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return allowed.match(verifier).hasMatch();
}

bool SandboxPkce::isWellFormedChallenge(const QString &challenge)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9\\-_]{43}$"));
    return allowed.match(challenge).hasMatch();
}

QString SandboxPkce::challengeFor(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(SandboxIds::base64Url(digest));
}

bool SandboxPkce::verifierMatches(const QString &verifier, const QString &challenge)
{
    return isWellFormedVerifier(verifier) && challengeFor(verifier) == challenge;
}
