#include "sandboxfixture.h"

#include <QJsonDocument>

static const QString finance =
    QStringLiteral("/v1.0/myorg/groups/7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10");
static const QString board =
    QStringLiteral("/v1.0/myorg/groups/7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c20");
static const QString xeroDataset =
    finance + QStringLiteral("/datasets/c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601");
static const QString salesDataset =
    finance + QStringLiteral("/datasets/c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f602");
static const QString boardDataset =
    board + QStringLiteral("/datasets/c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f603");
static const QString xeroDatasourcePath =
    QStringLiteral("/v1.0/myorg/gateways/3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501/datasources/"
                   "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70801");

class PowerBiSandboxApiTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        token = server.issuePowerBiAccessToken();
    }

    QJsonObject latestRefresh(const QString &dataset)
    {
        return client->get(dataset + QStringLiteral("/refreshes?$top=1"), token)
            .json()
            .value(QStringLiteral("value"))
            .toArray()
            .first()
            .toObject();
    }

    HttpResult startRefresh(const QString &dataset,
                            const QJsonObject &body = {
                                {QStringLiteral("notifyOption"), QStringLiteral("NoNotification")}})
    {
        return client->postJson(dataset + QStringLiteral("/refreshes"), body, token);
    }

    HttpResult pushXeroToken(const QString &accessToken,
                             const QString &datasourcePath = xeroDatasourcePath)
    {
        const QJsonObject credentials{
            {QStringLiteral("credentialData"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("accessToken")},
                                    {QStringLiteral("value"), accessToken}}}}};
        return patchCredentials(
            datasourcePath,
            QString::fromUtf8(QJsonDocument(credentials).toJson(QJsonDocument::Compact)),
            QStringLiteral("None"));
    }

    HttpResult patchCredentials(const QString &datasourcePath, const QString &credentials,
                                const QString &encryptionAlgorithm)
    {
        const QJsonObject details{
            {QStringLiteral("credentialType"), QStringLiteral("OAuth2")},
            {QStringLiteral("credentials"), credentials},
            {QStringLiteral("encryptedConnection"), QStringLiteral("Encrypted")},
            {QStringLiteral("encryptionAlgorithm"), encryptionAlgorithm},
            {QStringLiteral("privacyLevel"), QStringLiteral("None")},
            {QStringLiteral("useEndUserOAuth2Credentials"), false}};
        return client->patchJson(
            datasourcePath, QJsonObject{{QStringLiteral("credentialDetails"), details}}, token);
    }

    static QString gatewayPath(const QString &gatewayId)
    {
        return QStringLiteral("/v1.0/myorg/gateways/") + gatewayId;
    }

    static QString datasourcePath(const QString &gatewayId, const QString &datasourceId)
    {
        return gatewayPath(gatewayId) + QStringLiteral("/datasources/") + datasourceId;
    }

    HttpResult patchSchedule(const QString &dataset, const QJsonObject &value)
    {
        return client->patchJson(dataset + QStringLiteral("/refreshSchedule"),
                                 QJsonObject{{QStringLiteral("value"), value}}, token);
    }

    QString token;
};

TEST_F(PowerBiSandboxApiTest, MissingOrUnknownTokenIs401WithARequestId)
{
    const HttpResult missing = client->get(QStringLiteral("/v1.0/myorg/groups"));
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(missing.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
    EXPECT_FALSE(missing.header("RequestId").isEmpty());
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups"), QStringLiteral("forged")).status,
              401);
}

TEST_F(PowerBiSandboxApiTest, ExpiredTokenIs403TokenExpired)
{
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups"), token).status, 200);
    server.advanceClock(3601);
    const HttpResult expired = client->get(QStringLiteral("/v1.0/myorg/groups"), token);
    EXPECT_EQ(expired.status, 403);
    EXPECT_EQ(expired.errorCode(), QStringLiteral("TokenExpired"));
}

