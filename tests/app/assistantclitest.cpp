// The command line of xero-refresh-assistant, as scripts use it: the real binary (QProcess)
// against the built-in sandbox (--sandbox) or against a standalone xero-refresh-sandbox with
// faults injected through its /_sandbox routes.
#include "awaitresult.h"
#include "chosenorganisation.h"
#include "credentialrecords.h"
#include "endpoints.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "oauthtokens.h"
#include "powerbiclient.h"
#include "sandboxbrowser.h"
#include "sandboxscenario.h"
#include "tokenstore.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QString financeWorkspaceId = QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10");
const QString xeroDatasetId = QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601");
// "Xero via connector", the scenario's second dataset that says Xero: commands that mean the
// broken "Xero" dataset name it (--dataset Xero), since two candidates are never guessed between.
const QString connectorDatasetId = QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f604");

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    bool outIsOneJsonDocument() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError && document.isObject();
    }
};

// Marks of every secret the sandbox hands out: Microsoft access tokens are JWTs ("eyJ..."),
// refresh and Xero tokens carry "sbx-" prefixes; plus the service principal's secret.
void expectNoSecrets(const ProcessRun &run)
{
    static const QStringList marks = {QStringLiteral("eyJ"),       QStringLiteral("sbx-ms-"),
                                      QStringLiteral("sbx-xero-"), QStringLiteral("sandbox-secret"),
                                      QStringLiteral("Bearer"),    QStringLiteral("access_token")};
    for (const QString &mark : marks) {
        EXPECT_FALSE(run.out.contains(mark)) << "stdout shows " << mark.toStdString();
        EXPECT_FALSE(run.err.contains(mark)) << "stderr shows " << mark.toStdString();
    }
}

// A clean environment: no service principal, no endpoint variables, settings and keychain of
// a throw-away home.
QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("AZURE_CLIENT_ID"),
          QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("AZURE_AUTHORITY_HOST"),
          QStringLiteral("POWERBI_API_ROOT"), QStringLiteral("QT_LOGGING_RULES")})
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

ProcessRun runAssistant(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    static QTemporaryDir home;
    QProcessEnvironment environment = isolatedEnvironment(home.path());
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(XRA_ASSISTANT), arguments);
    ProcessRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    expectNoSecrets(run);
    return run;
}

// xero-refresh-sandbox as a child process, for the faults that --sandbox cannot inject.
class StandaloneSandbox
{
public:
    bool start()
    {
        m_process.start(QStringLiteral(XRA_SANDBOX),
                        {QStringLiteral("--port"), QStringLiteral("0")});
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
    ~StandaloneSandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    QString root() const { return m_root; }

    QJsonObject send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json",
                     const QByteArray &bearer = {})
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
    void reset() { send("POST", QStringLiteral("/_sandbox/reset")); }
    void addFault(const QJsonObject &fault)
    {
        send("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault).toJson());
    }
    int pendingFaults()
    {
        return send("GET", QStringLiteral("/_sandbox/faults"))
            .value(QStringLiteral("pendingFaults"))
            .toInt(-1);
    }
    // The service principal's token, kept inside the test (the program never sees it).
    QByteArray servicePrincipalToken()
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

    // The service principal, pointed at this sandbox, as a script would configure it.
    QProcessEnvironment
    servicePrincipal(const QString &secret = QStringLiteral("sandbox-secret")) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("contoso"));
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("sandbox-client"));
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), secret);
        environment.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), m_root);
        environment.insert(QStringLiteral("POWERBI_API_ROOT"), m_root);
        return environment;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_root;
};

class AssistantAgainstStandaloneSandbox : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox = new StandaloneSandbox;
        ASSERT_TRUE(sandbox->start());
    }
    static void TearDownTestSuite()
    {
        delete sandbox;
        sandbox = nullptr;
    }
    void SetUp() override { sandbox->reset(); }

    ProcessRun assistant(const QStringList &arguments,
                         const QString &secret = QStringLiteral("sandbox-secret"))
    {
        return runAssistant(arguments, sandbox->servicePrincipal(secret));
    }

    static QJsonObject fault(const QString &method, const QString &path, int status)
    {
        return {{QStringLiteral("method"), method},
                {QStringLiteral("path"), path},
                {QStringLiteral("status"), status}};
    }

    static inline StandaloneSandbox *sandbox = nullptr;
};

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QStringList refreshKeys = {QStringLiteral("endTime"),     QStringLiteral("errorCode"),
                                 QStringLiteral("explanation"), QStringLiteral("refreshType"),
                                 QStringLiteral("requestId"),   QStringLiteral("startTime"),
                                 QStringLiteral("status")};

} // namespace

