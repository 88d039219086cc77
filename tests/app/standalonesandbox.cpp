#include "standalonesandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

StandaloneSandbox::~StandaloneSandbox()
{
    m_process.kill();
    m_process.waitForFinished();
}

bool StandaloneSandbox::start()
{
    m_process.start(QStringLiteral(XRA_SANDBOX), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process.waitForReadyRead(10000))
        return false;
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)$")).match(line);
    if (!match.hasMatch())
        return false;
    m_root = match.captured(1);
    return true;
}

QJsonObject StandaloneSandbox::send(const QByteArray &method, const QString &path,
                                    const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &bearer)
{
    QNetworkRequest request(QUrl(m_root + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void StandaloneSandbox::reset()
{
    send("POST", QStringLiteral("/_sandbox/reset"));
}

void StandaloneSandbox::addFault(const QJsonObject &fault)
{
    send("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault).toJson());
}

void StandaloneSandbox::clearFaults()
{
    send("DELETE", QStringLiteral("/_sandbox/faults"));
}

int StandaloneSandbox::pendingFaults()
{
    return send("GET", QStringLiteral("/_sandbox/faults"))
        .value(QStringLiteral("pendingFaults"))
        .toInt(-1);
}

QByteArray StandaloneSandbox::servicePrincipalToken()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-client"));
    form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("sandbox-secret"));
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://analysis.windows.net/powerbi/api/.default"));
    return send("POST", QStringLiteral("/contoso/oauth2/v2.0/token"),
                form.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded")
        .value(QStringLiteral("access_token"))
        .toString()
        .toUtf8();
}

void StandaloneSandbox::takeOverAsServicePrincipal(const QString &workspaceId,
                                                   const QString &datasetId)
{
    send("POST",
         QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/Default.TakeOver")
             .arg(workspaceId, datasetId),
         {}, "application/json", servicePrincipalToken());
}

QString StandaloneSandbox::newestRefreshRequestId(const QString &workspaceId,
                                                  const QString &datasetId)
{
    const QJsonObject history =
        send("GET",
             QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/refreshes?$top=1")
                 .arg(workspaceId, datasetId),
             {}, "application/json", servicePrincipalToken());
    return history.value(QStringLiteral("value"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("requestId"))
        .toString();
}

QProcessEnvironment StandaloneSandbox::servicePrincipal(const QString &secret) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("contoso"));
    environment.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("sandbox-client"));
    environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), secret);
    environment.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), m_root);
    environment.insert(QStringLiteral("POWERBI_API_ROOT"), m_root);
    return environment;
}
