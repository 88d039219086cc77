#include "sandboxauthorizerequest.h"

SandboxAuthorizeRequest SandboxAuthorizeRequest::from(const QMap<QString, QString> &values)
{
    return {values.value(QStringLiteral("client_id")),
            values.value(QStringLiteral("response_type")),
            values.value(QStringLiteral("redirect_uri")),
            values.value(QStringLiteral("scope")),
            values.value(QStringLiteral("state")),
            values.value(QStringLiteral("code_challenge")),
            values.value(QStringLiteral("code_challenge_method"))};
}

QList<QPair<QString, QString>> SandboxAuthorizeRequest::fields() const
{
    return {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("response_type"), responseType},
            {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), codeChallenge},
            {QStringLiteral("code_challenge_method"), codeChallengeMethod}};
}
