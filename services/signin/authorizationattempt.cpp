#include "authorizationattempt.h"

#include "endpoints.h"

AuthorizationAttempt AuthorizationAttempt::start(const QUrl &redirectUri)
{
    AuthorizationAttempt attempt;
    attempt.m_pkce = Pkce::generate();
    attempt.m_state = Pkce::randomState();
    attempt.m_redirectUri = redirectUri;
    attempt.m_open = true;
    return attempt;
}

QUrlQuery AuthorizationAttempt::authorizeQuery(const QString &clientId,
                                               const QStringList &scopes) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), m_pkce.challenge());
    query.addQueryItem(QStringLiteral("code_challenge_method"), Pkce::method());
    return query;
}

bool AuthorizationAttempt::isRedirectTo(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || !redirectUri.isValid())
        return false;
    QUrl::FormattingOptions ignored =
        QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash;
    if (Endpoints::isLoopbackHost(redirectUri.host()))
        ignored |= QUrl::RemovePort;
    return candidate.adjusted(ignored).matches(redirectUri.adjusted(ignored), QUrl::PrettyDecoded);
}

ApiError AuthorizationAttempt::refusal(ApiError::Service service, const QString &code,
                                       const QString &message)
{
    return ApiError::http(service, 0, code, message);
}

Result<QString> AuthorizationAttempt::takeCode(const QUrl &answer, ApiError::Service service)
{
    if (!m_open) {
        if (m_state.isEmpty())
            return refusal(service, QStringLiteral("no_sign_in_started"),
                           tr("No sign-in is in progress. Start the sign-in again."));
        return refusal(service, QStringLiteral("answer_already_used"),
                       tr("This sign-in answer was already used. Start the sign-in again."));
    }
    if (!isRedirectTo(answer, m_redirectUri))
        return refusal(service, QStringLiteral("wrong_redirect"),
                       tr("The sign-in ended at an unexpected address, so it was refused. Start "
                          "the sign-in again."));
    const QUrlQuery query(answer);
    // Compared as sent: the state is base64url, so no decoding question arises.
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state)
        return refusal(service, QStringLiteral("state_mismatch"),
                       tr("The sign-in answer does not belong to the sign-in this program "
                          "started, so it was refused. Start the sign-in again."));
    m_open = false;

    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied"))
        return ApiError::cancelled(service);
    if (!error.isEmpty()) {
        // Form-style encoding turns spaces into '+'; the description is shown, not parsed.
        QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        description.replace(QLatin1Char('+'), QLatin1Char(' '));
        return refusal(service, error, description.isEmpty() ? error : description);
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return refusal(service, QStringLiteral("missing_code"),
                       tr("The sign-in answer carries no authorization code. Start the sign-in "
                          "again."));
    return code;
}
