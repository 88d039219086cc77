#include "microsoftsinglesignon.h"

#include "sandboxauthorizerequest.h"
#include "sandboxcontext.h"
#include "sandboxcookies.h"
#include "sandboxoauth.h"
#include "sandboxrequest.h"

QByteArray MicrosoftSingleSignOn::startSession(SandboxContext &context, const QString &user)
{
    const QString value =
        context.microsoftSessions.start(user, context.clock.now(), sessionSeconds);
    return SandboxCookies::setCookie(cookieName, value);
}

std::optional<SandboxReply> MicrosoftSingleSignOn::answer(SandboxContext &context,
                                                          const SandboxRequest &request,
                                                          const SandboxAuthorizeRequest &authorize)
{
    const QString prompt = request.query().value(QStringLiteral("prompt"));
    const QString user = context.microsoftSessions.user(SandboxCookies::value(request, cookieName),
                                                        context.clock.now());
    if (user.isEmpty() && prompt == QStringLiteral("none")) {
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri,
            {{QStringLiteral("error"), QStringLiteral("login_required")},
             {QStringLiteral("error_description"),
              QStringLiteral("AADSTS50058: A silent sign-in request was sent but no user is "
                             "signed in.")},
             {QStringLiteral("state"), authorize.state}}));
    }
    if (user.isEmpty() || (!prompt.isEmpty() && prompt != QStringLiteral("none")))
        return std::nullopt;

    SandboxAuthCode code;
    code.clientId = authorize.clientId;
    code.redirectUri = authorize.redirectUri;
    code.codeChallenge = authorize.codeChallenge;
    code.scope = authorize.scope;
    code.user = user;
    code.issuedAt = context.clock.now();
    const QString issued = context.microsoftCodes.issue(code);
    return SandboxReply::redirect(SandboxOAuth::redirectLocation(
        authorize.redirectUri,
        {{QStringLiteral("code"), issued}, {QStringLiteral("state"), authorize.state}}));
}
