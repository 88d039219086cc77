#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

static const QString groups = QStringLiteral("/v1.0/myorg/groups");

class SandboxServerTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        token = server.issuePowerBiAccessToken();
    }
    QString token;
};

TEST_F(SandboxServerTest, Fault429DeliversRetryAfterOnceThenTheRealAnswer)
{
    server.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/myorg/groups$"))
            .answering(429)
            .withHeader("Retry-After", "2"));
    const HttpResult throttled = client->get(groups, token);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("Retry-After"), QByteArray("2"));
    EXPECT_FALSE(throttled.header("RequestId").isEmpty());
    EXPECT_EQ(client->get(groups, token).status, 200);
}

TEST_F(SandboxServerTest, FaultOnlyHitsMatchingMethodAndPath)
{
    server.addFault(
        SandboxFault::on(QStringLiteral("POST"), QStringLiteral("/refreshes$")).answering(503));
    EXPECT_EQ(client->get(groups, token).status, 200);
    EXPECT_EQ(server.pendingFaults(), 1);
}

TEST_F(SandboxServerTest, MalformedJsonFaultGivesAnUnparseableBody)
{
    server.addFault(
        SandboxFault::onAnyMethod(QStringLiteral("/groups")).answering(200).withMalformedJson());
    const HttpResult broken = client->get(groups, token);
    EXPECT_EQ(broken.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
}

TEST_F(SandboxServerTest, DroppedConnectionIsANetworkErrorForTheClient)
{
    // QNetworkAccessManager resends a request once, on a new connection, when the connection
    // closes before any answer: two drops make the client see the failure.
    server.addFault(SandboxFault::onAnyMethod(QStringLiteral("/groups"))
                        .droppingTheConnection()
                        .forRequests(2));
    SandboxTestClient fresh(server.rootUrl());
    const HttpResult dropped = fresh.get(groups, token);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    EXPECT_EQ(dropped.status, 0);
    EXPECT_EQ(server.pendingFaults(), 0);
    EXPECT_EQ(fresh.get(groups, token).status, 200);
}

TEST_F(SandboxServerTest, FaultCanServeA200WithACustomBody)
{
    const SandboxFault fault =
        SandboxFault::onAnyMethod(QStringLiteral("/groups"))
            .answering(200)
            .withBody(R"({"value":[{"id":"x","name":"Odd","isOnDedicatedCapacity":"maybe"}]})");
    server.addFault(fault);
    const HttpResult odd = client->get(groups, token);
    EXPECT_EQ(odd.status, 200);
    EXPECT_EQ(odd.body, fault.body);
    EXPECT_TRUE(odd.header("Content-Type").startsWith("application/json"));
}

TEST_F(SandboxServerTest, PowerBiErrorFaultAnswersTheDocumentedErrorBody)
{
    server.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/groups$"))
                        .withPowerBiError(400, QStringLiteral("InvalidRequest"),
                                          QStringLiteral("The schedule cannot be changed.")));
    const HttpResult refused = client->get(groups, token);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.header("Content-Type").startsWith("application/json"));
    const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("InvalidRequest"));
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(),
              QStringLiteral("The schedule cannot be changed."));
}

TEST_F(SandboxServerTest, ADelayedFaultAnswersLateAndOnlyItsRoute)
{
    server.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/myorg/groups$"))
            .answering(503)
            .answeringAfter(300));
    const HttpResult late = client->get(groups, token);
    EXPECT_EQ(late.status, 503);
    EXPECT_GE(late.elapsedMs, 290);
    const HttpResult next = client->get(groups, token);
    EXPECT_EQ(next.status, 200);
    EXPECT_LT(next.elapsedMs, 290);
}

// A slow service, not a broken one: the answer it would have given, only later.
TEST_F(SandboxServerTest, ADelayedRealAnswerIsTheServicesOwnAnswerLate)
{
    const QJsonObject fault{{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("^/v1\\.0/myorg/groups$")},
                            {QStringLiteral("realAnswer"), true},
                            {QStringLiteral("delayMilliseconds"), 300}};
    ASSERT_EQ(client->postJson(QStringLiteral("/_sandbox/faults"), fault).status, 200);
    const HttpResult late = client->get(groups, token);
    EXPECT_EQ(late.status, 200);
    EXPECT_GE(late.elapsedMs, 290);
    EXPECT_TRUE(late.json().value(QStringLiteral("value")).isArray());
    EXPECT_EQ(server.pendingFaults(), 0);
    EXPECT_EQ(client
                  ->postJson(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("path"), QStringLiteral("^/")},
                              {QStringLiteral("delayMilliseconds"), -5}})
                  .status,
              400);
}

TEST_F(SandboxServerTest, LatencyDelaysEveryAnswer)
{
    server.setLatency(300);
    const HttpResult slow = client->get(groups, token);
    EXPECT_EQ(slow.status, 200);
    EXPECT_GE(slow.elapsedMs, 290);
    server.setLatency(0);
    EXPECT_LT(client->get(groups, token).elapsedMs, 290);
}

