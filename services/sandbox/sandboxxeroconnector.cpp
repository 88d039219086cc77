#include "sandboxxeroconnector.h"

#include "sandboxcontext.h"
#include "sandboxjson.h"
#include "sandboxoauth.h"
#include "sandboxservicerequests.h"
#include "xeroapisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SandboxXeroConnector::SandboxXeroConnector(SandboxContext &context)
    : m_context(context)
{}

QString SandboxXeroConnector::appName(const QString &xeroClientId)
{
    return xeroClientId == clientId ? QStringLiteral("Power BI")
                                    : QStringLiteral("Xero Refresh Assistant");
}

QString SandboxXeroConnector::scope()
{
    return QStringLiteral(
        "openid profile email offline_access accounting.settings.read "
        "accounting.contacts.read accounting.invoices.read accounting.payments.read "
        "accounting.banktransactions.read accounting.manualjournals.read "
        "accounting.reports.profitandloss.read accounting.reports.balancesheet.read "
        "accounting.reports.trialbalance.read accounting.reports.aged.read "
        "accounting.budgets.read");
}

QString SandboxXeroConnector::redirectUri(const QUrl &root)
{
    return root.toString() + redirectPath;
}

QUrl SandboxXeroConnector::authorizeUrl(const QUrl &root, const QString &state,
                                        const QString &codeChallenge)
{
    return QUrl::fromEncoded(SandboxOAuth::redirectLocation(
        root.toString() + QStringLiteral("/identity/connect/authorize"),
        {{QStringLiteral("response_type"), QStringLiteral("code")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("redirect_uri"), redirectUri(root)},
         {QStringLiteral("scope"), scope()},
         {QStringLiteral("state"), state},
         {QStringLiteral("code_challenge"), codeChallenge},
         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
}

QString SandboxXeroConnector::credentialFailureJson()
{
    return QStringLiteral(
        "{\"errorCode\":\"DMTS_OAuthTokenRefreshFailedError\",\"errorDescription\":"
        "\"The OAuth token of the Xero data source could not be refreshed: the credentials are "
        "expired or not valid. Update the data source credentials.\"}");
}

SandboxXeroConnector::Redemption SandboxXeroConnector::redeem(const QUrl &root, const QString &code,
                                                              const QString &verifier)
{
    const SandboxReply reply = m_context.serviceCall(SandboxServiceRequests::postForm(
        QStringLiteral("/connect/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), redirectUri(root)},
         {QStringLiteral("code_verifier"), verifier}}));
    const QJsonObject answer = SandboxJson::parseObject(reply.body).value_or(QJsonObject());
    Redemption redemption;
    if (reply.status != 200) {
        redemption.error = answer.value(QStringLiteral("error")).toString(QStringLiteral("error"));
        return redemption;
    }
    redemption.accessToken = answer.value(QStringLiteral("access_token")).toString();
    redemption.refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    // Without offline_access Xero gives no refresh token, and nothing could last.
    if (redemption.refreshToken.isEmpty())
        redemption.error = QStringLiteral("invalid_scope");
    return redemption;
}

QList<QPair<QString, QString>> SandboxXeroConnector::organisations(const QString &accessToken)
{
    const SandboxReply reply = m_context.serviceCall(
        SandboxServiceRequests::getWithBearer(QStringLiteral("/connections"), accessToken));
    QList<QPair<QString, QString>> found;
    if (reply.status != 200)
        return found;
    for (const QJsonValue &connection : QJsonDocument::fromJson(reply.body).array()) {
        const QJsonObject object = connection.toObject();
        found.append({object.value(QStringLiteral("tenantId")).toString(),
                      object.value(QStringLiteral("tenantName")).toString()});
    }
    return found;
}

bool SandboxXeroConnector::canRead(const SandboxDatasource &datasource)
{
    if (!datasource.pushedXeroAccessToken.isEmpty())
        return XeroApiSandbox::grantOfAccessToken(m_context, datasource.pushedXeroAccessToken);
    SandboxLastingCredential *lasting =
        m_context.lastingCredentials.find(datasource.gatewayId, datasource.datasourceId);
    if (!lasting)
        return false;
    if (XeroApiSandbox::grantOfAccessToken(m_context, lasting->accessToken))
        return true;
    return renew(datasource);
}

bool SandboxXeroConnector::canRefresh(const SandboxDataset &dataset)
{
    for (const SandboxDatasource &datasource : dataset.datasources) {
        if (datasource.isXero && !canRead(datasource))
            return false;
    }
    return true;
}

bool SandboxXeroConnector::renew(const SandboxDatasource &datasource)
{
    SandboxLastingCredential *lasting =
        m_context.lastingCredentials.find(datasource.gatewayId, datasource.datasourceId);
    const SandboxReply reply = m_context.serviceCall(SandboxServiceRequests::postForm(
        QStringLiteral("/connect/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("refresh_token"), lasting->refreshToken}}));
    const QJsonObject answer = SandboxJson::parseObject(reply.body).value_or(QJsonObject());
    const QString refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    if (reply.status != 200 || refreshToken.isEmpty()) {
        lasting->broken = true;
        return false;
    }
    // Xero rotates: the old refresh token only works for a grace period from now on.
    lasting->accessToken = answer.value(QStringLiteral("access_token")).toString();
    lasting->refreshToken = refreshToken;
    lasting->renewedAt = m_context.clock.now();
    lasting->broken = false;
    return true;
}

bool SandboxXeroConnector::looksUsable(const SandboxDatasource &datasource) const
{
    if (!datasource.pushedXeroAccessToken.isEmpty())
        return XeroApiSandbox::grantOfAccessToken(m_context, datasource.pushedXeroAccessToken);
    const SandboxLastingCredential *lasting =
        m_context.lastingCredentials.find(datasource.gatewayId, datasource.datasourceId);
    if (!lasting || lasting->broken)
        return false;
    if (XeroApiSandbox::grantOfAccessToken(m_context, lasting->accessToken))
        return true;
    const QDateTime now = m_context.clock.now();
    const SandboxToken *refresh =
        m_context.tokens.find(lasting->refreshToken, SandboxToken::Kind::XeroRefresh);
    return refresh && refresh->expiresAt > now && !refresh->rotatedAt.isValid() &&
           m_context.xeroGrants.find(refresh->grantId);
}
