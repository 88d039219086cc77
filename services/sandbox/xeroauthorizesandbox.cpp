#include "xeroauthorizesandbox.h"

#include "sandboxcontext.h"
#include "sandboxoauth.h"
#include "sandboxpages.h"
#include "sandboxscenario.h"
#include "sandboxxeroconnector.h"

#include <QJsonObject>
#include <QMap>

// Xero's consent page describes each permission in words; unknown scopes show as they came.
static QString scopeDescription(const QString &scope)
{
    static const QMap<QString, QString> descriptions = {
        {QStringLiteral("openid"), QStringLiteral("Know who you are in Xero")},
        {QStringLiteral("profile"), QStringLiteral("View your name and basic profile")},
        {QStringLiteral("email"), QStringLiteral("View your email address")},
        {QStringLiteral("offline_access"),
         QStringLiteral("Keep access when you are not using the app (up to 60 days)")},
        {QStringLiteral("accounting.transactions.read"),
         QStringLiteral("View your business transactions")},
        {QStringLiteral("accounting.reports.read"), QStringLiteral("View your reports")},
        {QStringLiteral("accounting.invoices.read"),
         QStringLiteral("View your invoices, credit notes, quotes and purchase orders")},
        {QStringLiteral("accounting.payments.read"),
         QStringLiteral("View your payments, prepayments and overpayments")},
        {QStringLiteral("accounting.banktransactions.read"),
         QStringLiteral("View your bank transactions and transfers")},
        {QStringLiteral("accounting.manualjournals.read"),
         QStringLiteral("View your manual journals")},
        {QStringLiteral("accounting.reports.profitandloss.read"),
         QStringLiteral("View your profit and loss report")},
        {QStringLiteral("accounting.reports.balancesheet.read"),
         QStringLiteral("View your balance sheet")},
        {QStringLiteral("accounting.reports.trialbalance.read"),
         QStringLiteral("View your trial balance")},
        {QStringLiteral("accounting.reports.aged.read"),
         QStringLiteral("View your aged payables and receivables")},
        {QStringLiteral("accounting.settings.read"),
         QStringLiteral("View your organisation settings")},
        {QStringLiteral("accounting.settings"),
         QStringLiteral("View and manage your organisation settings")},
        {QStringLiteral("accounting.contacts.read"), QStringLiteral("View your contacts")},
    };
    return descriptions.value(scope, scope);
}

XeroAuthorizeSandbox::XeroAuthorizeSandbox(SandboxContext &context)
    : m_context(context)
{}

std::optional<SandboxReply> XeroAuthorizeSandbox::handle(const SandboxRequest &request)
{
    const QString path = request.path.toLower();
    if (path == QStringLiteral("/signin-oidc") && request.method == "GET")
        return signInOidc(request);
    if (path == QStringLiteral("/consent") && request.method == "GET")
        return consent(request);
    if (path == QStringLiteral("/consent") && request.method == "POST")
        return consentSubmit(request);
    return std::nullopt;
}

SandboxReply XeroAuthorizeSandbox::signInOidc(const SandboxRequest &request)
{
    const std::optional<SandboxXeroSession> session = m_context.xeroSessions.take(
        request.query().value(QStringLiteral("code")), m_context.clock.now());
    if (!session)
        return sessionExpired();
    const QString ticket = m_context.xeroSessions.issue(*session, m_context.clock.now());
    return SandboxReply::redirect(QByteArrayLiteral("/consent?ticket=") + ticket.toUtf8());
}

SandboxReply XeroAuthorizeSandbox::consent(const SandboxRequest &request)
{
    const QString ticket = request.query().value(QStringLiteral("ticket"));
    const std::optional<SandboxXeroSession> session =
        m_context.xeroSessions.find(ticket, m_context.clock.now());
    if (!session)
        return sessionExpired();
    return consentPage(ticket, *session, {});
}

SandboxReply XeroAuthorizeSandbox::consentSubmit(const SandboxRequest &request)
{
    const QMap<QString, QString> form = request.form();
    const QString ticket = form.value(QStringLiteral("ticket"));
    const std::optional<SandboxXeroSession> session =
        m_context.xeroSessions.find(ticket, m_context.clock.now());
    if (!session)
        return sessionExpired();
    const SandboxAuthorizeRequest &authorize = session->authorize;
    if (form.value(QStringLiteral("action")) == QStringLiteral("cancel")) {
        m_context.xeroSessions.take(ticket, m_context.clock.now());
        return SandboxReply::redirect(SandboxOAuth::redirectLocation(
            authorize.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                    {QStringLiteral("state"), authorize.state}}));
    }
    QStringList tenantIds;
    for (const QString &tenantId : request.formValues(QStringLiteral("tenant"))) {
        if (!SandboxXeroGrants::organisationName(tenantId).isEmpty() &&
            !tenantIds.contains(tenantId))
            tenantIds.append(tenantId);
    }
    if (tenantIds.isEmpty())
        return consentPage(ticket, *session, QStringLiteral("Select at least one organisation."));

    m_context.xeroSessions.take(ticket, m_context.clock.now());
    SandboxAuthCode code;
    code.clientId = authorize.clientId;
    code.redirectUri = authorize.redirectUri;
    code.codeChallenge = authorize.codeChallenge;
    code.scope = authorize.scope;
    code.user = session->user;
    code.tenantIds = tenantIds;
    code.issuedAt = m_context.clock.now();
    const QString issued = m_context.xeroCodes.issue(code);
    return SandboxReply::redirect(SandboxOAuth::redirectLocation(
        authorize.redirectUri, {{QStringLiteral("code"), issued},
                                {QStringLiteral("scope"), authorize.scope},
                                {QStringLiteral("state"), authorize.state}}));
}

SandboxReply XeroAuthorizeSandbox::consentPage(const QString &ticket,
                                               const SandboxXeroSession &session,
                                               const QString &problem) const
{
    QString organisations;
    for (const auto &organisation : SandboxXeroGrants::organisations()) {
        organisations +=
            QStringLiteral("<label class=\"org\"><input type=\"checkbox\" name=\"tenant\" "
                           "value=\"%1\"> %2</label>\n")
                .arg(SandboxPages::escape(organisation.tenantId),
                     SandboxPages::escape(organisation.name));
    }
    QString scopes;
    for (const QString &scope : session.authorize.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li>%1</li>").arg(SandboxPages::escape(scopeDescription(scope)));
    return SandboxReply::html(
        200, SandboxPages::render(
                 QStringLiteral("xero-consent.html"),
                 {{QStringLiteral("hidden"),
                   SandboxPages::hiddenFields({{QStringLiteral("ticket"), ticket}})},
                  {QStringLiteral("organisations"), organisations},
                  {QStringLiteral("scopes"), scopes},
                  {QStringLiteral("user"), SandboxPages::escape(session.user)},
                  {QStringLiteral("app"),
                   SandboxPages::escape(SandboxXeroConnector::appName(session.authorize.clientId))},
                  {QStringLiteral("message"), SandboxPages::message(problem)}}));
}

SandboxReply XeroAuthorizeSandbox::sessionExpired()
{
    return SandboxReply::html(
        400, SandboxPages::errorPage(QStringLiteral("Xero"),
                                     QStringLiteral("Your session has expired. Please log in "
                                                    "again.")));
}
