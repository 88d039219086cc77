#include "credentialpush.h"
#include "diagnosiscatalogue.h"
#include "signinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

class CredentialPushTest : public SignInFixture
{
protected:
    void SetUp() override
    {
        SignInFixture::SetUp();
        push = std::make_unique<CredentialPush>(account.get(), xeroAccount.get());
    }

    // A refresh of the Xero dataset started with the signed-in account, and how it ended once
    // the sandbox's clock has run past it; nullopt when it could not start or be found.
    std::optional<Refresh> refreshToTheEnd()
    {
        const Result<RefreshStart> started = await<RefreshStart>([&](QObject *context,
                                                                     Callback<RefreshStart> done) {
            account->call<RefreshStart>(
                [&](PowerBiClient &client, QObject *callContext, Callback<RefreshStart> r) {
                    client.refreshNow(xeroDataset, QStringLiteral("MailOnFailure"), callContext, r);
                },
                context, done);
        });
        EXPECT_TRUE(started) << details(started.error());
        if (!started)
            return std::nullopt;
        sandbox.advanceClock(10);
        const Result<std::optional<Refresh>> found =
            await<std::optional<Refresh>>([&](QObject *context, auto done) {
                powerBi->findRefresh(xeroDataset, started.value(), context, done);
            });
        EXPECT_TRUE(found) << details(found.error());
        return found ? found.value() : std::nullopt;
    }

    Result<Datasource> pushOnto(const Dataset &dataset, const QString &pickedSource = {})
    {
        return await<Datasource>([&](QObject *context, Callback<Datasource> done) {
            push->push(dataset, pickedSource, SandboxScenario::contosoLtdTenantId, context, done);
        });
    }

    // The service lists, for the Xero dataset, these data sources (kind "Xero", which
    // Datasource::isXero accepts), each named by its gateway and data source ids.
    void listXeroSourcesAt(const QList<QPair<QString, QString>> &gatewayAndDatasourceIds)
    {
        QJsonArray sources;
        for (const auto &[gatewayId, datasourceId] : gatewayAndDatasourceIds)
            sources.append(
                QJsonObject{{QStringLiteral("datasourceType"), QStringLiteral("Extension")},
                            {QStringLiteral("connectionDetails"),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("Xero")},
                                         {QStringLiteral("path"), QStringLiteral("Xero")}}},
                            {QStringLiteral("datasourceId"), datasourceId},
                            {QStringLiteral("gatewayId"), gatewayId}});
        SandboxFault listed;
        listed.method = QStringLiteral("GET");
        listed.pathPattern = SandboxScenario::xeroDatasetId + QStringLiteral("/datasources$");
        listed.status = 200;
        listed.headers = {{"Content-Type", "application/json"}};
        listed.body = QJsonDocument(QJsonObject{{QStringLiteral("value"), sources}}).toJson();
        sandbox.addFault(listed);
    }

    Refresh::Status refreshUntilTheEnd(const DatasetRef &dataset)
    {
        const Result<RefreshStart> started =
            await<RefreshStart>([&](QObject *context, Callback<RefreshStart> done) {
                account->call<RefreshStart>(
                    [&](PowerBiClient &client, QObject *callContext, Callback<RefreshStart> r) {
                        client.refreshNow(dataset, QStringLiteral("MailOnFailure"), callContext, r);
                    },
                    context, done);
            });
        EXPECT_TRUE(started) << details(started.error());
        if (!started)
            return Refresh::Status::Unknown;
        sandbox.advanceClock(10);
        using Found = std::optional<Refresh>;
        const Result<Found> found = await<Found>([&](QObject *context, Callback<Found> done) {
            account->call<Found>(
                [&](PowerBiClient &client, QObject *callContext, Callback<Found> r) {
                    client.findRefresh(dataset, started.value(), callContext, r);
                },
                context, done);
        });
        EXPECT_TRUE(found && found.value().has_value());
        return found && found.value() ? found.value()->status() : Refresh::Status::Unknown;
    }

    const DatasetRef xeroDataset{SandboxScenario::financeWorkspaceId,
                                 SandboxScenario::xeroDatasetId};
    const DatasetRef connectorDataset{SandboxScenario::financeWorkspaceId,
                                      SandboxScenario::connectorDatasetId};
    std::unique_ptr<CredentialPush> push;
};

