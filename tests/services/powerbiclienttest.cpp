#include "powerbiclient.h"
#include "awaitresult.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace {

const QString financeId = QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10");
const QString boardId = QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c20");
const DatasetRef xero(financeId, QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601"));
const DatasetRef salesPipeline(financeId, QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f602"));
const DatasetRef budget =
    DatasetRef::inMyWorkspace(QStringLiteral("0d4e5f60-7a8b-4c9d-8e0f-1a2b3c4d5e01"));
const QString xeroGatewayId = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501");
const QString xeroDatasourceId = QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70801");
const QString contosoLtd = QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b01");

std::string details(const ApiError &error)
{
    return error.technicalDetails().toStdString();
}

class PowerBiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sandbox.listen()) << sandbox.errorString().toStdString();
        transport.setTransferTimeout(2s);
        transport.setRetryAfterCap(2s);
        client.setApiRoot(sandbox.rootUrl());
        client.setAccessToken(sandbox.issuePowerBiAccessToken());
    }

    template<typename T, typename Call> Result<T> call(Call start)
    {
        return awaitResult<T>([&](Callback<T> done) { start(&context, done); });
    }

    Result<QList<Refresh>> history(const DatasetRef &dataset, int top = 0)
    {
        return call<QList<Refresh>>([&](QObject *context, Callback<QList<Refresh>> done) {
            client.refreshHistory(dataset, top, context, done);
        });
    }

    Result<RefreshStart> refreshNow(const DatasetRef &dataset)
    {
        return call<RefreshStart>([&](QObject *context, Callback<RefreshStart> done) {
            client.refreshNow(dataset, QStringLiteral("MailOnFailure"), context, done);
        });
    }

    Result<std::optional<Refresh>> findRefresh(const DatasetRef &dataset, const RefreshStart &start)
    {
        return call<std::optional<Refresh>>(
            [&](QObject *context, Callback<std::optional<Refresh>> done) {
                client.findRefresh(dataset, start, context, done);
            });
    }

    Result<Done> pushXeroCredential()
    {
        const QString xeroToken = sandbox.issueXeroTokens({contosoLtd}).accessToken;
        return call<Done>([&](QObject *context, Callback<Done> done) {
            client.setOAuth2Credentials(xeroGatewayId, xeroDatasourceId, xeroToken, context, done);
        });
    }

    SandboxServer sandbox;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    PowerBiClient client{&transport, QUrl()};
    QObject context;
};

} // namespace

TEST_F(PowerBiClientTest, ListsEveryWorkspacePageByPage)
{
    sandbox.addWorkspaces(250);
    client.setWorkspacePageSize(40);
    const auto workspaces = call<QList<Workspace>>(
        [&](QObject *context, auto done) { client.listWorkspaces(context, done); });
    ASSERT_TRUE(workspaces.ok()) << details(workspaces.error());
    EXPECT_EQ(workspaces.value().size(), 252); // Finance, Board Reporting and 250 more
    QSet<QString> ids;
    for (const Workspace &workspace : workspaces.value())
        ids.insert(workspace.id());
    EXPECT_EQ(ids.size(), 252);
    EXPECT_TRUE(ids.contains(financeId));
}

TEST_F(PowerBiClientTest, ListsTheScenarioWorkspacesWithTheirCapacity)
{
    const auto workspaces = call<QList<Workspace>>(
        [&](QObject *context, auto done) { client.listWorkspaces(context, done); });
    ASSERT_TRUE(workspaces.ok()) << details(workspaces.error());
    ASSERT_EQ(workspaces.value().size(), 2);
    for (const Workspace &workspace : workspaces.value())
        EXPECT_EQ(workspace.isOnDedicatedCapacity(), workspace.id() == boardId);
}