TEST_F(SandboxServerTest, ClientThatLeavesDuringLatencyDoesNotHurtTheServer)
{
    server.setLatency(200);
    QNetworkRequest request(QUrl(server.rootUrl().toString() + groups));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = client->network().get(request);
    QTest::qWait(50);
    reply->abort();
    reply->deleteLater();
    QTest::qWait(300);
    server.setLatency(0);
    EXPECT_EQ(client->get(groups, token).status, 200);
}

TEST_F(SandboxServerTest, ControlRoutesWorkOverHttp)
{
    const HttpResult clock = client->postJson(QStringLiteral("/_sandbox/clock"),
                                              {{QStringLiteral("advanceSeconds"), 3601}});
    ASSERT_EQ(clock.status, 200);
    const QDateTime reported = QDateTime::fromString(
        clock.json().value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
    EXPECT_GE(reported.secsTo(server.now()), -2);
    EXPECT_GE(QDateTime::currentDateTimeUtc().secsTo(reported), 3590);
    EXPECT_EQ(client->get(groups, token).errorCode(), QStringLiteral("TokenExpired"));
    EXPECT_EQ(client->get(QStringLiteral("/_sandbox/clock"))
                  .json()
                  .value(QStringLiteral("offsetSeconds"))
                  .toInt(),
              3601);

    const QString fresh = server.issuePowerBiAccessToken();
    const QJsonObject fault{{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("^/v1\\.0/myorg/groups$")},
                            {QStringLiteral("status"), 429},
                            {QStringLiteral("headers"),
                             QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("7")}}},
                            {QStringLiteral("times"), 1}};
    EXPECT_EQ(client->postJson(QStringLiteral("/_sandbox/faults"), fault).status, 200);
    EXPECT_EQ(client->get(groups, fresh).header("Retry-After"), QByteArray("7"));

    EXPECT_EQ(
        client
            ->postJson(QStringLiteral("/_sandbox/latency"), {{QStringLiteral("milliseconds"), 250}})
            .status,
        200);
    EXPECT_GE(client->get(groups, fresh).elapsedMs, 240);

    EXPECT_EQ(client->postJson(QStringLiteral("/_sandbox/reset"), {}).status, 200);
    EXPECT_EQ(server.latency(), 0);
    EXPECT_EQ(server.clockOffsetSeconds(), 0);
    // The ready scenario again: tokens issued before are gone.
    EXPECT_EQ(client->get(groups, fresh).status, 401);
}

TEST_F(SandboxServerTest, ControlRoutesRefuseBadInput)
{
    EXPECT_EQ(client
                  ->postJson(QStringLiteral("/_sandbox/clock"),
                             {{QStringLiteral("advanceSeconds"), QStringLiteral("soon")}})
                  .status,
              400);
    EXPECT_EQ(client->send("POST", QStringLiteral("/_sandbox/faults"), "{not json").status, 400);
    EXPECT_EQ(client
                  ->postJson(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("path"), QStringLiteral("([")}})
                  .status,
              400);
    EXPECT_EQ(
        client
            ->postJson(QStringLiteral("/_sandbox/latency"), {{QStringLiteral("milliseconds"), -1}})
            .status,
        400);
    EXPECT_EQ(client->get(QStringLiteral("/_sandbox/nothing")).status, 404);
}

TEST_F(SandboxServerTest, ResetBringsTheReadyScenarioBack)
{
    ASSERT_EQ(client
                  ->postJson(QStringLiteral("/v1.0/myorg/groups/") +
                                 SandboxScenario::financeWorkspaceId +
                                 QStringLiteral("/datasets/") + SandboxScenario::salesDatasetId +
                                 QStringLiteral("/Default.TakeOver"),
                             {}, token)
                  .status,
              200);
    server.reset();
    const QString fresh = server.issuePowerBiAccessToken();
    const QJsonArray datasets =
        client
            ->get(QStringLiteral("/v1.0/myorg/groups/") + SandboxScenario::financeWorkspaceId +
                      QStringLiteral("/datasets"),
                  fresh)
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    // Xero, Sales Pipeline (Jordan's again), Xero via connector and Cash Flow.
    ASSERT_EQ(datasets.size(), 4);
    EXPECT_EQ(datasets.at(1).toObject().value(QStringLiteral("configuredBy")).toString(),
              SandboxScenario::otherOwner);
}

TEST(SandboxServerInstances, TwoSandboxesInOneProcessAreIndependent)
{
    SandboxServer first;
    SandboxServer second;
    ASSERT_TRUE(first.listen());
    ASSERT_TRUE(second.listen());
    EXPECT_NE(first.port(), second.port());
    first.advanceClock(3601);
    const QString token = first.issuePowerBiAccessToken();
    SandboxTestClient toSecond(second.rootUrl());
    EXPECT_EQ(toSecond.get(groups, token).status, 401);
    EXPECT_EQ(toSecond.get(groups, second.issuePowerBiAccessToken()).status, 200);
    EXPECT_EQ(second.clockOffsetSeconds(), 0);
}