TEST_F(CredentialPushTest, PushesAFreshXeroTokenOntoTheXeroDataSourceAndTheRefreshCompletes)
{
    signInAccount();
    adoptContosoLtdGrant();
    // The grant was adopted a while ago: its first access token would be dead by now.
    sandbox.advanceClock(45 * 60);

    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_TRUE(pushed) << details(pushed.error());
    EXPECT_EQ(pushed.value().datasourceId(), SandboxScenario::xeroDatasourceId);
    EXPECT_EQ(pushed.value().gatewayId(), SandboxScenario::xeroGatewayId);

    const std::optional<Refresh> ended = refreshToTheEnd();
    ASSERT_TRUE(ended.has_value());
    EXPECT_EQ(ended->status(), Refresh::Status::Completed);
}

TEST_F(CredentialPushTest, WithoutAPushTheSameRefreshFails)
{
    // The counterpart of the test above, so that it proves the push made the difference.
    signInAccount();
    const std::optional<Refresh> ended = refreshToTheEnd();
    ASSERT_TRUE(ended.has_value());
    EXPECT_EQ(ended->status(), Refresh::Status::Failed);
}

TEST_F(CredentialPushTest, ADatasetOwnedBySomeoneElseIsRefusedBeforeATokenIsUsedOrAnythingChanged)
{
    signInAccount();
    adoptContosoLtdGrant();
    // Jordan takes the Xero dataset over: Alex is no longer its owner.
    powerBi->setAccessToken(sandbox.issuePowerBiAccessToken(SandboxScenario::otherOwner));
    const Result<Done> takenOver = await<Done>([&](QObject *context, Callback<Done> done) {
        powerBi->takeOver(xeroDataset, context, done);
    });
    ASSERT_TRUE(takenOver) << details(takenOver.error());
    const Dataset dataset = financeDataset(SandboxScenario::xeroDatasetId);
    ASSERT_EQ(dataset.configuredBy(), SandboxScenario::otherOwner);

    sandbox.addFault(
        SandboxFault::onAnyMethod(QStringLiteral("(/gateways/|/connect/token)")).answering(500));

    const Result<Datasource> pushed = pushOnto(dataset);
    ASSERT_FALSE(pushed);
    EXPECT_TRUE(CredentialPush::isNotOwner(pushed.error())) << details(pushed.error());
    EXPECT_TRUE(pushed.error().message().contains(SandboxScenario::otherOwner));
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a Xero token was refreshed or pushed anyway";
    // The caller offers Take over from the catalogue's diagnosis.
    EXPECT_EQ(DiagnosisCatalogue::forNotOwner(dataset.configuredBy()).category(),
              Diagnosis::Category::NotOwner);
    EXPECT_EQ(DiagnosisCatalogue::forApiError(pushed.error()).category(),
              Diagnosis::Category::NotOwner);
    EXPECT_EQ(DiagnosisCatalogue::forApiError(pushed.error()).fixStep(), RepairStep::XeroSettings);
}

TEST_F(CredentialPushTest, TheServiceRefusingTheOwnerOnlyCallIsANotOwnerErrorToo)
{
    signInAccount();
    adoptContosoLtdGrant();
    sandbox.addFault(SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/"))
                         .withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException"),
                                           QStringLiteral("Only the owner"))
                         .withHeader("RequestId", "9f1c0000-0000-4000-8000-000000000403"));

    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_FALSE(pushed);
    EXPECT_TRUE(CredentialPush::isNotOwner(pushed.error())) << details(pushed.error());
    EXPECT_EQ(pushed.error().httpStatus(), 403);
    EXPECT_EQ(pushed.error().requestId(), QStringLiteral("9f1c0000-0000-4000-8000-000000000403"));
    EXPECT_EQ(DiagnosisCatalogue::forApiError(pushed.error()).fixStep(), RepairStep::XeroSettings);
}