TEST_F(PowerBiSandboxApiTest, GroupsPageWithTopAndSkipAndFilter)
{
    server.addWorkspaces(5);
    const QJsonArray page = client->get(QStringLiteral("/v1.0/myorg/groups?$top=3&$skip=2"), token)
                                .json()
                                .value(QStringLiteral("value"))
                                .toArray();
    ASSERT_EQ(page.size(), 3);
    EXPECT_EQ(page.at(0).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Workspace 001"));
    EXPECT_EQ(page.at(2).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Workspace 003"));

    const QJsonArray filtered =
        client
            ->get(QStringLiteral("/v1.0/myorg/groups?$filter=name%20eq%20'Board%20Reporting'"),
                  token)
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    ASSERT_EQ(filtered.size(), 1);
    EXPECT_TRUE(
        filtered.first().toObject().value(QStringLiteral("isOnDedicatedCapacity")).toBool());
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups?$top=zero"), token).status, 400);
}

TEST_F(PowerBiSandboxApiTest, MyWorkspaceAndGroupDatasetsAreListedWithTheirOwner)
{
    const QJsonArray mine = client->get(QStringLiteral("/v1.0/myorg/datasets"), token)
                                .json()
                                .value(QStringLiteral("value"))
                                .toArray();
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Budget 2026"));
    const QJsonArray financeSets = client->get(finance + QStringLiteral("/datasets"), token)
                                       .json()
                                       .value(QStringLiteral("value"))
                                       .toArray();
    // Xero, Sales Pipeline, Xero via connector and Cash Flow.
    ASSERT_EQ(financeSets.size(), 4);
    EXPECT_EQ(financeSets.at(1).toObject().value(QStringLiteral("configuredBy")).toString(),
              SandboxScenario::otherOwner);
    // Path segments are matched without regard to case, like the service.
    EXPECT_EQ(client
                  ->get(QStringLiteral(
                            "/v1.0/myorg/Groups/7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10/Datasets"),
                        token)
                  .status,
              200);
}

TEST_F(PowerBiSandboxApiTest, UnknownIdsAndMalformedBodiesGetDocumentedErrors)
{
    const HttpResult unknown = client->get(
        finance + QStringLiteral("/datasets/00000000-0000-0000-0000-000000000000/refreshes"),
        token);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
    const HttpResult malformed = client->send(
        "POST", xeroDataset + QStringLiteral("/refreshes"), "{\"notifyOption\":",
        {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    EXPECT_EQ(malformed.status, 400);
    EXPECT_FALSE(malformed.errorCode().isEmpty());
    EXPECT_EQ(
        client->send("PATCH", xeroDatasourcePath, "[]", SandboxTestClient::bearer(token)).status,
        400);
}

TEST_F(PowerBiSandboxApiTest, SeededXeroHistoryShowsScheduledCredentialFailuresNewestFirst)
{
    const QJsonArray history =
        client->get(xeroDataset + QStringLiteral("/refreshes?$top=20"), token)
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    ASSERT_GE(history.size(), 5);
    const QJsonObject last = history.first().toObject();
    EXPECT_EQ(last.value(QStringLiteral("refreshType")).toString(), QStringLiteral("Scheduled"));
    EXPECT_EQ(last.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    const QJsonObject exception =
        QJsonDocument::fromJson(
            last.value(QStringLiteral("serviceExceptionJson")).toString().toUtf8())
            .object();
    EXPECT_EQ(exception.value(QStringLiteral("errorCode")).toString(),
              QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
    EXPECT_GT(last.value(QStringLiteral("refreshAttempts")).toArray().size(), 1);
    EXPECT_EQ(history.last().toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("Completed"));
    for (int i = 1; i < history.size(); ++i) {
        EXPECT_GE(history.at(i - 1).toObject().value(QStringLiteral("startTime")).toString(),
                  history.at(i).toObject().value(QStringLiteral("startTime")).toString());
    }
}

TEST_F(PowerBiSandboxApiTest, StandardRefreshAnswers202WithRequestIdAndCompletesFiveSecondsLater)
{
    const HttpResult started = startRefresh(salesDataset);
    ASSERT_EQ(started.status, 202);
    EXPECT_TRUE(started.body.isEmpty());
    EXPECT_TRUE(started.header("Location").isEmpty());
    const QJsonObject running = latestRefresh(salesDataset);
    EXPECT_EQ(running.value(QStringLiteral("requestId")).toString().toLatin1(),
              started.header("RequestId"));
    EXPECT_EQ(running.value(QStringLiteral("refreshType")).toString(), QStringLiteral("ViaApi"));
    EXPECT_EQ(running.value(QStringLiteral("status")).toString(), QStringLiteral("Unknown"));
    EXPECT_FALSE(running.contains(QStringLiteral("endTime")));
    server.advanceClock(5);
    const QJsonObject done = latestRefresh(salesDataset);
    EXPECT_EQ(done.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    EXPECT_TRUE(done.contains(QStringLiteral("endTime")));
}

TEST_F(PowerBiSandboxApiTest, OnlyOneRefreshAtATime)
{
    ASSERT_EQ(startRefresh(salesDataset).status, 202);
    const HttpResult second = startRefresh(salesDataset);
    EXPECT_EQ(second.status, 400);
    EXPECT_EQ(second.errorCode(), QStringLiteral("InvalidRequest"));
    EXPECT_TRUE(second.body.contains("Another refresh request is already executing"));
    server.advanceClock(6);
    EXPECT_EQ(startRefresh(salesDataset).status, 202);
}

TEST_F(PowerBiSandboxApiTest, NinthRefreshInTwentyFourHoursOnSharedCapacityIsRefused)
{
    // Count what the seeded history already spends of today's allowance.
    const QDateTime dayAgo = server.now().addDays(-1);
    int spent = 0;
    for (const QJsonValue &entry : client->get(xeroDataset + QStringLiteral("/refreshes"), token)
                                       .json()
                                       .value(QStringLiteral("value"))
                                       .toArray()) {
        const QJsonObject refresh = entry.toObject();
        if (QDateTime::fromString(refresh.value(QStringLiteral("startTime")).toString(),
                                  Qt::ISODateWithMs) > dayAgo &&
            refresh.value(QStringLiteral("refreshType")).toString() != QStringLiteral("OnDemand"))
            ++spent;
    }
    ASSERT_GE(spent, 1);
    ASSERT_LE(spent, 2);
    for (int i = spent; i < 8; ++i) {
        ASSERT_EQ(startRefresh(xeroDataset).status, 202) << "refresh " << i + 1;
        server.advanceClock(6);
    }
    const HttpResult ninth = startRefresh(xeroDataset);
    EXPECT_EQ(ninth.status, 400);
    EXPECT_TRUE(ninth.body.contains("Number of refresh requests in last 24 hours exceeded limit"));
}

TEST_F(PowerBiSandboxApiTest, PushedXeroCredentialDiesWithItsToken)
{
    const SandboxXeroTokens xero = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(xero.accessToken).status, 200);
    server.advanceClock(1801);
    ASSERT_EQ(startRefresh(xeroDataset).status, 202);
    server.advanceClock(5);
    const QJsonObject failed = latestRefresh(xeroDataset);
    EXPECT_EQ(failed.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(failed.value(QStringLiteral("serviceExceptionJson"))
                    .toString()
                    .contains(QStringLiteral("DMTS_OAuthTokenRefreshFailedError")));

    const SandboxXeroTokens fresh = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(fresh.accessToken).status, 200);
    ASSERT_EQ(startRefresh(xeroDataset).status, 202);
    EXPECT_EQ(latestRefresh(xeroDataset).value(QStringLiteral("status")).toString(),
              QStringLiteral("Unknown"));
    server.advanceClock(5);
    EXPECT_EQ(latestRefresh(xeroDataset).value(QStringLiteral("status")).toString(),
              QStringLiteral("Completed"));
}

TEST_F(PowerBiSandboxApiTest, PushingAnExpiredOrForeignXeroTokenIsRefused)
{
    const SandboxXeroTokens xero = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    server.advanceClock(1801);
    const HttpResult expired = pushXeroToken(xero.accessToken);
    EXPECT_EQ(expired.status, 400);
    EXPECT_EQ(expired.errorCode(),
              QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"));
    EXPECT_EQ(pushXeroToken(QStringLiteral("not-a-xero-token")).status, 400);

    QJsonObject details{{QStringLiteral("credentialType"), QStringLiteral("OAuth2")},
                        {QStringLiteral("credentials"), QStringLiteral("{not json")},
                        {QStringLiteral("encryptedConnection"), QStringLiteral("Encrypted")},
                        {QStringLiteral("encryptionAlgorithm"), QStringLiteral("None")},
                        {QStringLiteral("privacyLevel"), QStringLiteral("None")}};
    EXPECT_EQ(client
                  ->patchJson(xeroDatasourcePath,
                              QJsonObject{{QStringLiteral("credentialDetails"), details}}, token)
                  .status,
              400);
}

TEST_F(PowerBiSandboxApiTest, SchedulePatchFollowsTheServiceRules)
{
    const QString path = xeroDataset + QStringLiteral("/refreshSchedule");
    const HttpResult unwrapped =
        client->patchJson(path, QJsonObject{{QStringLiteral("enabled"), true}}, token);
    EXPECT_EQ(unwrapped.status, 400);
    EXPECT_EQ(
        patchSchedule(xeroDataset, {{QStringLiteral("days"), QJsonArray{QStringLiteral("Daily")}}})
            .status,
        400);
    EXPECT_EQ(
        patchSchedule(xeroDataset, {{QStringLiteral("times"), QJsonArray{QStringLiteral("07:15")}}})
            .status,
        400);
    QJsonArray nine;
    for (int hour = 1; hour <= 9; ++hour)
        nine.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(patchSchedule(xeroDataset, {{QStringLiteral("times"), nine}}).status, 400);
    EXPECT_EQ(patchSchedule(xeroDataset, {{QStringLiteral("localTimeZoneId"),
                                           QStringLiteral("Mars Standard Time")}})
                  .status,
              400);

    const QJsonArray week{QStringLiteral("Sunday"),   QStringLiteral("Monday"),
                          QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"),
                          QStringLiteral("Thursday"), QStringLiteral("Friday"),
                          QStringLiteral("Saturday")};
    const HttpResult accepted = patchSchedule(
        xeroDataset,
        {{QStringLiteral("enabled"), true},
         {QStringLiteral("days"), week},
         {QStringLiteral("times"), QJsonArray{QStringLiteral("06:30")}},
         {QStringLiteral("localTimeZoneId"), QStringLiteral("W. Europe Standard Time")}});
    EXPECT_EQ(accepted.status, 200);
    EXPECT_TRUE(accepted.body.isEmpty());
    const QJsonObject schedule = client->get(path, token).json();
    EXPECT_TRUE(schedule.value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(schedule.value(QStringLiteral("days")).toArray().size(), 7);
    EXPECT_EQ(schedule.value(QStringLiteral("times")).toArray().first().toString(),
              QStringLiteral("06:30"));
    EXPECT_EQ(schedule.value(QStringLiteral("localTimeZoneId")).toString(),
              QStringLiteral("W. Europe Standard Time"));
}

TEST_F(PowerBiSandboxApiTest, OnlyTheOwnerChangesTheScheduleUntilTakeOver)
{
    const HttpResult refused = patchSchedule(salesDataset, {{QStringLiteral("enabled"), false}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_FALSE(refused.errorCode().isEmpty());
    EXPECT_EQ(
        client->postJson(salesDataset + QStringLiteral("/Default.TakeOver"), {}, token).status,
        200);
    const QJsonObject dataset = client->get(salesDataset, token).json();
    EXPECT_EQ(dataset.value(QStringLiteral("configuredBy")).toString(),
              SandboxScenario::microsoftUser);
    EXPECT_EQ(patchSchedule(salesDataset, {{QStringLiteral("enabled"), false}}).status, 200);
}

TEST_F(PowerBiSandboxApiTest, ACredentialFailureSwitchesTheScheduleOff)
{
    ASSERT_EQ(patchSchedule(xeroDataset, {{QStringLiteral("enabled"), true}}).status, 200);
    ASSERT_EQ(startRefresh(xeroDataset).status, 202);
    server.advanceClock(6);
    EXPECT_FALSE(client->get(xeroDataset + QStringLiteral("/refreshSchedule"), token)
                     .json()
                     .value(QStringLiteral("enabled"))
                     .toBool());
}

TEST_F(PowerBiSandboxApiTest, EnhancedRefreshOnDedicatedCapacityCanBeCancelled)
{
    const HttpResult started = startRefresh(
        boardDataset, {{QStringLiteral("type"), QStringLiteral("Full")},
                       {QStringLiteral("commitMode"), QStringLiteral("transactional")}});
    ASSERT_EQ(started.status, 202);
    const QByteArray requestId = started.header("x-ms-request-id");
    ASSERT_FALSE(requestId.isEmpty());
    EXPECT_TRUE(started.header("Location").endsWith("/refreshes/" + requestId));
    EXPECT_EQ(latestRefresh(boardDataset).value(QStringLiteral("refreshType")).toString(),
              QStringLiteral("ViaEnhancedApi"));

    const QString refreshPath =
        boardDataset + QStringLiteral("/refreshes/") + QString::fromLatin1(requestId);
    EXPECT_EQ(client->get(refreshPath, token).json().value(QStringLiteral("status")).toString(),
              QStringLiteral("inProgress"));
    EXPECT_EQ(client->deleteResource(refreshPath, token).status, 200);
    EXPECT_EQ(latestRefresh(boardDataset).value(QStringLiteral("status")).toString(),
              QStringLiteral("Cancelled"));
    server.advanceClock(10);
    EXPECT_EQ(latestRefresh(boardDataset).value(QStringLiteral("status")).toString(),
              QStringLiteral("Cancelled"));
    EXPECT_EQ(client->deleteResource(refreshPath, token).status, 400);
}

TEST_F(PowerBiSandboxApiTest, EnhancedRefreshOnSharedCapacityAndCancelOfAStandardRefreshAreRefused)
{
    EXPECT_EQ(startRefresh(salesDataset, {{QStringLiteral("type"), QStringLiteral("Full")}}).status,
              400);
    const HttpResult standard = startRefresh(boardDataset);
    ASSERT_EQ(standard.status, 202);
    const HttpResult cancel =
        client->deleteResource(boardDataset + QStringLiteral("/refreshes/") +
                                   QString::fromLatin1(standard.header("RequestId")),
                               token);
    EXPECT_EQ(cancel.status, 400);
}

TEST_F(PowerBiSandboxApiTest, ServicePrincipalSeesWorkspacesButHasNoMyWorkspace)
{
    const QString principal = server.issueServicePrincipalAccessToken();
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups"), principal).status, 200);
    EXPECT_EQ(client->get(finance + QStringLiteral("/datasets"), principal).status, 200);
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/datasets"), principal).status, 401);
    const HttpResult mailing = client->postJson(
        salesDataset + QStringLiteral("/refreshes"),
        {{QStringLiteral("notifyOption"), QStringLiteral("MailOnFailure")}}, principal);
    EXPECT_EQ(mailing.status, 400);
}

TEST_F(PowerBiSandboxApiTest, AServicePrincipalTheTenantDoesNotAllowIsRefusedEverywhere)
{
    const QString principal = server.issueServicePrincipalAccessToken(
        SandboxScenario::servicePrincipalNotAllowedClientId);
    for (const QString &path :
         {QStringLiteral("/v1.0/myorg/groups"), finance + QStringLiteral("/datasets"),
          xeroDataset + QStringLiteral("/refreshes")}) {
        const HttpResult refused = client->get(path, principal);
        EXPECT_EQ(refused.status, 401) << path.toStdString();
        EXPECT_EQ(refused.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
    }
}

TEST_F(PowerBiSandboxApiTest, DatasourcesListTheXeroExtension)
{
    const QJsonObject source = client->get(xeroDataset + QStringLiteral("/datasources"), token)
                                   .json()
                                   .value(QStringLiteral("value"))
                                   .toArray()
                                   .first()
                                   .toObject();
    EXPECT_EQ(source.value(QStringLiteral("datasourceType")).toString(),
              QStringLiteral("Extension"));
    EXPECT_EQ(source.value(QStringLiteral("connectionDetails"))
                  .toObject()
                  .value(QStringLiteral("kind"))
                  .toString(),
              QStringLiteral("Xero"));
    EXPECT_EQ(source.value(QStringLiteral("gatewayId")).toString(), SandboxScenario::xeroGatewayId);
    EXPECT_EQ(source.value(QStringLiteral("datasourceId")).toString(),
              SandboxScenario::xeroDatasourceId);
}

TEST_F(PowerBiSandboxApiTest, AnOnPremisesGatewayAnswersWithItsPublicKey)
{
    const HttpResult answer = client->get(gatewayPath(SandboxScenario::onPremisesGatewayId), token);
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    const QJsonObject gateway = answer.json();
    EXPECT_EQ(gateway.value(QStringLiteral("id")).toString(), SandboxScenario::onPremisesGatewayId);
    EXPECT_EQ(gateway.value(QStringLiteral("name")).toString(),
              QStringLiteral("Contoso on-premises gateway"));
    EXPECT_EQ(gateway.value(QStringLiteral("type")).toString(), QStringLiteral("Resource"));
    EXPECT_EQ(gateway.value(QStringLiteral("gatewayStatus")).toString(), QStringLiteral("Live"));
    // gatewayAnnotation is a JSON document in a string.
    const QJsonObject annotation =
        QJsonDocument::fromJson(
            gateway.value(QStringLiteral("gatewayAnnotation")).toString().toUtf8())
            .object();
    EXPECT_EQ(annotation.value(QStringLiteral("gatewayContactInformation")).toArray().first(),
              SandboxScenario::microsoftUser);
    const QJsonObject publicKey = gateway.value(QStringLiteral("publicKey")).toObject();
    EXPECT_EQ(publicKey.value(QStringLiteral("exponent")).toString(), QStringLiteral("AQAB"));
    // Exactly as long as the key, as .NET exports it: no sign byte.
    const QByteArray modulus =
        QByteArray::fromBase64(publicKey.value(QStringLiteral("modulus")).toString().toLatin1());
    EXPECT_EQ(modulus.size(), 256);

    const QJsonObject legacyKey = client->get(gatewayPath(SandboxScenario::legacyGatewayId), token)
                                      .json()
                                      .value(QStringLiteral("publicKey"))
                                      .toObject();
    EXPECT_EQ(
        QByteArray::fromBase64(legacyKey.value(QStringLiteral("modulus")).toString().toLatin1())
            .size(),
        128);

    // A gateway keeps its key: asked again, and after a reset of the scenario.
    server.reset();
    token = server.issuePowerBiAccessToken();
    EXPECT_EQ(client->get(gatewayPath(SandboxScenario::onPremisesGatewayId), token)
                  .json()
                  .value(QStringLiteral("publicKey"))
                  .toObject(),
              publicKey);
}

TEST_F(PowerBiSandboxApiTest, TheGatewayOfACloudDataSourceAndAnUnknownOneAre404)
{
    for (const QString &gatewayId :
         {SandboxScenario::xeroGatewayId, QStringLiteral("00000000-0000-0000-0000-000000000000")}) {
        const HttpResult answer = client->get(gatewayPath(gatewayId), token);
        EXPECT_EQ(answer.status, 404);
        EXPECT_EQ(answer.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
    }
}

TEST_F(PowerBiSandboxApiTest, AnOnPremisesGatewayRefusesAPlainCredential)
{
    const QString xeroToken =
        server.issueXeroTokens({SandboxScenario::contosoLtdTenantId}).accessToken;
    for (const QString &path :
         {datasourcePath(SandboxScenario::onPremisesGatewayId,
                         SandboxScenario::connectorDatasourceId),
          datasourcePath(SandboxScenario::legacyGatewayId, SandboxScenario::boardDatasourceId)}) {
        const HttpResult refused = pushXeroToken(xeroToken, path);
        EXPECT_EQ(refused.status, 400);
        EXPECT_EQ(refused.errorCode(), QStringLiteral("DMTS_InvalidEncryptionAlgorithmError"));
        EXPECT_TRUE(refused.json()
                        .value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("RSA-OAEP")));
    }
}

TEST_F(PowerBiSandboxApiTest, CredentialsTheGatewayCannotDecryptAreRefused)
{
    const QString connector = datasourcePath(SandboxScenario::onPremisesGatewayId,
                                             SandboxScenario::connectorDatasourceId);
    const QString sales =
        datasourcePath(SandboxScenario::legacyGatewayId, SandboxScenario::boardDatasourceId);
    const QString notForThisKey = QString::fromLatin1(QByteArray(256, 'x').toBase64()) +
                                  QString::fromLatin1(QByteArray(66, '\0').toBase64());
    for (const auto &[path, credentials] :
         {std::pair{connector, notForThisKey}, std::pair{connector, QStringLiteral("plain text")},
          std::pair{sales, QString::fromLatin1(QByteArray(128, 'x').toBase64())},
          std::pair{sales, QString::fromLatin1(QByteArray(100, 'x').toBase64())}}) {
        const HttpResult refused = patchCredentials(path, credentials, QStringLiteral("RSA-OAEP"));
        EXPECT_EQ(refused.status, 400);
        EXPECT_EQ(refused.errorCode(),
                  QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"));
    }
}

TEST_F(PowerBiSandboxApiTest, ACloudDataSourceRefusesAnEncryptedCredential)
{
    const HttpResult refused =
        patchCredentials(xeroDatasourcePath, QStringLiteral("AAAA"), QStringLiteral("RSA-OAEP"));
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("DMTS_InvalidEncryptionAlgorithmError"));
}

TEST_F(PowerBiSandboxApiTest, XeroViaConnectorReadsXeroBehindTheOnPremisesGateway)
{
    const QString connector =
        finance + QStringLiteral("/datasets/") + SandboxScenario::connectorDatasetId;
    const QJsonObject dataset = client->get(connector, token).json();
    EXPECT_EQ(dataset.value(QStringLiteral("name")).toString(),
              QStringLiteral("Xero via connector"));
    EXPECT_EQ(dataset.value(QStringLiteral("configuredBy")).toString(),
              SandboxScenario::microsoftUser);
    EXPECT_TRUE(dataset.value(QStringLiteral("isOnPremGatewayRequired")).toBool());

    const QJsonArray sources = client->get(connector + QStringLiteral("/datasources"), token)
                                   .json()
                                   .value(QStringLiteral("value"))
                                   .toArray();
    ASSERT_EQ(sources.size(), 1);
    const QJsonObject source = sources.first().toObject();
    EXPECT_EQ(source.value(QStringLiteral("datasourceType")).toString(),
              QStringLiteral("Extension"));
    EXPECT_EQ(source.value(QStringLiteral("connectionDetails")).toObject(),
              (QJsonObject{{QStringLiteral("kind"), QStringLiteral("XeroConnector")},
                           {QStringLiteral("path"), QStringLiteral("XeroConnector")}}));
    EXPECT_EQ(source.value(QStringLiteral("gatewayId")).toString(),
              SandboxScenario::onPremisesGatewayId);
    EXPECT_EQ(source.value(QStringLiteral("datasourceId")).toString(),
              SandboxScenario::connectorDatasourceId);

    const QJsonObject last = latestRefresh(connector);
    EXPECT_EQ(last.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(last.value(QStringLiteral("serviceExceptionJson"))
                    .toString()
                    .contains(QStringLiteral("DM_GWPipeline_Client_OAuthTokenRefreshFailedError")));
}

TEST_F(PowerBiSandboxApiTest, CashFlowReadsTheXeroApiThroughAWebDataSource)
{
    const QString cashFlow = finance + QStringLiteral("/datasets/") + SandboxScenario::webDatasetId;
    const QJsonArray sources = client->get(cashFlow + QStringLiteral("/datasources"), token)
                                   .json()
                                   .value(QStringLiteral("value"))
                                   .toArray();
    ASSERT_EQ(sources.size(), 1);
    const QJsonObject source = sources.first().toObject();
    EXPECT_EQ(source.value(QStringLiteral("datasourceType")).toString(), QStringLiteral("Web"));
    EXPECT_EQ(
        source.value(QStringLiteral("connectionDetails")).toObject(),
        (QJsonObject{{QStringLiteral("url"),
                      QStringLiteral("https://api.xero.com/api.xro/2.0/Reports/BankSummary")}}));
    EXPECT_EQ(latestRefresh(cashFlow).value(QStringLiteral("status")).toString(),
              QStringLiteral("Completed"));

    // Its credential holds nothing valid now: the next refresh fails on it, as the Xero one did.
    ASSERT_EQ(startRefresh(cashFlow).status, 202);
    server.advanceClock(5);
    const QJsonObject failed = latestRefresh(cashFlow);
    EXPECT_EQ(failed.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(failed.value(QStringLiteral("serviceExceptionJson"))
                    .toString()
                    .contains(QStringLiteral("DMTS_OAuthTokenRefreshFailedError")));

    // A fresh Xero token pushed onto it is what the next refresh reads.
    const SandboxXeroTokens xero = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(xero.accessToken,
                            datasourcePath(source.value(QStringLiteral("gatewayId")).toString(),
                                           SandboxScenario::webDatasourceId))
                  .status,
              200);
    ASSERT_EQ(startRefresh(cashFlow).status, 202);
    server.advanceClock(5);
    EXPECT_EQ(latestRefresh(cashFlow).value(QStringLiteral("status")).toString(),
              QStringLiteral("Completed"));
}
