#include "federatedidentitysandbox.h"

#include "sandboxcontext.h"
#include "sandboxpages.h"
#include "sandboxscenario.h"

FederatedIdentitySandbox::FederatedIdentitySandbox(SandboxContext &context)
    : m_context(context)
{}

std::optional<SandboxReply> FederatedIdentitySandbox::handle(const SandboxRequest &request)
{
    const QString path = request.path.toLower();
    if (path != QStringLiteral("/adfs/ls/") && path != QStringLiteral("/adfs/ls"))
        return std::nullopt;
    if (request.method == "GET")
        return signInPage(request);
    if (request.method == "POST")
        return signInSubmit(request);
    return SandboxReply::text(405, "Method not allowed\n", "text/plain; charset=utf-8");
}

SandboxReply FederatedIdentitySandbox::signInPage(const SandboxRequest &request)
{
    const QMap<QString, QString> query = request.query();
    const QString context = query.value(QStringLiteral("wctx"));
    if (query.value(QStringLiteral("wa")) != QStringLiteral("wsignin1.0") ||
        !m_context.federatedSignIns.find(context, m_context.clock.now()))
        return unknownSignIn();
    return form(context, query.value(QStringLiteral("username")), {});
}

SandboxReply FederatedIdentitySandbox::signInSubmit(const SandboxRequest &request)
{
    const QMap<QString, QString> fields = request.form();
    const QString context = fields.value(QStringLiteral("wctx"));
    if (!m_context.federatedSignIns.find(context, m_context.clock.now()))
        return unknownSignIn();
    const QString username = fields.value(QStringLiteral("username")).trimmed();
    if (username.compare(SandboxScenario::federatedUser, Qt::CaseInsensitive) != 0 ||
        fields.value(QStringLiteral("password")) != SandboxScenario::password)
        return form(context, username,
                    QStringLiteral("Incorrect user ID or password. (Sandbox: %1 / %2)")
                        .arg(SandboxScenario::federatedUser, SandboxScenario::password));

    const QString assertion = m_context.federationAssertions.issue(
        {SandboxScenario::federatedUser, context}, m_context.clock.now());
    // WS-Federation answers with a form that the browser posts back to the relying party.
    return SandboxReply::html(
        200,
        SandboxPages::render(
            QStringLiteral("federated-post.html"),
            {{QStringLiteral("action"), SandboxPages::escape(m_context.origins.main.toString() +
                                                             QStringLiteral("/login.srf"))},
             {QStringLiteral("hidden"),
              SandboxPages::hiddenFields({{QStringLiteral("wa"), QStringLiteral("wsignin1.0")},
                                          {QStringLiteral("wresult"), assertion},
                                          {QStringLiteral("wctx"), context}})}}));
}

SandboxReply FederatedIdentitySandbox::form(const QString &context, const QString &username,
                                            const QString &problem) const
{
    return SandboxReply::html(
        200, SandboxPages::render(
                 QStringLiteral("federated-signin.html"),
                 {{QStringLiteral("hidden"),
                   SandboxPages::hiddenFields({{QStringLiteral("wa"), QStringLiteral("wsignin1.0")},
                                               {QStringLiteral("wctx"), context}})},
                  {QStringLiteral("username"), SandboxPages::escape(username)},
                  {QStringLiteral("message"), SandboxPages::message(problem)}}));
}

SandboxReply FederatedIdentitySandbox::unknownSignIn()
{
    return SandboxReply::html(
        400, SandboxPages::errorPage(QStringLiteral("Fabrikam"),
                                     QStringLiteral("An error occurred. The sign-in request is "
                                                    "unknown or has expired: start again from "
                                                    "the application.")));
}
