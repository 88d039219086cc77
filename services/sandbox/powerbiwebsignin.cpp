#include "powerbiwebsignin.h"

#include "powerbisettingspage.h"
#include "sandboxcontext.h"
#include "sandboxcookies.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxoauth.h"
#include "sandboxpkce.h"
#include "sandboxservicerequests.h"

PowerBiWebSignIn::PowerBiWebSignIn(SandboxContext &context)
    : m_context(context)
{}

void PowerBiWebSignIn::reset()
{
    m_sessions.clear();
    m_pending.clear();
}

QString PowerBiWebSignIn::userOf(const SandboxRequest &request) const
{
    return m_sessions.user(SandboxCookies::value(request, cookieName), m_context.clock.now());
}

static QString redirectUri(const SandboxRequest &request)
{
    return request.root.toString() + PowerBiWebSignIn::callbackPath;
}

SandboxReply PowerBiWebSignIn::signInFirst(const SandboxRequest &request)
{
    const QDateTime now = m_context.clock.now();
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->startedAt.secsTo(now) > pendingSeconds ? m_pending.erase(it) : std::next(it);
    const QString state = SandboxIds::randomToken(16);
    const QString verifier = SandboxIds::randomToken(32);
    QString returnPath = request.path;
    if (!request.rawQuery.isEmpty())
        returnPath += QLatin1Char('?') + QString::fromLatin1(request.rawQuery);
    m_pending.insert(state, {verifier, returnPath, now});
    return SandboxReply::redirect(SandboxOAuth::redirectLocation(
        request.root.toString() + QStringLiteral("/organizations/oauth2/v2.0/authorize"),
        {{QStringLiteral("client_id"), clientId},
         {QStringLiteral("response_type"), QStringLiteral("code")},
         {QStringLiteral("redirect_uri"), redirectUri(request)},
         {QStringLiteral("scope"),
          QStringLiteral("openid profile offline_access "
                         "https://analysis.windows.net/powerbi/api/.default")},
         {QStringLiteral("state"), state},
         {QStringLiteral("code_challenge"), SandboxPkce::challengeFor(verifier)},
         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
}

SandboxReply PowerBiWebSignIn::callback(const SandboxRequest &request)
{
    const QMap<QString, QString> query = request.query();
    const auto pending = m_pending.constFind(query.value(QStringLiteral("state")));
    if (pending == m_pending.constEnd())
        return problemPage(400,
                           QStringLiteral("This sign-in answer does not belong to a sign-in that "
                                          "Power BI started, or it came too late."),
                           QString());
    const Pending started = *pending;
    m_pending.erase(pending);
    if (!query.value(QStringLiteral("error")).isEmpty())
        return problemPage(
            401,
            query.value(QStringLiteral("error_description"), query.value(QStringLiteral("error"))),
            started.returnPath);

    const QString user = redeem(request, query.value(QStringLiteral("code")), started.verifier);
    if (user.isEmpty())
        return problemPage(
            401, QStringLiteral("Microsoft did not accept the sign-in answer. Try again."),
            started.returnPath);
    SandboxReply reply = SandboxReply::redirect(started.returnPath.toUtf8());
    reply.setHeader("Set-Cookie",
                    SandboxCookies::setCookie(
                        cookieName, m_sessions.start(user, m_context.clock.now(), sessionSeconds)));
    return reply;
}

// The user the code stands for, once redeemed at the Microsoft token endpoint; empty if refused.
QString PowerBiWebSignIn::redeem(const SandboxRequest &request, const QString &code,
                                 const QString &verifier)
{
    const SandboxReply reply = m_context.serviceCall(SandboxServiceRequests::postForm(
        QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), redirectUri(request)},
         {QStringLiteral("code_verifier"), verifier}}));
    if (reply.status != 200)
        return {};
    const QString accessToken = SandboxJson::parseObject(reply.body)
                                    .value_or(QJsonObject())
                                    .value(QStringLiteral("access_token"))
                                    .toString();
    const SandboxToken *token =
        m_context.tokens.find(accessToken, SandboxToken::Kind::PowerBiAccess);
    return token ? token->subject : QString();
}

SandboxReply PowerBiWebSignIn::problemPage(int status, const QString &text,
                                           const QString &returnPath)
{
    return SandboxReply::html(
        status,
        PowerBiSettingsPage::message(QStringLiteral("We couldn't sign you in"), text, returnPath));
}
