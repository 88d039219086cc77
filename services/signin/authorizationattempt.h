#pragma once

#include "apierror.h"
#include "pkce.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

// One interactive sign-in attempt (authorization code with PKCE), shared by Microsoft and
// Xero: its verifier and state live in memory for this attempt only, and the answer caught at
// the redirect URI is checked here before anything is sent:
// - it must be the redirect URI (loopback redirects match whatever their port);
// - its state must be this attempt's (a mismatch is refused and the attempt stays open, so a
//   forged answer cannot spend it);
// - an attempt gives at most one code: a second answer is refused locally.
// Local refusals are ApiError::http with httpStatus 0, a code naming the check
// ("state_mismatch", "answer_already_used", "no_sign_in_started", "wrong_redirect",
// "missing_code") and a translated message() to show.
class AuthorizationAttempt
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationAttempt)

public:
    AuthorizationAttempt() = default;
    static AuthorizationAttempt start(const QUrl &redirectUri);

    bool isOpen() const { return m_open; }
    QString state() const { return m_state; }
    Pkce pkce() const { return m_pkce; }
    QUrl redirectUri() const { return m_redirectUri; }

    // client_id, response_type=code, redirect_uri, scope, state, code_challenge and
    // code_challenge_method=S256.
    QUrlQuery authorizeQuery(const QString &clientId, const QStringList &scopes) const;

    // Checks an answer caught at the redirect URI; gives the authorization code and closes the
    // attempt, or the reason it was refused. access_denied (the user cancelled) gives
    // ApiError::cancelled; another error gives its description.
    Result<QString> takeCode(const QUrl &answer, ApiError::Service service);

    // Scheme, host, port and path equal (port ignored for loopback hosts); query ignored.
    static bool isRedirectTo(const QUrl &candidate, const QUrl &redirectUri);

private:
    static ApiError refusal(ApiError::Service service, const QString &code, const QString &message);

    Pkce m_pkce;
    QString m_state;
    QUrl m_redirectUri;
    bool m_open = false;
};