TEST_F(CredentialPushTest, WithSeveralXeroSourcesOnlyThePickedOneGetsTheFreshToken)
{
    signInAccount();
    adoptContosoLtdGrant();
    // The service lists a second Xero data source (a second query on Xero) and a SQL one; the
    // sandbox answers the PATCH of the second one, which it does not know, through a fault.
    const QString secondXeroSourceId = QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70802");
    const auto xeroSource = [](const QString &datasourceId) {
        return QJsonObject{{QStringLiteral("datasourceType"), QStringLiteral("Extension")},
                           {QStringLiteral("connectionDetails"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("Xero")},
                                        {QStringLiteral("path"), QStringLiteral("Xero")}}},
                           {QStringLiteral("datasourceId"), datasourceId},
                           {QStringLiteral("gatewayId"), SandboxScenario::xeroGatewayId}};
    };
    const QJsonObject sqlSource{
        {QStringLiteral("datasourceType"), QStringLiteral("Sql")},
        {QStringLiteral("connectionDetails"),
         QJsonObject{{QStringLiteral("server"), QStringLiteral("sql.contoso.example")},
                     {QStringLiteral("database"), QStringLiteral("Sales")}}},
        {QStringLiteral("datasourceId"), QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70803")},
        {QStringLiteral("gatewayId"), SandboxScenario::xeroGatewayId}};
    const QJsonObject threeSources{
        {QStringLiteral("value"), QJsonArray{xeroSource(SandboxScenario::xeroDatasourceId),
                                             sqlSource, xeroSource(secondXeroSourceId)}}};
    const auto listThreeSources = [&] {
        sandbox.addFault(
            SandboxFault::on(QStringLiteral("GET"),
                             SandboxScenario::xeroDatasetId + QStringLiteral("/datasources$"))
                .answering(200)
                .withBody(QJsonDocument(threeSources).toJson()));
    };
    const Dataset dataset = financeDataset(SandboxScenario::xeroDatasetId);
    // Any credential PATCH would hit this.
    sandbox.addFault(SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/")));

    listThreeSources();
    const Result<Datasource> unpicked = pushOnto(dataset);
    ASSERT_FALSE(unpicked);
    EXPECT_EQ(unpicked.error().code(), XeroSourceChoice::notChosenCode());
    EXPECT_TRUE(unpicked.error().plainSentence().contains(QLatin1String("Choose")));
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a credential was given without a choice";

    sandbox.clearFaults();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("PATCH"),
                         QStringLiteral("/datasources/") + SandboxScenario::xeroDatasourceId));
    sandbox.addFault(SandboxFault::on(QStringLiteral("PATCH"),
                                      QStringLiteral("/datasources/") + secondXeroSourceId)
                         .answering(200));
    listThreeSources();
    const Result<Datasource> pushed =
        pushOnto(dataset, SandboxScenario::xeroGatewayId + QLatin1Char('/') + secondXeroSourceId);
    ASSERT_TRUE(pushed) << details(pushed.error());
    EXPECT_EQ(pushed.value().datasourceId(), secondXeroSourceId);
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a data source other than the picked one was changed";
}

TEST_F(CredentialPushTest, ADatasetWithoutAXeroDataSourceSaysSo)
{
    signInAccount();
    adoptContosoLtdGrant();
    Result<QList<Dataset>> mine =
        await<QList<Dataset>>([&](QObject *context, Callback<QList<Dataset>> done) {
            account->call<QList<Dataset>>(
                [](PowerBiClient &client, QObject *callContext, Callback<QList<Dataset>> r) {
                    client.listDatasets(QString(), callContext, r);
                },
                context, done);
        });
    ASSERT_TRUE(mine && !mine.value().isEmpty());
    const Result<Datasource> pushed = pushOnto(mine.value().first()); // Budget 2026: Excel
    ASSERT_FALSE(pushed);
    EXPECT_EQ(pushed.error().code(), XeroSourceChoice::notChosenCode());
}

