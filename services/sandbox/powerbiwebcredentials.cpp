#include "powerbiwebcredentials.h"

#include "sandboxcontext.h"
#include "sandboxids.h"
#include "sandboxjson.h"
#include "sandboxpkce.h"
#include "sandboxxeroconnector.h"

#include <QJsonObject>

static bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

PowerBiWebCredentials::PowerBiWebCredentials(SandboxContext &context)
    : m_context(context)
{}

void PowerBiWebCredentials::reset()
{
    m_pending.clear();
}

QUrl PowerBiWebCredentials::startSignIn(const QUrl &root, const QString &user,
                                        const SandboxDatasource &datasource)
{
    const QDateTime now = m_context.clock.now();
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->startedAt.secsTo(now) > signInSeconds ? m_pending.erase(it) : std::next(it);
    const QString state = SandboxIds::randomToken(16);
    const QString verifier = SandboxIds::randomToken(32);
    m_pending.insert(state, {user, datasource.gatewayId, datasource.datasourceId, verifier, now});
    return SandboxXeroConnector::authorizeUrl(root, state, SandboxPkce::challengeFor(verifier));
}

QString PowerBiWebCredentials::saveUrl(const QString &gatewayId, const QString &datasourceId)
{
    return QStringLiteral("/powerbi/web/gateways/%1/datasources/%2/credentials")
        .arg(gatewayId, datasourceId);
}

SandboxReply PowerBiWebCredentials::refusal(int status, const QString &code, const QString &message)
{
    return SandboxReply::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

static QString text(const QJsonObject &body, const QString &name)
{
    return SandboxJson::member(body, name).toString().trimmed();
}

SandboxReply PowerBiWebCredentials::save(const SandboxRequest &request, const QString &user,
                                         const QString &gatewayId, const QString &datasourceId)
{
    SandboxDatasource *datasource = m_context.state.datasource(gatewayId, datasourceId);
    if (!datasource)
        return refusal(404, QStringLiteral("PowerBIEntityNotFound"),
                       QStringLiteral("This data source no longer exists."));
    const QString owner = m_context.state.datasourceOwner(gatewayId, datasourceId);
    if (!sameId(owner, user))
        return refusal(403, QStringLiteral("PowerBINotAuthorizedException"),
                       QStringLiteral("Only the owner of this dataset (%1) can edit its data "
                                      "source credentials. Take over the dataset first.")
                           .arg(owner));
    const QJsonObject body = SandboxJson::parseObject(request.body).value_or(QJsonObject());
    const auto pending = m_pending.constFind(text(body, QStringLiteral("state")));
    if (pending == m_pending.constEnd() || !sameId(pending->user, user) ||
        !sameId(pending->gatewayId, gatewayId) || !sameId(pending->datasourceId, datasourceId))
        return refusal(400, QStringLiteral("InvalidOAuthState"),
                       QStringLiteral("This sign-in does not belong to this page any more. "
                                      "Reload the page and sign in again."));
    if (!datasource->isXero)
        return refusal(400, QStringLiteral("InvalidRequest"),
                       QStringLiteral("Only Xero data sources are signed in to this way."));
    const QString organisationName = text(body, QStringLiteral("organisationName"));
    if (organisationName.isEmpty())
        return refusal(400, QStringLiteral("InvalidRequest"),
                       QStringLiteral("Enter the name of your Xero organisation."));

    SandboxXeroConnector connector(m_context);
    const auto redemption =
        connector.redeem(request.root, text(body, QStringLiteral("code")), pending->verifier);
    if (!redemption.error.isEmpty())
        return refusal(400, QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
                       QStringLiteral("Xero did not accept the sign-in (%1). Sign in again.")
                           .arg(redemption.error));
    QString tenantId;
    QStringList connected;
    for (const auto &[id, name] : connector.organisations(redemption.accessToken)) {
        connected.append(name);
        if (name.compare(organisationName, Qt::CaseInsensitive) == 0)
            tenantId = id;
    }
    if (tenantId.isEmpty())
        return refusal(400, QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
                       QStringLiteral("The organisation \"%1\" is not one you connected in Xero "
                                      "(%2). Check its name in Xero and sign in again.")
                           .arg(organisationName, connected.join(QStringLiteral(", "))));

    SandboxLastingCredential credential;
    credential.refreshToken = redemption.refreshToken;
    credential.accessToken = redemption.accessToken;
    credential.organisationName = organisationName;
    credential.tenantId = tenantId;
    credential.privacyLevel = text(body, QStringLiteral("privacyLevel"));
    credential.enteredBy = user;
    credential.enteredAt = m_context.clock.now();
    m_context.lastingCredentials.set(gatewayId, datasourceId, credential);
    // One credential per data source: the lasting one replaces a token pushed through the API
    // (and a later push replaces this one: PowerBiGatewaySandboxApi::setCredentials).
    datasource->pushedXeroAccessToken.clear();
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("message"),
                          QStringLiteral("Your data source credentials were updated.")},
                         {QStringLiteral("organisationName"), organisationName},
                         {QStringLiteral("credentialType"), QStringLiteral("OAuth2")}});
}