// ---- options and usage ----------------------------------------------------------------------

TEST(AssistantCommandLine, VersionPrintsTheProjectVersion)
{
    const ProcessRun run = runAssistant({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QLatin1String(XRA_VERSION))) << run.out.toStdString();
}

TEST(AssistantCommandLine, HelpFollowsTheLanguageOptionAndListsTheCommands)
{
    const ProcessRun english =
        runAssistant({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(english.exitCode, 0);
    EXPECT_TRUE(english.out.contains(QLatin1String("Repairs the Xero refresh")));
    for (const char *command : {"datasets", "status", "history", "schedule", "refresh-now"})
        EXPECT_TRUE(english.out.contains(QLatin1String(command))) << command;
    // --sandbox works both ways: the windows without a command, else the command. Simplified:
    // the help wraps option descriptions.
    EXPECT_TRUE(
        english.out.simplified().contains(QLatin1String("without a command, the windows open")))
        << english.out.toStdString();

    const ProcessRun french = runAssistant({QStringLiteral("--lang=fr"), QStringLiteral("--help")});
    EXPECT_EQ(french.exitCode, 0);
    EXPECT_TRUE(french.out.contains(QStringLiteral("Répare pas à pas")))
        << french.out.toStdString();
}

TEST(AssistantCommandLine, UnknownLanguageIsAUsageErrorThatNamesIt)
{
    const ProcessRun run = runAssistant({QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("\"de\""))) << run.err.toStdString();
}

TEST(AssistantCommandLine, UnknownOptionIsAUsageError)
{
    const ProcessRun run = runAssistant({QStringLiteral("--no-such-option")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("no-such-option"))) << run.err.toStdString();
}

TEST(AssistantCommandLine, WithoutAnyAccountItSaysHowToSignInAndExitsThree)
{
    const ProcessRun run = runAssistant({QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("AZURE_CLIENT_SECRET"))) << run.err.toStdString();
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("SignInNeeded"));
}

// ---- every command against the built-in sandbox ---------------------------------------------

TEST(AssistantWithBuiltInSandbox, DatasetsListsTheWorkspacesWithTheXeroDatasetMarked)
{
    const ProcessRun run = runAssistant(
        {QStringLiteral("--sandbox"), QStringLiteral("datasets"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    const QJsonArray workspaces = run.json()[QStringLiteral("workspaces")].toArray();
    ASSERT_EQ(workspaces.size(), 2) << "a service principal has no My workspace";
    const QJsonObject finance = workspaces.at(0).toObject();
    EXPECT_EQ(finance[QStringLiteral("id")].toString(), financeWorkspaceId);
    const QJsonObject first = finance[QStringLiteral("datasets")].toArray().at(0).toObject();
    EXPECT_EQ(keysOf(first), QStringList({QStringLiteral("configuredBy"), QStringLiteral("id"),
                                          QStringLiteral("isXero"), QStringLiteral("name")}));
    EXPECT_EQ(first[QStringLiteral("id")].toString(), xeroDatasetId);
    EXPECT_TRUE(first[QStringLiteral("isXero")].toBool());
    // Xero via connector says Xero too; Sales Pipeline, last, does not.
    const QJsonArray financeDatasets = finance[QStringLiteral("datasets")].toArray();
    ASSERT_EQ(financeDatasets.size(), 3);
    EXPECT_EQ(financeDatasets.at(1)[QStringLiteral("id")].toString(), connectorDatasetId);
    EXPECT_TRUE(financeDatasets.at(1)[QStringLiteral("isXero")].toBool());
    EXPECT_FALSE(financeDatasets.at(2)[QStringLiteral("isXero")].toBool());
}

TEST(AssistantWithBuiltInSandbox, StatusOfTheBrokenDatasetExitsOneWithTheCredentialsExplanation)
{
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("status"),
                                         QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                         QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    const QJsonObject status = run.json();
    EXPECT_EQ(keysOf(status),
              QStringList({QStringLiteral("credential"), QStringLiteral("dataset"),
                           QStringLiteral("datasources"), QStringLiteral("lastRefresh"),
                           QStringLiteral("refreshesLeftToday"), QStringLiteral("refreshesToday"),
                           QStringLiteral("repair"), QStringLiteral("schedule"),
                           QStringLiteral("workspace"), QStringLiteral("xeroDatasourceId")}));
    // The verdict is read from the service: the last refresh failed on the credential.
    EXPECT_EQ(status[QStringLiteral("credential")][QStringLiteral("kind")].toString(),
              QStringLiteral("broken"));
    const QJsonObject repair = status[QStringLiteral("repair")].toObject();
    EXPECT_FALSE(repair[QStringLiteral("finished")].toBool());
    QStringList leftCodes;
    for (const QJsonValue &item : repair[QStringLiteral("left")].toArray())
        leftCodes.append(item[QStringLiteral("code")].toString());
    EXPECT_EQ(leftCodes,
              QStringList({QStringLiteral("credentialBroken"), QStringLiteral("scheduleOff"),
                           QStringLiteral("noCompletedRefresh")}));
    const QJsonObject last = status[QStringLiteral("lastRefresh")].toObject();
    EXPECT_EQ(keysOf(last), refreshKeys);
    EXPECT_EQ(last[QStringLiteral("status")].toString(), QStringLiteral("Failed"));
    EXPECT_EQ(last[QStringLiteral("errorCode")].toString(),
              QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
    EXPECT_TRUE(last[QStringLiteral("explanation")].toString().contains(QLatin1String("Xero")));
    // Times exactly as the service wrote them.
    EXPECT_TRUE(last[QStringLiteral("startTime")].toString().endsWith(QLatin1Char('Z')));

    const QJsonObject schedule = status[QStringLiteral("schedule")].toObject();
    EXPECT_FALSE(schedule[QStringLiteral("enabled")].toBool());
    EXPECT_FALSE(schedule[QStringLiteral("isDaily")].toBool());
    EXPECT_EQ(schedule[QStringLiteral("localTimeZoneId")].toString(),
              QStringLiteral("Romance Standard Time"));
    const int today = status[QStringLiteral("refreshesToday")].toInt(-1);
    EXPECT_GE(today, 0);
    EXPECT_EQ(status[QStringLiteral("refreshesLeftToday")].toInt(-1), std::max(0, 8 - today));
    EXPECT_TRUE(status[QStringLiteral("workspace")][QStringLiteral("name")] ==
                QStringLiteral("Finance"));
    const QJsonObject source = status[QStringLiteral("datasources")].toArray().at(0).toObject();
    EXPECT_EQ(source[QStringLiteral("connectionDetails")][QStringLiteral("kind")].toString(),
              QStringLiteral("Xero"));
}

TEST(AssistantWithBuiltInSandbox, StatusWithoutJsonIsAFewLinesWithThePlainDiagnosis)
{
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("status"),
                                         QStringLiteral("--dataset"), QStringLiteral("Xero")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QLatin1String("Last refresh:"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("Sign in to Xero again"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("Broken: the refresh of"))) << run.out.toStdString();
    EXPECT_LE(run.out.count(QLatin1Char('\n')), 13);
}

TEST(AssistantWithBuiltInSandbox, HistoryAsksTheServiceForTop)
{
    const ProcessRun run =
        runAssistant({QStringLiteral("--sandbox"), QStringLiteral("history"),
                      QStringLiteral("--dataset"), QStringLiteral("Xero"), QStringLiteral("--top"),
                      QStringLiteral("2"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray refreshes = run.json()[QStringLiteral("refreshes")].toArray();
    ASSERT_EQ(refreshes.size(), 2);
    EXPECT_EQ(keysOf(refreshes.at(0).toObject()), refreshKeys);
    EXPECT_EQ(run.json()[QStringLiteral("dataset")][QStringLiteral("id")].toString(),
              xeroDatasetId);
}

TEST(AssistantWithBuiltInSandbox, ScheduleShowsTheScheduleOfTheNamedDataset)
{
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("schedule"),
                                         QStringLiteral("--workspace"), QStringLiteral("Finance"),
                                         QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                         QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject schedule = run.json()[QStringLiteral("schedule")].toObject();
    EXPECT_EQ(keysOf(schedule),
              QStringList({QStringLiteral("days"), QStringLiteral("enabled"),
                           QStringLiteral("isDaily"), QStringLiteral("localTimeZoneId"),
                           QStringLiteral("notifyOption"), QStringLiteral("times")}));
    EXPECT_EQ(schedule[QStringLiteral("times")].toArray().at(0).toString(),
              QStringLiteral("07:00"));
}

TEST(AssistantWithBuiltInSandbox, RefreshNowWithoutWaitIsAccepted)
{
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("refresh-now"),
                                         QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                         QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject answer = run.json();
    EXPECT_EQ(keysOf(answer),
              QStringList({QStringLiteral("credentialsPushed"), QStringLiteral("dataset"),
                           QStringLiteral("lastRefresh"), QStringLiteral("requestId"),
                           QStringLiteral("status"), QStringLiteral("workspace")}));
    EXPECT_EQ(answer[QStringLiteral("status")].toString(), QStringLiteral("Accepted"));
    EXPECT_FALSE(answer[QStringLiteral("requestId")].toString().isEmpty());
    EXPECT_FALSE(answer[QStringLiteral("credentialsPushed")].toBool());
}

TEST(AssistantWithBuiltInSandbox, RefreshNowWaitFollowsItToTheFailureAndExitsOne)
{
    // Nothing to push in a fresh sandbox: the refresh fails like the scheduled ones did.
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("refresh-now"),
                                         QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                         QStringLiteral("--wait"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("status")].toString(), QStringLiteral("Failed"));
    const QJsonObject last = run.json()[QStringLiteral("lastRefresh")].toObject();
    EXPECT_EQ(last[QStringLiteral("refreshType")].toString(), QStringLiteral("ViaApi"));
    EXPECT_FALSE(last[QStringLiteral("endTime")].isNull());
    EXPECT_TRUE(run.err.contains(QLatin1String("running"))) << "progress goes to stderr";
}

TEST(AssistantWithBuiltInSandbox, RefreshNowWaitGivesUpAtTheTimeoutWithExitFive)
{
    const ProcessRun run =
        runAssistant({QStringLiteral("--sandbox"), QStringLiteral("refresh-now"),
                      QStringLiteral("--dataset"), QStringLiteral("Xero"), QStringLiteral("--wait"),
                      QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("status")].toString(), QStringLiteral("Unknown"));
    EXPECT_TRUE(run.json()[QStringLiteral("lastRefresh")][QStringLiteral("endTime")].isNull());
}

TEST(AssistantWithBuiltInSandbox, AnUnknownDatasetExitsTwoAndSaysSo)
{
    const ProcessRun run = runAssistant({QStringLiteral("--sandbox"), QStringLiteral("status"),
                                         QStringLiteral("--dataset"), QStringLiteral("Payroll"),
                                         QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("DatasetNotFound"));
    EXPECT_TRUE(run.err.contains(QLatin1String("Payroll")));
}

// ---- against a standalone sandbox: service principal, faults, nothing sent ------------------

TEST_F(AssistantAgainstStandaloneSandbox, AServicePrincipalFromTheEnvironmentReadsTheStatus)
{
    const ProcessRun run = assistant({QStringLiteral("status"), QStringLiteral("--dataset"),
                                      QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("dataset")][QStringLiteral("id")].toString(),
              xeroDatasetId);
}

// An empty root variable is not "the public cloud": the secret would go there.
TEST_F(AssistantAgainstStandaloneSandbox, AnEmptyRootVariableIsRefusedBeforeAnySignIn)
{
    for (const char *variable : {"AZURE_AUTHORITY_HOST", "POWERBI_API_ROOT"}) {
        QProcessEnvironment environment =
            sandbox->servicePrincipal(QStringLiteral("sandbox-secret"));
        environment.insert(QLatin1String(variable), QString());
        const ProcessRun run = runAssistant({QStringLiteral("status")}, environment);
        EXPECT_EQ(run.exitCode, 2) << variable << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(variable))) << run.err.toStdString();
    }
}

TEST_F(AssistantAgainstStandaloneSandbox, AWrongSecretIsASignInRefusalWithExitThree)
{
    const ProcessRun run = assistant({QStringLiteral("status"), QStringLiteral("--json")},
                                     QStringLiteral("not-the-secret"));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.outIsOneJsonDocument());
    EXPECT_FALSE(run.out.contains(QLatin1String("not-the-secret")));
    EXPECT_FALSE(run.err.contains(QLatin1String("not-the-secret")));
}

TEST_F(AssistantAgainstStandaloneSandbox, SetDailyAsAServicePrincipalIsReadBackWithNoNotification)
{
    // The service principal becomes the owner first, as a script would with Take over.
    const QByteArray token = sandbox->servicePrincipalToken();
    sandbox->send("POST",
                  QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/Default.TakeOver")
                      .arg(financeWorkspaceId, xeroDatasetId),
                  {}, "application/json", token);

    const ProcessRun run =
        assistant({QStringLiteral("schedule"), QStringLiteral("--dataset"), QStringLiteral("Xero"),
                   QStringLiteral("--set-daily"), QStringLiteral("06:00,18:30"),
                   QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject schedule = run.json()[QStringLiteral("schedule")].toObject();
    EXPECT_TRUE(schedule[QStringLiteral("enabled")].toBool());
    EXPECT_TRUE(schedule[QStringLiteral("isDaily")].toBool());
    EXPECT_EQ(schedule[QStringLiteral("days")].toArray().size(), 7);
    EXPECT_EQ(schedule[QStringLiteral("times")].toArray(),
              QJsonArray({QStringLiteral("06:00"), QStringLiteral("18:30")}));
    EXPECT_EQ(schedule[QStringLiteral("localTimeZoneId")].toString(), QStringLiteral("UTC"));
    EXPECT_EQ(schedule[QStringLiteral("notifyOption")].toString(),
              QStringLiteral("NoNotification"));
}

// Power BI says yes and changes nothing: the read-back decides, exit 4 with what differs.
TEST_F(AssistantAgainstStandaloneSandbox, AScheduleChangeThePowerBiAnswerDidNotApplyExitsFour)
{
    const QByteArray token = sandbox->servicePrincipalToken();
    sandbox->send("POST",
                  QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/Default.TakeOver")
                      .arg(financeWorkspaceId, xeroDatasetId),
                  {}, "application/json", token);
    sandbox->addFault(fault(QStringLiteral("PATCH"), QStringLiteral("/refreshSchedule$"), 200));

    const ProcessRun run =
        assistant({QStringLiteral("schedule"), QStringLiteral("--dataset"), QStringLiteral("Xero"),
                   QStringLiteral("--set-daily"), QStringLiteral("06:00"),
                   QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_EQ(sandbox->pendingFaults(), 0);
    const QJsonObject error = run.json()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("ScheduleChangeNotApplied"));
    const QString message = error[QStringLiteral("message")].toString();
    EXPECT_TRUE(message.contains(QStringLiteral("times 06:00, read back")))
        << message.toStdString();
}

TEST_F(AssistantAgainstStandaloneSandbox, ChangingAScheduleOfSomeoneElsesDatasetExitsFour)
{
    const ProcessRun run =
        assistant({QStringLiteral("schedule"), QStringLiteral("--dataset"), QStringLiteral("Xero"),
                   QStringLiteral("--disable"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("error")][QStringLiteral("httpStatus")].toInt(), 403);
    EXPECT_FALSE(
        run.json()[QStringLiteral("error")][QStringLiteral("requestId")].toString().isEmpty());
}

TEST_F(AssistantAgainstStandaloneSandbox, ShortThrottlingWhileWaitingIsWaitedOut)
{
    QJsonObject throttled = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 429);
    throttled.insert(QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}});
    sandbox->addFault(throttled);
    const ProcessRun run =
        assistant({QStringLiteral("refresh-now"), QStringLiteral("--dataset"),
                   QStringLiteral("Xero"), QStringLiteral("--wait"), QStringLiteral("--json")});
    // The refresh itself fails (nothing to push), which is exit 1, not a service error.
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("status")].toString(), QStringLiteral("Failed"));
    EXPECT_EQ(sandbox->pendingFaults(), 0) << "the 429 was answered";
}

TEST_F(AssistantAgainstStandaloneSandbox, ThrottlingLongerThanTheCapExitsFourAndSaysHowLong)
{
    QJsonObject throttled = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 429);
    throttled.insert(QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("3600")}});
    sandbox->addFault(throttled);
    const ProcessRun run =
        assistant({QStringLiteral("refresh-now"), QStringLiteral("--dataset"),
                   QStringLiteral("Xero"), QStringLiteral("--wait"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    const QJsonObject error = run.json()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("Throttled"));
    EXPECT_EQ(error[QStringLiteral("httpStatus")].toInt(), 429);
    EXPECT_TRUE(error[QStringLiteral("message")].toString().contains(QLatin1String("60 minutes")))
        << error[QStringLiteral("message")].toString().toStdString();
}

TEST_F(AssistantAgainstStandaloneSandbox, AnExpiredTokenIsRenewedOnceAndTheCommandSucceeds)
{
    QJsonObject expired = fault(QStringLiteral("GET"), QStringLiteral("^/v1.0/myorg/groups$"), 403);
    expired.insert(
        QStringLiteral("body"),
        QStringLiteral(
            R"({"error":{"code":"TokenExpired","message":"Access token has expired"}})"));
    sandbox->addFault(expired);
    const ProcessRun run = assistant({QStringLiteral("history"), QStringLiteral("--dataset"),
                                      QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(sandbox->pendingFaults(), 0);
}

TEST_F(AssistantAgainstStandaloneSandbox, ATokenExpiredTwiceIsASignInProblemWithExitThree)
{
    QJsonObject expired = fault(QStringLiteral("GET"), QStringLiteral("^/v1.0/myorg/groups$"), 403);
    expired.insert(
        QStringLiteral("body"),
        QStringLiteral(
            R"({"error":{"code":"TokenExpired","message":"Access token has expired"}})"));
    expired.insert(QStringLiteral("times"), 2);
    sandbox->addFault(expired);
    const ProcessRun run = assistant({QStringLiteral("history"), QStringLiteral("--dataset"),
                                      QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
}

TEST_F(AssistantAgainstStandaloneSandbox, AMalformedAnswerExitsFourWithAMessage)
{
    QJsonObject malformed = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 200);
    malformed.insert(QStringLiteral("malformedJson"), true);
    sandbox->addFault(malformed);
    const ProcessRun run = assistant({QStringLiteral("history"), QStringLiteral("--dataset"),
                                      QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("UnreadableAnswer"));
    EXPECT_TRUE(run.err.contains(QLatin1String("does not understand"))) << run.err.toStdString();
}

TEST_F(AssistantAgainstStandaloneSandbox, OneUnreadableHistoryEntryIsLeftOutAndTheRestShown)
{
    QJsonObject oddShape = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 200);
    oddShape.insert(QStringLiteral("body"), QString::fromUtf8(R"({"value":[{"requestId":42},
        {"requestId":"r2","id":2,"refreshType":"Scheduled","status":"Completed",
         "startTime":"2026-12-03T07:00:00Z","endTime":"2026-12-03T07:01:00Z"}]})"));
    sandbox->addFault(oddShape);
    const ProcessRun odd = assistant({QStringLiteral("history"), QStringLiteral("--dataset"),
                                      QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(odd.exitCode, 0) << odd.err.toStdString();
    const QJsonArray refreshes = odd.json()[QStringLiteral("refreshes")].toArray();
    ASSERT_EQ(refreshes.size(), 1) << odd.out.toStdString();
    EXPECT_EQ(refreshes.first()[QStringLiteral("requestId")].toString(), QStringLiteral("r2"));
    // The left-out entry is named for whoever reads the log.
    EXPECT_TRUE(odd.err.contains(QLatin1String("value[0].requestId"))) << odd.err.toStdString();
}

TEST_F(AssistantAgainstStandaloneSandbox, SeveralXeroCandidatesExitTwoAndAreListed)
{
    QJsonObject twoXero =
        fault(QStringLiteral("GET"),
              QStringLiteral("^/v1.0/myorg/groups/%1/datasets$").arg(financeWorkspaceId), 200);
    twoXero.insert(QStringLiteral("body"), QString::fromUtf8(R"({"value":[
        {"id":"c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601","name":"Xero","configuredBy":"alex@contoso.example"},
        {"id":"c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f6aa","name":"Xero copy","configuredBy":"alex@contoso.example"
}]
})"));
    sandbox->addFault(twoXero);
    const ProcessRun run = assistant({QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    const QJsonObject error = run.json()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("AmbiguousDataset"));
    EXPECT_EQ(error[QStringLiteral("candidates")].toArray().size(), 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f6aa")));
}

TEST_F(AssistantAgainstStandaloneSandbox, EachBadInputExitsTwoNamesTheProblemAndSendsNothing)
{
    // Any request that reaches the sandbox uses this fault up.
    sandbox->addFault(
        {{QStringLiteral("path"), QStringLiteral("^/")}, {QStringLiteral("status"), 500}});
    const QList<QPair<QStringList, QString>> badInputs = {
        {{QStringLiteral("refresh")}, QStringLiteral("refresh")},
        {{QStringLiteral("status"), QStringLiteral("--frobnicate")}, QStringLiteral("frobnicate")},
        {{QStringLiteral("history"), QStringLiteral("--top"), QStringLiteral("0")},
         QStringLiteral("--top")},
        {{QStringLiteral("history"), QStringLiteral("--top"), QStringLiteral("many")},
         QStringLiteral("many")},
        {{QStringLiteral("schedule"), QStringLiteral("--set-daily"), QStringLiteral("7:15")},
         QStringLiteral("7:15")},
        {{QStringLiteral("schedule"), QStringLiteral("--set-daily"), QStringLiteral("07:15")},
         QStringLiteral("07:15")},
        {{QStringLiteral("schedule"), QStringLiteral("--set-daily"),
          QStringLiteral("01:00,02:00,03:00,04:00,05:00,06:00,07:00,08:00,09:00")},
         QStringLiteral("8")},
        {{QStringLiteral("schedule"), QStringLiteral("--time-zone"),
          QStringLiteral("Mars Standard Time")},
         QStringLiteral("Mars Standard Time")},
        {{QStringLiteral("schedule"), QStringLiteral("--enable"), QStringLiteral("--disable")},
         QStringLiteral("--disable")},
        {{QStringLiteral("schedule"), QStringLiteral("--disable"), QStringLiteral("--time-zone"),
          QStringLiteral("UTC")},
         QStringLiteral("off")},
        {{QStringLiteral("status"), QStringLiteral("--top"), QStringLiteral("3")},
         QStringLiteral("--top")},
        {{QStringLiteral("refresh-now"), QStringLiteral("--timeout"), QStringLiteral("10")},
         QStringLiteral("--wait")},
        {{QStringLiteral("refresh-now"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
          QStringLiteral("0")},
         QStringLiteral("--timeout")},
        {{QStringLiteral("status"), QStringLiteral("history")}, QStringLiteral("history")},
        {{QStringLiteral("status"), QStringLiteral("--cloud"), QStringLiteral("mars")},
         QStringLiteral("mars")},
        // Empty means neither "the default dataset" nor "the public cloud's address".
        {{QStringLiteral("status"), QStringLiteral("--dataset"), QString()},
         QStringLiteral("--dataset is empty")},
        {{QStringLiteral("status"), QStringLiteral("--workspace"), QStringLiteral(" ")},
         QStringLiteral("--workspace is empty")},
        {{QStringLiteral("status"), QStringLiteral("--authority-host"), QString()},
         QStringLiteral("--authority-host is empty")},
        {{QStringLiteral("status"), QStringLiteral("--powerbi-api-root"), QString()},
         QStringLiteral("--powerbi-api-root is empty")},
    };
    for (const auto &[arguments, named] : badInputs) {
        const ProcessRun plain = assistant(arguments);
        EXPECT_EQ(plain.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(plain.err.contains(named))
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << plain.err.toStdString();
        EXPECT_TRUE(plain.out.isEmpty()) << plain.out.toStdString();

        const ProcessRun json = assistant(QStringList(arguments) << QStringLiteral("--json"));
        EXPECT_EQ(json.exitCode, 2);
        ASSERT_TRUE(json.outIsOneJsonDocument()) << json.out.toStdString();
        EXPECT_EQ(json.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                  QStringLiteral("UsageError"));
    }
    EXPECT_EQ(sandbox->pendingFaults(), 1) << "a bad input sent a request";
}

// ---- the account the window signs in, from the keychain -------------------------------------

namespace {} // namespace

// Signs in to the standalone sandbox the way the window does (the sandbox's pages played over
// HTTP), so that the keychain and the settings hold what the window leaves there: then the
// command line must work with that account, and push the Xero credential before refreshing.
class AssistantWithStoredSignIn : public AssistantAgainstStandaloneSandbox
{
protected:
    void SetUp() override
    {
        AssistantAgainstStandaloneSandbox::SetUp();
        ASSERT_TRUE(configHome.isValid());
        settingsPath =
            configHome.filePath(QStringLiteral("XeroRefreshAssistant/xero-refresh-assistant.conf"));
    }
    void TearDown() override
    {
        // Leave no entry behind in the (throw-away) keychain for the other tests.
        if (!accountName.isEmpty())
            awaitResult<Done>([&](Callback<Done> done) {
                store.remove(TokenKey::microsoftRefreshToken(accountName), &context, done);
            });
        awaitResult<Done>([&](Callback<Done> done) {
            store.remove(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId), &context,
                         done);
        });
    }

    void signInLikeTheWindow()
    {
        const Endpoints endpoints = Endpoints::sandbox(QUrl(sandbox->root()));
        QSettings settings(settingsPath, QSettings::IniFormat);
        MicrosoftSignIn microsoft(&transport, endpoints);
        microsoft.setClientId(clientId);
        PowerBiClient client(&transport, endpoints.powerBiApiRoot());
        MicrosoftAccount account(&microsoft, &store, &client);
        const QUrl microsoftRedirect = browser.microsoftSignIn(microsoft.begin());
        const auto microsoftTokens = awaitResult<OAuthTokens>([&](Callback<OAuthTokens> done) {
            microsoft.completeSignIn(microsoftRedirect, &context, done);
        });
        ASSERT_TRUE(microsoftTokens.ok());
        ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                        account.adoptSignIn(microsoftTokens.value(), &context, done);
                    }).ok());
        accountName = account.accountName();
        secrets << microsoftTokens.value().accessToken() << microsoftTokens.value().refreshToken();

        XeroSignIn xero(&transport, endpoints);
        xero.setClientId(clientId);
        XeroAccount xeroAccount(&xero, &store, &settings);
        const QUrl xeroRedirect =
            browser.xeroSignIn(xero.begin(), {SandboxScenario::contosoLtdTenantId});
        const auto xeroTokens = awaitResult<OAuthTokens>(
            [&](Callback<OAuthTokens> done) { xero.completeSignIn(xeroRedirect, &context, done); });
        ASSERT_TRUE(xeroTokens.ok());
        ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                        xeroAccount.adoptGrant(SandboxScenario::contosoLtdTenantId,
                                               xeroTokens.value(), &context, done);
                    }).ok());
        xeroRefreshTokenAdopted = xeroTokens.value().refreshToken();
        secrets << xeroTokens.value().accessToken() << xeroRefreshTokenAdopted;

        settings.setValue(QStringLiteral("microsoft/clientId"), clientId);
        settings.setValue(QStringLiteral("microsoft/account"), accountName);
        settings.setValue(QStringLiteral("xero/clientId"), clientId);
        settings.setValue(ChosenOrganisation::tenantIdSettingsKey(),
                          SandboxScenario::contosoLtdTenantId);
        settings.sync();
    }

    // The command line as the signed-in user: no service principal, this test's settings.
    ProcessRun userAssistant(QStringList arguments)
    {
        const QString root = sandbox->root();
        arguments << QStringLiteral("--authority-host") << root
                  << QStringLiteral("--powerbi-api-root") << root
                  << QStringLiteral("--xero-login-root") << root
                  << QStringLiteral("--xero-identity-root") << root
                  << QStringLiteral("--xero-api-root") << root;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
        const ProcessRun run = runAssistant(arguments, environment);
        expectNoSecrets(run);
        for (const QString &secret : std::as_const(secrets)) {
            EXPECT_FALSE(run.out.contains(secret));
            EXPECT_FALSE(run.err.contains(secret));
        }
        return run;
    }

    std::optional<QString> storedXeroRefreshToken()
    {
        TokenStore fresh(TokenStore::Backend::SystemKeychain, program);
        const auto stored =
            awaitResult<std::optional<QString>>([&](Callback<std::optional<QString>> done) {
                fresh.read(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId),
                           &context, done);
            });
        return stored.ok() ? stored.value() : std::nullopt;
    }

    const QString clientId = QStringLiteral("xra-cli-test");
    const QString program = QStringLiteral("xero-refresh-assistant");
    QObject context;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    TokenStore store{TokenStore::Backend::SystemKeychain, program};
    SandboxBrowser browser;
    QTemporaryDir configHome;
    QString settingsPath;
    QString accountName;
    QString xeroRefreshTokenAdopted;
    QStringList secrets;
};

TEST_F(AssistantWithStoredSignIn, TheSignedInUserSeesMyWorkspaceAndTheBrokenXeroDataset)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());

    const ProcessRun datasets =
        userAssistant({QStringLiteral("datasets"), QStringLiteral("--json")});
    ASSERT_EQ(datasets.exitCode, 0) << datasets.err.toStdString();
    const QJsonArray workspaces = datasets.json().value(QStringLiteral("workspaces")).toArray();
    const bool hasMyWorkspace =
        std::any_of(workspaces.cbegin(), workspaces.cend(), [](const QJsonValue &workspace) {
            return workspace.toObject().value(QStringLiteral("id")).isNull();
        });
    EXPECT_TRUE(hasMyWorkspace) << "a signed-in user, unlike a service principal, has My workspace";

    const ProcessRun status = userAssistant({QStringLiteral("status"), QStringLiteral("--dataset"),
                                             QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(status.exitCode, 1) << status.err.toStdString();
    EXPECT_EQ(status.json()
                  .value(QStringLiteral("dataset"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString(),
              xeroDatasetId);
}

TEST_F(AssistantWithStoredSignIn, RefreshNowRenewsTheTemporaryCredentialTheWindowPushed)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());
    // The user chose the temporary credential in the window, which recorded it, with the data
    // source it went to.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        CredentialRecords records(&settings);
        CredentialRecord pushed;
        pushed.kind = CredentialRecord::Kind::Temporary;
        pushed.at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        pushed.expiresAt = pushed.at.addSecs(1800);
        const QString source =
            SandboxScenario::xeroGatewayId + QLatin1Char('/') + SandboxScenario::xeroDatasourceId;
        records.keep(source, pushed);
        settings.setValue(QStringLiteral("xeroSource/") + SandboxScenario::xeroDatasetId, source);
        settings.sync();
    }

    const ProcessRun run = userAssistant({QStringLiteral("refresh-now"),
                                          QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                          QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                          QStringLiteral("60"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("credentialsPushed")).toBool());
    EXPECT_EQ(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    // The command line renewed the Xero grant and kept the rotated refresh token.
    const std::optional<QString> stored = storedXeroRefreshToken();
    ASSERT_TRUE(stored.has_value());
    EXPECT_NE(*stored, xeroRefreshTokenAdopted);
}