// A filter narrows the listing on the service side: one short answer, however many workspaces.
TEST_F(PowerBiClientTest, FindsAWorkspaceByIdOrByAnAwkwardNameInOneCall)
{
    sandbox.addWorkspaces(300);
    const auto byId = call<QList<Workspace>>([&](QObject *context, auto done) {
        client.findWorkspaces(PowerBiClient::workspaceIdFilter(boardId.toUpper()), context, done);
    });
    ASSERT_TRUE(byId.ok()) << details(byId.error());
    ASSERT_EQ(byId.value().size(), 1);
    EXPECT_EQ(byId.value().first().name(), QStringLiteral("Board Reporting"));
    EXPECT_TRUE(byId.value().first().isOnDedicatedCapacity());

    const auto byName = call<QList<Workspace>>([&](QObject *context, auto done) {
        client.findWorkspaces(PowerBiClient::workspaceNameFilter(QStringLiteral("Workspace 007")),
                              context, done);
    });
    ASSERT_TRUE(byName.ok()) << details(byName.error());
    ASSERT_EQ(byName.value().size(), 1);
    EXPECT_EQ(byName.value().first().name(), QStringLiteral("Workspace 007"));

    // Quotes, ampersands, plus and hash signs reach the service as typed.
    const auto awkward = call<QList<Workspace>>([&](QObject *context, auto done) {
        client.findWorkspaces(
            PowerBiClient::workspaceNameFilter(QStringLiteral("O'Brien & Sons + #1")), context,
            done);
    });
    ASSERT_TRUE(awkward.ok()) << details(awkward.error());
    EXPECT_TRUE(awkward.value().isEmpty());
}

TEST_F(PowerBiClientTest, ListsDatasetsOfAWorkspaceAndOfMyWorkspace)
{
    const auto finance = call<QList<Dataset>>(
        [&](QObject *context, auto done) { client.listDatasets(financeId, context, done); });
    ASSERT_TRUE(finance.ok()) << details(finance.error());
    // Xero, Sales Pipeline (Jordan's), Xero via connector and Cash Flow.
    ASSERT_EQ(finance.value().size(), 4);
    for (const Dataset &dataset : finance.value()) {
        EXPECT_EQ(dataset.workspaceId(), financeId);
        if (dataset.id() == salesPipeline.datasetId())
            EXPECT_EQ(dataset.configuredBy(), QStringLiteral("jordan@contoso.example"));
        else
            EXPECT_EQ(dataset.configuredBy(), QStringLiteral("alex@contoso.example"));
        // Only the Xero connector runs on an on-premises gateway in Finance.
        EXPECT_EQ(dataset.isOnPremGatewayRequired(),
                  dataset.id() == SandboxScenario::connectorDatasetId);
    }
    const auto mine = call<QList<Dataset>>(
        [&](QObject *context, auto done) { client.listDatasets({}, context, done); });
    ASSERT_TRUE(mine.ok()) << details(mine.error());
    ASSERT_EQ(mine.value().size(), 1);
    EXPECT_EQ(mine.value().at(0).name(), QStringLiteral("Budget 2026"));
    EXPECT_TRUE(mine.value().at(0).workspaceId().isEmpty());
}

