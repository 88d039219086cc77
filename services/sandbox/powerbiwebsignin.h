#pragma once

#include "sandboxreply.h"
#include "sandboxsessions.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class SandboxRequest;
struct SandboxContext;

// How the sandbox's Power BI web app knows who is at the browser: a page asked without a web
// session redirects through the Microsoft sign-in (authorization code with PKCE, client id
// below), whose answer comes back to the web app's callback; the web app then keeps a session
// cookie and sends the browser back to the page it asked for. The Microsoft sign-in skips its
// page when the browser already has its own session (single sign-on), so a browser profile
// that signed in once comes back at once.
class PowerBiWebSignIn
{
public:
    static inline const QString clientId = QStringLiteral("powerbi-web");
    static inline const QString cookieName = QStringLiteral("PowerBIWebSession");
    static inline const QString callbackPath = QStringLiteral("/signin-oidc");
    static constexpr qint64 sessionSeconds = 24 * 3600;
    static constexpr qint64 pendingSeconds = 3600; // from the redirect to the callback

    explicit PowerBiWebSignIn(SandboxContext &context);
    void reset();

    // The signed-in user of the request's web session; empty without a live one.
    QString userOf(const SandboxRequest &request) const;
    // The redirect to the Microsoft sign-in, coming back to the request's page.
    SandboxReply signInFirst(const SandboxRequest &request);
    // GET callbackPath?code&state (or error): the session cookie and the way back.
    SandboxReply callback(const SandboxRequest &request);

private:
    struct Pending
    {
        QString verifier;
        QString returnPath;
        QDateTime startedAt;
    };

    QString redeem(const SandboxRequest &request, const QString &code, const QString &verifier);
    static SandboxReply problemPage(int status, const QString &text, const QString &returnPath);

    SandboxContext &m_context;
    SandboxSessions m_sessions;
    QHash<QString, Pending> m_pending; // by state
};
