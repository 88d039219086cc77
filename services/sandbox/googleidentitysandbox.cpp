#include "googleidentitysandbox.h"

#include "sandboxcontext.h"
#include "sandboxoauth.h"
#include "sandboxpages.h"
#include "sandboxscenario.h"

static const QStringList requestFields = {
    QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("response_type"),
    QStringLiteral("scope"), QStringLiteral("state")};

GoogleIdentitySandbox::GoogleIdentitySandbox(SandboxContext &context)
    : m_context(context)
{}

std::optional<SandboxReply> GoogleIdentitySandbox::handle(const SandboxRequest &request)
{
    if (request.path != QStringLiteral("/o/oauth2/v2/auth"))
        return std::nullopt;
    if (request.method == "GET")
        return signInPage(request);
    if (request.method == "POST")
        return signInSubmit(request);
    return SandboxReply::text(405, "Method not allowed\n", "text/plain; charset=utf-8");
}

bool GoogleIdentitySandbox::isEmbeddedBrowser(const SandboxRequest &request)
{
    return request.header("User-Agent").contains("QtWebEngine");
}

SandboxReply GoogleIdentitySandbox::signInPage(const SandboxRequest &request)
{
    if (isEmbeddedBrowser(request))
        return refusedBrowser();
    const QMap<QString, QString> query = request.query();
    if (!SandboxOAuth::isUsableRedirectUri(query.value(QStringLiteral("redirect_uri"))) ||
        query.value(QStringLiteral("client_id")).isEmpty())
        return SandboxReply::html(
            400, SandboxPages::errorPage(QStringLiteral("Google"),
                                         QStringLiteral("Error 400: invalid_request")));
    return form(query, {}, {});
}

SandboxReply GoogleIdentitySandbox::signInSubmit(const SandboxRequest &request)
{
    if (isEmbeddedBrowser(request))
        return refusedBrowser();
    const QMap<QString, QString> fields = request.form();
    const QString redirectUri = fields.value(QStringLiteral("redirect_uri"));
    if (!SandboxOAuth::isUsableRedirectUri(redirectUri))
        return SandboxReply::html(
            400, SandboxPages::errorPage(QStringLiteral("Google"),
                                         QStringLiteral("Error 400: invalid_request")));
    const QString email = fields.value(QStringLiteral("email")).trimmed();
    if (email.compare(SandboxScenario::googleUser, Qt::CaseInsensitive) != 0 ||
        fields.value(QStringLiteral("password")) != SandboxScenario::password)
        return form(fields, email,
                    QStringLiteral("Wrong password. Try again. (Sandbox: %1 / %2)")
                        .arg(SandboxScenario::googleUser, SandboxScenario::password));
    SandboxAuthCode code;
    code.clientId = fields.value(QStringLiteral("client_id"));
    code.redirectUri = redirectUri;
    code.user = SandboxScenario::googleUser;
    code.issuedAt = m_context.clock.now();
    return SandboxReply::redirect(SandboxOAuth::redirectLocation(
        redirectUri, {{QStringLiteral("code"), m_context.googleCodes.issue(code)},
                      {QStringLiteral("state"), fields.value(QStringLiteral("state"))}}));
}

SandboxReply GoogleIdentitySandbox::form(const QMap<QString, QString> &request,
                                         const QString &email, const QString &problem) const
{
    QList<QPair<QString, QString>> hidden;
    for (const QString &name : requestFields)
        hidden.append({name, request.value(name)});
    return SandboxReply::html(
        200, SandboxPages::render(QStringLiteral("google-signin.html"),
                                  {{QStringLiteral("hidden"), SandboxPages::hiddenFields(hidden)},
                                   {QStringLiteral("email"), SandboxPages::escape(email)},
                                   {QStringLiteral("message"), SandboxPages::message(problem)}}));
}

SandboxReply GoogleIdentitySandbox::refusedBrowser()
{
    return SandboxReply::html(403, SandboxPages::render(QStringLiteral("google-refused.html"), {}));
}