TEST_F(PowerBiClientTest, ReadsTheFailedXeroRefreshHistory)
{
    const auto refreshes = history(xero, 3);
    ASSERT_TRUE(refreshes.ok()) << details(refreshes.error());
    ASSERT_FALSE(refreshes.value().isEmpty());
    EXPECT_LE(refreshes.value().size(), 3);
    const Refresh &last = refreshes.value().at(0);
    EXPECT_EQ(last.status(), Refresh::Status::Failed);
    EXPECT_EQ(last.serviceException().errorCode(),
              QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
}

TEST_F(PowerBiClientTest, ReadsTheHistoryOfADatasetInMyWorkspace)
{
    const auto refreshes = history(budget);
    ASSERT_TRUE(refreshes.ok()) << details(refreshes.error());
    EXPECT_FALSE(refreshes.value().isEmpty());
}

TEST_F(PowerBiClientTest, ReadsTheXeroSchedule)
{
    const auto schedule = call<RefreshSchedule>(
        [&](QObject *context, auto done) { client.refreshSchedule(xero, context, done); });
    ASSERT_TRUE(schedule.ok()) << details(schedule.error());
    EXPECT_FALSE(schedule.value().isEnabled());
    EXPECT_EQ(schedule.value().days(),
              (QStringList{QStringLiteral("Monday"), QStringLiteral("Wednesday"),
                           QStringLiteral("Friday")}));
    EXPECT_EQ(schedule.value().times(), QStringList{QStringLiteral("07:00")});
    EXPECT_EQ(schedule.value().localTimeZoneId(), QStringLiteral("Romance Standard Time"));
    EXPECT_EQ(schedule.value().notifyOption(), QStringLiteral("MailOnFailure"));
}

TEST_F(PowerBiClientTest, UpdatesTheScheduleAndReturnsWhatWasReadBack)
{
    const RefreshScheduleChange change =
        RefreshScheduleChange::daily({QStringLiteral("07:00"), QStringLiteral("18:30")},
                                     QStringLiteral("Romance Standard Time"));
    ASSERT_TRUE(change.isValid(RefreshScheduleChange::Capacity::Shared));
    const auto schedule = call<RefreshSchedule>([&](QObject *context, auto done) {
        client.updateRefreshSchedule(xero, change, context, done);
    });
    ASSERT_TRUE(schedule.ok()) << details(schedule.error());
    EXPECT_TRUE(schedule.value().isEnabled());
    EXPECT_TRUE(schedule.value().isDaily());
    EXPECT_EQ(schedule.value().times(),
              (QStringList{QStringLiteral("07:00"), QStringLiteral("18:30")}));
}

TEST_F(PowerBiClientTest, DisablingTheScheduleChangesNothingElse)
{
    const auto schedule = call<RefreshSchedule>([&](QObject *context, auto done) {
        client.updateRefreshSchedule(budget, RefreshScheduleChange::disable(), context, done);
    });
    ASSERT_TRUE(schedule.ok()) << details(schedule.error());
    EXPECT_FALSE(schedule.value().isEnabled());
    EXPECT_EQ(schedule.value().times(), QStringList{QStringLiteral("06:00")});
    EXPECT_EQ(schedule.value().days().size(), 2);
}

TEST_F(PowerBiClientTest, ARejectedScheduleChangeGivesTheServiceMessage)
{
    RefreshScheduleChange change; // not validated on purpose: the service must refuse it
    change.setDays({QStringLiteral("Daily")});
    const auto schedule = call<RefreshSchedule>([&](QObject *context, auto done) {
        client.updateRefreshSchedule(xero, change, context, done);
    });
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(schedule.error().httpStatus(), 400);
    EXPECT_FALSE(schedule.error().message().isEmpty());
}

TEST_F(PowerBiClientTest, FindsTheXeroDatasourceAndItsGateway)
{
    const auto sources = call<QList<Datasource>>(
        [&](QObject *context, auto done) { client.listDatasources(xero, context, done); });
    ASSERT_TRUE(sources.ok()) << details(sources.error());
    ASSERT_EQ(sources.value().size(), 1);
    EXPECT_TRUE(sources.value().at(0).looksLikeXero());
    EXPECT_EQ(sources.value().at(0).gatewayId(), xeroGatewayId);
    EXPECT_EQ(sources.value().at(0).datasourceId(), xeroDatasourceId);

    const auto budgetSources = call<QList<Datasource>>(
        [&](QObject *context, auto done) { client.listDatasources(budget, context, done); });
    ASSERT_TRUE(budgetSources.ok()) << details(budgetSources.error());
    ASSERT_EQ(budgetSources.value().size(), 1);
    EXPECT_FALSE(budgetSources.value().at(0).looksLikeXero());
}

TEST_F(PowerBiClientTest, PushedXeroCredentialThenRefreshNowCompletes)
{
    const auto pushed = pushXeroCredential();
    ASSERT_TRUE(pushed.ok()) << details(pushed.error());

    const auto start = refreshNow(xero);
    ASSERT_TRUE(start.ok()) << details(start.error());
    EXPECT_FALSE(start.value().requestId.isEmpty());

    const auto running = findRefresh(xero, start.value());
    ASSERT_TRUE(running.ok()) << details(running.error());
    ASSERT_TRUE(running.value().has_value());
    EXPECT_EQ(running.value()->requestId().toLower(), start.value().requestId.toLower());
    EXPECT_EQ(running.value()->refreshType(), Refresh::Type::ViaApi);
    EXPECT_EQ(running.value()->status(), Refresh::Status::Unknown);
    EXPECT_TRUE(running.value()->isRunning());

    sandbox.advanceClock(6);
    const auto finished = findRefresh(xero, start.value());
    ASSERT_TRUE(finished.ok()) << details(finished.error());
    ASSERT_TRUE(finished.value().has_value());
    EXPECT_EQ(finished.value()->status(), Refresh::Status::Completed);
    EXPECT_TRUE(finished.value()->endTime().isValid());
}

TEST_F(PowerBiClientTest, RefreshWithoutAPushedCredentialFails)
{
    const auto start = refreshNow(xero);
    ASSERT_TRUE(start.ok()) << details(start.error());
    sandbox.advanceClock(6);
    const auto finished = findRefresh(xero, start.value());
    ASSERT_TRUE(finished.ok()) << details(finished.error());
    ASSERT_TRUE(finished.value().has_value());
    EXPECT_EQ(finished.value()->status(), Refresh::Status::Failed);
    EXPECT_EQ(finished.value()->serviceException().errorCode(),
              QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
}

TEST_F(PowerBiClientTest, ReadsAnOnPremisesGatewayWithItsPublicKey)
{
    const auto gateway = call<Gateway>([&](QObject *context, auto done) {
        client.getGateway(SandboxScenario::onPremisesGatewayId, context, done);
    });
    ASSERT_TRUE(gateway.ok()) << details(gateway.error());
    EXPECT_EQ(gateway.value().id(), SandboxScenario::onPremisesGatewayId);
    EXPECT_EQ(gateway.value().name(), QStringLiteral("Contoso on-premises gateway"));
    EXPECT_EQ(gateway.value().type(), QStringLiteral("Resource"));
    EXPECT_EQ(gateway.value().status(), QStringLiteral("Live"));
    EXPECT_TRUE(gateway.value().isOnPremises());
    EXPECT_EQ(gateway.value().publicKey().exponent(), QStringLiteral("AQAB"));
    EXPECT_EQ(QByteArray::fromBase64(gateway.value().publicKey().modulus().toLatin1()).size(), 256);

    const auto legacy = call<std::optional<Gateway>>([&](QObject *context, auto done) {
        client.findOnPremisesGateway(SandboxScenario::legacyGatewayId, context, done);
    });
    ASSERT_TRUE(legacy.ok()) << details(legacy.error());
    ASSERT_TRUE(legacy.value().has_value());
    EXPECT_EQ(QByteArray::fromBase64(legacy.value()->publicKey().modulus().toLatin1()).size(), 128);
}

TEST_F(PowerBiClientTest, TheGatewayOfACloudDataSourceIsNotFoundSoItIsCloud)
{
    const auto gateway = call<Gateway>(
        [&](QObject *context, auto done) { client.getGateway(xeroGatewayId, context, done); });
    ASSERT_FALSE(gateway.ok());
    EXPECT_EQ(gateway.error().httpStatus(), 404);
    EXPECT_EQ(gateway.error().code(), QStringLiteral("PowerBIEntityNotFound"));

    const auto found = call<std::optional<Gateway>>([&](QObject *context, auto done) {
        client.findOnPremisesGateway(xeroGatewayId, context, done);
    });
    ASSERT_TRUE(found.ok()) << details(found.error());
    EXPECT_FALSE(found.value().has_value());
}

TEST_F(PowerBiClientTest, AGatewayWithoutAPublicKeyIsCloudAndMissingMembersAreFine)
{
    SandboxFault keyless;
    keyless.method = QStringLiteral("GET");
    keyless.pathPattern = QStringLiteral("/gateways/[^/]+$");
    keyless.status = 200;
    keyless.body = R"({"id":"3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501"})";
    keyless.times = 2;
    sandbox.addFault(keyless);
    const auto gateway = call<Gateway>(
        [&](QObject *context, auto done) { client.getGateway(xeroGatewayId, context, done); });
    ASSERT_TRUE(gateway.ok()) << details(gateway.error());
    EXPECT_FALSE(gateway.value().isOnPremises());
    EXPECT_TRUE(gateway.value().name().isEmpty());
    const auto found = call<std::optional<Gateway>>([&](QObject *context, auto done) {
        client.findOnPremisesGateway(xeroGatewayId, context, done);
    });
    ASSERT_TRUE(found.ok()) << details(found.error());
    EXPECT_FALSE(found.value().has_value());
}

TEST_F(PowerBiClientTest, AMalformedGatewayKeyIsAParseErrorAndNothingIsSent)
{
    SandboxFault unreadable;
    unreadable.method = QStringLiteral("GET");
    unreadable.pathPattern = QStringLiteral("/gateways/[^/]+$");
    unreadable.status = 200;
    unreadable.body = R"({"id":"g","publicKey":{"exponent":"AQAB","modulus":"not base64!"}})";
    sandbox.addFault(unreadable);
    const auto gateway = call<std::optional<Gateway>>([&](QObject *context, auto done) {
        client.findOnPremisesGateway(SandboxScenario::onPremisesGatewayId, context, done);
    });
    ASSERT_TRUE(gateway.ok()) << details(gateway.error());
    ASSERT_TRUE(gateway.value().has_value());

    SandboxFault tripwire;
    tripwire.method = QStringLiteral("PATCH");
    tripwire.pathPattern = QStringLiteral("/gateways/");
    sandbox.addFault(tripwire);
    const auto pushed = call<Done>([&](QObject *context, auto done) {
        client.setEncryptedOAuth2Credentials(
            SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId,
            QStringLiteral("xero-token"), gateway.value()->publicKey(), context, done);
    });
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(pushed.error().field(), QStringLiteral("publicKey.modulus"));
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a credential was sent with an unusable key";

    // A publicKey that is not an object at all is a Parse error of the answer itself.
    SandboxFault wrongType = unreadable;
    wrongType.body = R"({"id":"g","publicKey":"AQAB"})";
    sandbox.clearFaults();
    sandbox.addFault(wrongType);
    const auto read = call<Gateway>([&](QObject *context, auto done) {
        client.getGateway(SandboxScenario::onPremisesGatewayId, context, done);
    });
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(read.error().field(), QStringLiteral("publicKey"));
}

TEST_F(PowerBiClientTest, AnEncryptedCredentialOnEachOnPremisesGatewayIsAccepted)
{
    const QString xeroToken = sandbox.issueXeroTokens({contosoLtd}).accessToken;
    const struct
    {
        QString gatewayId;
        QString datasourceId;
    } targets[] = {{SandboxScenario::onPremisesGatewayId, SandboxScenario::connectorDatasourceId},
                   {SandboxScenario::legacyGatewayId, SandboxScenario::boardDatasourceId}};
    for (const auto &target : targets) {
        const auto gateway = call<std::optional<Gateway>>([&](QObject *context, auto done) {
            client.findOnPremisesGateway(target.gatewayId, context, done);
        });
        ASSERT_TRUE(gateway.ok() && gateway.value().has_value());
        const auto pushed = call<Done>([&](QObject *context, auto done) {
            client.setEncryptedOAuth2Credentials(target.gatewayId, target.datasourceId, xeroToken,
                                                 gateway.value()->publicKey(), context, done);
        });
        EXPECT_TRUE(pushed.ok()) << details(pushed.error());
    }

    // The gateway read the Xero token out of it: the connector's refresh now completes.
    const DatasetRef connector(financeId, SandboxScenario::connectorDatasetId);
    const auto start = refreshNow(connector);
    ASSERT_TRUE(start.ok()) << details(start.error());
    sandbox.advanceClock(6);
    const auto finished = findRefresh(connector, start.value());
    ASSERT_TRUE(finished.ok() && finished.value().has_value());
    EXPECT_EQ(finished.value()->status(), Refresh::Status::Completed);
}

TEST_F(PowerBiClientTest, APlainCredentialOnAnOnPremisesGatewayIsRefused)
{
    const QString xeroToken = sandbox.issueXeroTokens({contosoLtd}).accessToken;
    const auto pushed = call<Done>([&](QObject *context, auto done) {
        client.setOAuth2Credentials(SandboxScenario::onPremisesGatewayId,
                                    SandboxScenario::connectorDatasourceId, xeroToken, context,
                                    done);
    });
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().httpStatus(), 400);
    EXPECT_EQ(pushed.error().code(), QStringLiteral("DMTS_InvalidEncryptionAlgorithmError"));

    // And the other way round: a cloud data source takes no encrypted credential.
    const auto gateway = call<Gateway>([&](QObject *context, auto done) {
        client.getGateway(SandboxScenario::onPremisesGatewayId, context, done);
    });
    ASSERT_TRUE(gateway.ok());
    const auto encrypted = call<Done>([&](QObject *context, auto done) {
        client.setEncryptedOAuth2Credentials(xeroGatewayId, xeroDatasourceId, xeroToken,
                                             gateway.value().publicKey(), context, done);
    });
    ASSERT_FALSE(encrypted.ok());
    EXPECT_EQ(encrypted.error().code(), QStringLiteral("DMTS_InvalidEncryptionAlgorithmError"));
}

TEST_F(PowerBiClientTest, ASecondRefreshWhileOneRunsIs400WithTheServiceMessage)
{
    ASSERT_TRUE(refreshNow(xero).ok());
    const auto second = refreshNow(xero);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(second.error().httpStatus(), 400);
    EXPECT_EQ(second.error().code(), QStringLiteral("InvalidRequest"));
    EXPECT_TRUE(second.error().message().contains(QLatin1String("already executing")));
    EXPECT_FALSE(second.error().requestId().isEmpty());
}

TEST_F(PowerBiClientTest, TakesOverADatasetConfiguredBySomeoneElse)
{
    const auto takenOver = call<Done>(
        [&](QObject *context, auto done) { client.takeOver(salesPipeline, context, done); });
    ASSERT_TRUE(takenOver.ok()) << details(takenOver.error());
    const auto finance = call<QList<Dataset>>(
        [&](QObject *context, auto done) { client.listDatasets(financeId, context, done); });
    ASSERT_TRUE(finance.ok()) << details(finance.error());
    for (const Dataset &dataset : finance.value())
        EXPECT_EQ(dataset.configuredBy(), QStringLiteral("alex@contoso.example"));
}

TEST_F(PowerBiClientTest, ReadsOneDatasetWithItsCurrentOwner)
{
    const auto before = call<Dataset>(
        [&](QObject *context, auto done) { client.getDataset(salesPipeline, context, done); });
    ASSERT_TRUE(before.ok()) << details(before.error());
    EXPECT_EQ(before.value().id(), salesPipeline.datasetId());
    EXPECT_EQ(before.value().workspaceId(), financeId);
    EXPECT_EQ(before.value().configuredBy(), QStringLiteral("jordan@contoso.example"));

    ASSERT_TRUE(call<Done>([&](QObject *context, auto done) {
                    client.takeOver(salesPipeline, context, done);
                }).ok());
    const auto after = call<Dataset>(
        [&](QObject *context, auto done) { client.getDataset(salesPipeline, context, done); });
    ASSERT_TRUE(after.ok()) << details(after.error());
    EXPECT_EQ(after.value().configuredBy(), QStringLiteral("alex@contoso.example"));
}

TEST_F(PowerBiClientTest, TakeOverInMyWorkspaceIsRefusedWithoutARequest)
{
    const auto takenOver =
        call<Done>([&](QObject *context, auto done) { client.takeOver(budget, context, done); });
    ASSERT_FALSE(takenOver.ok());
    EXPECT_EQ(takenOver.error().code(), QStringLiteral("NotInWorkspace"));
}

TEST_F(PowerBiClientTest, AnUnknownDatasetIs404WithCodeAndRequestId)
{
    const auto schedule = call<RefreshSchedule>([&](QObject *context, auto done) {
        client.refreshSchedule(DatasetRef(financeId, QStringLiteral("no-such-dataset")), context,
                               done);
    });
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(schedule.error().httpStatus(), 404);
    EXPECT_EQ(schedule.error().code(), QStringLiteral("PowerBIEntityNotFound"));
    EXPECT_FALSE(schedule.error().requestId().isEmpty());
}

TEST_F(PowerBiClientTest, MalformedJsonIsAParseErrorWithTheRequestId)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .answering(200)
                         .withMalformedJson());
    const auto refreshes = history(xero);
    ASSERT_FALSE(refreshes.ok());
    EXPECT_EQ(refreshes.error().kind(), ApiError::Kind::Parse);
}