TEST_F(SandboxServerTest, TheOriginsAreListedAndEachIsItsOwnPortOnLoopback)
{
    const QJsonObject origins = client->get(QStringLiteral("/_sandbox/origins")).json();
    EXPECT_EQ(origins.value(QStringLiteral("main")).toString(), server.rootUrl().toString());
    QSet<int> ports;
    for (const SandboxOrigin origin : SandboxOrigins::all()) {
        const QUrl url = server.originUrl(origin);
        EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(origins.value(SandboxOrigins::name(origin)).toString(), url.toString());
        ports.insert(url.port());
    }
    EXPECT_EQ(ports.size(), 4);
    // Only the main origin has the control routes and the APIs.
    SandboxTestClient google(server.originUrl(SandboxOrigin::Google));
    EXPECT_EQ(google.get(QStringLiteral("/_sandbox/origins")).status, 404);
    EXPECT_EQ(google.get(groups, token).status, 404);
}

TEST(SandboxServerInstances, ListenReportsATakenPort)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost));
    SandboxServer server;
    EXPECT_FALSE(server.listen(occupant.serverPort()));
    EXPECT_FALSE(server.errorString().isEmpty());
}

TEST(SandboxBinary, PrintsTheListeningLineAndServes)
{
    QProcess process;
    process.start(QStringLiteral(XRA_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.count('\n') >= 4;
        },
        10000));
    // The listening line first, then one line for each other origin.
    static const QRegularExpression line(
        QStringLiteral("^Sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))\n"));
    const auto match = line.match(QString::fromUtf8(output));
    ASSERT_TRUE(match.hasMatch()) << output.toStdString();
    EXPECT_GT(match.captured(2).toInt(), 0);

    SandboxTestClient client{QUrl(match.captured(1))};
    EXPECT_EQ(client.get(QStringLiteral("/_sandbox/clock")).status, 200);
    const QJsonObject origins = client.get(QStringLiteral("/_sandbox/origins")).json();
    EXPECT_EQ(origins.value(QStringLiteral("main")).toString(), match.captured(1));
    for (const char *name : {"xeroAuthorize", "identityProvider", "google"}) {
        const QString url = origins.value(QLatin1String(name)).toString();
        EXPECT_TRUE(output.contains(
            QStringLiteral("Sandbox origin %1: %2 ").arg(QLatin1String(name), url).toUtf8()))
            << output.toStdString();
    }
    process.kill();
    process.waitForFinished(5000);
}

TEST(SandboxBinary, ExitsWithOneWhenThePortIsTaken)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(QStringLiteral(XRA_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QString::number(occupant.serverPort())});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains("cannot listen"));
}

// The benchmark's sandbox: a round-trip time and a generated catalogue from the command line.
TEST(SandboxBinary, TakesALatencyAndAGeneratedCatalogue)
{
    QProcess process;
    process.start(QStringLiteral(XRA_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency"),
                   QStringLiteral("40"), QStringLiteral("--workspaces"), QStringLiteral("3"),
                   QStringLiteral("--datasets-each"), QStringLiteral("2"),
                   QStringLiteral("--xero-every"), QStringLiteral("2")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains('\n');
        },
        10000));
    const auto match =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)\n"))
            .match(QString::fromUtf8(output));
    ASSERT_TRUE(match.hasMatch()) << output.toStdString();
    SandboxTestClient client{QUrl(match.captured(1))};
    EXPECT_EQ(client.get(QStringLiteral("/_sandbox/latency"))
                  .json()
                  .value(QStringLiteral("milliseconds"))
                  .toInt(),
              40);
    const QString token =
        client
            .postForm(QStringLiteral("/contoso/oauth2/v2.0/token"),
                      {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                       {QStringLiteral("client_id"), QStringLiteral("sandbox-client")},
                       {QStringLiteral("client_secret"), QStringLiteral("sandbox-secret")},
                       {QStringLiteral("scope"),
                        QStringLiteral("https://analysis.windows.net/powerbi/api/"
                                       ".default")}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString();
    const HttpResult datasets = client.get(
        QStringLiteral("/v1.0/myorg/groups/9a0b1c2d-3e4f-4a5b-8c6d-000000000004/datasets"), token);
    EXPECT_EQ(datasets.json().value(QStringLiteral("value")).toArray().size(), 2);
    // Every answer but the control routes' comes after the round trip.
    EXPECT_GE(datasets.elapsedMs, 40);
    process.kill();
    process.waitForFinished(5000);
}

TEST(SandboxBinary, RefusesACatalogueOptionThatIsNotANumber)
{
    QProcess process;
    process.start(QStringLiteral(XRA_SANDBOX_BINARY),
                  {QStringLiteral("--workspaces"), QStringLiteral("many")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--workspaces needs a number"));
}