TEST_F(CredentialPushTest, AnExpiredXeroGrantSaysSignInToXeroAgain)
{
    signInAccount();
    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_FALSE(pushed);
    EXPECT_EQ(pushed.error().code(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(DiagnosisCatalogue::forApiError(pushed.error()).fixStep(), RepairStep::SignInXero);
}

// The connector's data source behind the on-premises (2048-bit) gateway, listed as a data source
// the program takes for Xero: the push reads the gateway's key, sends the token encrypted, and
// the gateway (the sandbox, with its private key) reads it; the connector's refresh completes.
TEST_F(CredentialPushTest, ADataSourceBehindAnOnPremisesGatewayGetsTheTokenEncrypted)
{
    signInAccount();
    adoptContosoLtdGrant();
    listXeroSourcesAt(
        {{SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId}});
    ASSERT_EQ(refreshUntilTheEnd(connectorDataset), Refresh::Status::Failed);

    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_TRUE(pushed) << details(pushed.error());
    EXPECT_EQ(pushed.value().datasourceId(), SandboxScenario::connectorDatasourceId);
    // The gateway decrypted the token and refreshes with it.
    EXPECT_EQ(refreshUntilTheEnd(connectorDataset), Refresh::Status::Completed);
}

// A cloud data source and one behind each on-premises gateway, a 2048-bit and a legacy 1024-bit
// one: the one picked gets the form its gateway takes, and Power BI reads it.
TEST_F(CredentialPushTest, EachDataSourceGetsTheFormOfItsGateway)
{
    signInAccount();
    adoptContosoLtdGrant();
    const QList<QPair<QString, QString>> sources = {
        {SandboxScenario::xeroGatewayId, SandboxScenario::xeroDatasourceId},
        {SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId},
        {SandboxScenario::legacyGatewayId, SandboxScenario::boardDatasourceId}};
    for (const auto &[gatewayId, datasourceId] : sources) {
        SCOPED_TRACE(gatewayId.toStdString());
        listXeroSourcesAt(sources);
        const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId),
                                                   gatewayId + QLatin1Char('/') + datasourceId);
        ASSERT_TRUE(pushed) << details(pushed.error());
        EXPECT_EQ(pushed.value().datasourceId(), datasourceId);
    }
    EXPECT_EQ(refreshUntilTheEnd(xeroDataset), Refresh::Status::Completed);
    EXPECT_EQ(refreshUntilTheEnd(connectorDataset), Refresh::Status::Completed);
}

// The gateway is not readable to the signed-in account (the service answers 404, as for a cloud
// one): the token goes unencrypted, Power BI refuses it, and the user reads why and what to do.
TEST_F(CredentialPushTest, APlainTokenRefusedByAnOnPremisesGatewaySaysWhatToDo)
{
    signInAccount();
    adoptContosoLtdGrant();
    listXeroSourcesAt(
        {{SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId}});
    SandboxFault unreadable;
    unreadable.method = QStringLiteral("GET");
    unreadable.pathPattern = QStringLiteral("/gateways/[^/]+$");
    unreadable.status = 404;
    unreadable.headers = {{"Content-Type", "application/json"}};
    unreadable.body =
        R"({"error":{"code":"PowerBIEntityNotFound","message":"Couldn't find the gateway."}})";
    sandbox.addFault(unreadable);

    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_FALSE(pushed);
    EXPECT_TRUE(CredentialPush::isGatewayEncryptionRefusal(pushed.error()))
        << details(pushed.error());
    EXPECT_EQ(pushed.error().httpStatus(), 400);
    EXPECT_FALSE(pushed.error().requestId().isEmpty());
    const QString sentence = pushed.error().plainSentence();
    EXPECT_TRUE(sentence.contains(QStringLiteral("on-premises gateway"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("encrypted with the gateway's key")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("administrator of the gateway")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("settings page in Power BI")))
        << sentence.toStdString();
    EXPECT_EQ(refreshUntilTheEnd(connectorDataset), Refresh::Status::Failed);
}

// A gateway that answers something else than a key or a 404 stops the push before the Xero
// grant is used.
TEST_F(CredentialPushTest, AGatewayThatCannotBeReadStopsThePushBeforeTheXeroTokenIsUsed)
{
    signInAccount();
    adoptContosoLtdGrant();
    listXeroSourcesAt(
        {{SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId}});
    SandboxFault unreadable;
    unreadable.method = QStringLiteral("GET");
    unreadable.pathPattern = QStringLiteral("/gateways/[^/]+$");
    unreadable.status = 200;
    unreadable.body = R"({"id":"x","publicKey":{"exponent":"AQAB","modulus":"%%%"}})";
    sandbox.addFault(unreadable);
    SandboxFault tripwire;
    tripwire.pathPattern = QStringLiteral("(/connect/token|/datasources/)");
    sandbox.addFault(tripwire);
    // The Xero access token has expired: a push that went on would refresh the grant.
    sandbox.advanceClock(45 * 60);

    const Result<Datasource> pushed = pushOnto(financeDataset(SandboxScenario::xeroDatasetId));
    ASSERT_FALSE(pushed);
    EXPECT_EQ(pushed.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(pushed.error().field(), QStringLiteral("publicKey.modulus"));
    EXPECT_TRUE(pushed.error().plainSentence().contains(QStringLiteral("publicKey")));
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "the Xero grant was used or a credential sent";
}
