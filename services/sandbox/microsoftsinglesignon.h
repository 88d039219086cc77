#pragma once

#include "sandboxreply.h"

#include <QByteArray>
#include <QString>
#include <optional>

class SandboxRequest;
struct SandboxAuthorizeRequest;
struct SandboxContext;

// The session the Microsoft sign-in keeps in the browser after a user signed in (the sandbox's
// stand-in for login.microsoftonline.com's ESTSAUTH cookie). A later authorization request
// from the same browser profile is answered at once, without the sign-in page, as Microsoft
// does for an app opened in a browser that is already signed in (single sign-on).
class MicrosoftSingleSignOn
{
public:
    static inline const QString cookieName = QStringLiteral("ESTSAUTH");
    // As long as Microsoft's "Stay signed in" session, so that moving the sandbox clock by days
    // keeps the browser signed in.
    static constexpr qint64 sessionSeconds = 90 * 24 * 3600;

    // The Set-Cookie value that starts a session for `user` after the sign-in form.
    static QByteArray startSession(SandboxContext &context, const QString &user);

    // GET authorize of a checked request. With a live session and no prompt (or prompt=none):
    // the redirect with a code for the session's user. prompt=none without a session: the
    // login_required error. nullopt: show the sign-in page (no session, or prompt=login or
    // select_account, which the sandbox answers with its sign-in page).
    static std::optional<SandboxReply> answer(SandboxContext &context,
                                              const SandboxRequest &request,
                                              const SandboxAuthorizeRequest &authorize);
};