TEST_F(PowerBiClientTest, AnOddButRealAnswerIsRead)
{
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
            .answering(200)
            .withBody(R"({"odata.context":"x","value":[{"id":7,"refreshType":"ReliableProcessing",
        "startTime":"2024-05-01T10:00:00","status":"Unknown","serviceExceptionJson":""}]})"));
    const auto refreshes = history(xero);
    ASSERT_TRUE(refreshes.ok()) << details(refreshes.error());
    EXPECT_EQ(refreshes.value().at(0).refreshTypeText(), QStringLiteral("ReliableProcessing"));
    EXPECT_TRUE(refreshes.value().at(0).isRunning());
}

TEST_F(PowerBiClientTest, AWrongTypeInAnAnswerNamesTheField)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshSchedule$"))
                         .answering(200)
                         .withBody(R"({"days":[],"enabled":"yes"})"));
    const auto schedule = call<RefreshSchedule>(
        [&](QObject *context, auto done) { client.refreshSchedule(xero, context, done); });
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(schedule.error().field(), QStringLiteral("enabled"));
    EXPECT_FALSE(schedule.error().requestId().isEmpty());
}

TEST_F(PowerBiClientTest, AnHourLaterTheTokenHasExpired)
{
    sandbox.advanceClock(3601);
    const auto schedule = call<RefreshSchedule>(
        [&](QObject *context, auto done) { client.refreshSchedule(xero, context, done); });
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind(), ApiError::Kind::TokenExpired);
    EXPECT_EQ(schedule.error().httpStatus(), 403);
}

TEST_F(PowerBiClientTest, ThrottledPagingIsRetriedAndCompletes)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/groups$"))
                         .answering(429)
                         .withHeader("Retry-After", "0")
                         .forRequests(2));
    sandbox.addWorkspaces(5);
    client.setWorkspacePageSize(3);
    const auto workspaces = call<QList<Workspace>>(
        [&](QObject *context, auto done) { client.listWorkspaces(context, done); });
    ASSERT_TRUE(workspaces.ok()) << details(workspaces.error());
    EXPECT_EQ(workspaces.value().size(), 7);
}

TEST_F(PowerBiClientTest, CancelStopsACallAndSaysSo)
{
    sandbox.setLatency(1000);
    std::optional<Result<RefreshSchedule>> result;
    client.updateRefreshSchedule(xero, RefreshScheduleChange::disable(), &context,
                                 [&result](Result<RefreshSchedule> r) { result.emplace(r); });
    QTest::qWait(100);
    client.cancel(&context);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->error().kind(), ApiError::Kind::Cancelled);
}

TEST_F(PowerBiClientTest, NoCallbackAfterTheContextIsDestroyedMidPaging)
{
    sandbox.addWorkspaces(10);
    client.setWorkspacePageSize(2);
    sandbox.setLatency(100);
    auto *page = new QObject;
    bool called = false;
    client.listWorkspaces(page, [&called](Result<QList<Workspace>>) { called = true; });
    QTest::qWait(250); // a page or two in
    delete page;
    EXPECT_EQ(transport.pendingCount(), 0);
    QTest::qWait(300);
    EXPECT_FALSE(called);
}
