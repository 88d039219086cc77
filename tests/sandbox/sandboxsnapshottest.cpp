#include "powerbiwebfixture.h"
#include "sandboxstatefile.h"

#include <QFile>
#include <QTemporaryDir>

// A kept sandbox (xero-refresh-assistant --sandbox): written to its file, started again from
// it. The sandbox here is reset between the two, which forgets everything as a new process would.
class SandboxSnapshotTest : public PowerBiWebFixture
{
protected:
    QString statePath() const { return folder.filePath(QStringLiteral("sandbox/state.json")); }

    void save()
    {
        SandboxStateFile file(&server, statePath());
        ASSERT_TRUE(file.save()) << file.errorString().toStdString();
    }
    void startAgainFromTheFile()
    {
        ASSERT_NO_FATAL_FAILURE(save());
        server.reset();
        SandboxStateFile file(&server, statePath());
        ASSERT_EQ(file.load(), SandboxStateFile::Loaded::Restored)
            << file.errorString().toStdString();
    }
    QByteArray fileContents() const
    {
        QFile file(statePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeFile(const QByteArray &contents)
    {
        QDir().mkpath(folder.filePath(QStringLiteral("sandbox")));
        QFile file(statePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    HttpResult schedulePlan(const QString &dataset)
    {
        return client->get(dataset + QStringLiteral("/refreshSchedule"), apiToken());
    }
    HttpResult refreshXeroGrant(const QString &refreshToken)
    {
        return client->postForm(
            QStringLiteral("/connect/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("client_id"), QStringLiteral("sandbox-xero-client")},
             {QStringLiteral("refresh_token"), refreshToken}});
    }

    // What a user sees of a history: its entries' kinds and outcomes (the ready scenario's times
    // follow the moment it was made).
    QStringList historyOutline(const QString &dataset)
    {
        QStringList outline;
        for (const QJsonValue &entry : history(dataset))
            outline.append(entry[QStringLiteral("refreshType")].toString() + QLatin1Char(' ') +
                           entry[QStringLiteral("status")].toString());
        return outline;
    }

    QTemporaryDir folder;
};

TEST_F(SandboxSnapshotTest, TheHistoryTheScheduleAndTheClockAreAsTheyWereLeft)
{
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    ASSERT_EQ(schedule(xeroDatasetApi(), {slotIn(2)}).status, 200);
    ASSERT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
    server.advanceClock(3600);
    const QJsonArray historyBefore = history(xeroDatasetApi());
    const QJsonObject scheduleBefore = schedulePlan(xeroDatasetApi()).json();

    ASSERT_NO_FATAL_FAILURE(startAgainFromTheFile());

    EXPECT_EQ(server.clockOffsetSeconds(), 3606); // the hour, and the refresh's six seconds
    EXPECT_EQ(history(xeroDatasetApi()), historyBefore);
    EXPECT_EQ(schedulePlan(xeroDatasetApi()).json(), scheduleBefore);
}

TEST_F(SandboxSnapshotTest, ACredentialEnteredOnThePageStillRenewsItselfAfterTheStartAgain)
{
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    ASSERT_NO_FATAL_FAILURE(startAgainFromTheFile());
    server.advanceClock(7 * 24 * 3600); // Power BI renews its Xero token itself: days later too
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
}

TEST_F(SandboxSnapshotTest, APushedTokenStillWorksAfterTheStartAgainAndDiesAtItsOwnTime)
{
    const SandboxXeroTokens pushed = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(pushed.accessToken).status, 200);
    ASSERT_NO_FATAL_FAILURE(startAgainFromTheFile());
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
    server.advanceClock(31 * 60);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));
}

TEST_F(SandboxSnapshotTest, TheProgramsTokensWorkAfterTheStartAgainAndTheFileHoldsNoneOfThem)
{
    const QString powerBiToken = server.issuePowerBiAccessToken();
    const SandboxXeroTokens xero = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    ASSERT_NO_FATAL_FAILURE(save());

    const QByteArray contents = fileContents();
    ASSERT_FALSE(contents.isEmpty());
    EXPECT_FALSE(contents.contains(powerBiToken.toUtf8()));
    EXPECT_FALSE(contents.contains(xero.accessToken.toUtf8()));
    EXPECT_FALSE(contents.contains(xero.refreshToken.toUtf8()));
    EXPECT_FALSE(contents.contains("sbx-")) << "a token value was written";
    const QFileDevice::Permissions permissions = QFile::permissions(statePath());
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther))
        << "others can read the file";

    ASSERT_NO_FATAL_FAILURE(startAgainFromTheFile());
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups"), powerBiToken).status, 200);
    EXPECT_EQ(refreshXeroGrant(xero.refreshToken).status, 200);
}

TEST_F(SandboxSnapshotTest,
       ScheduledSlotsRunOnceAcrossStartsAndTheOnesMissedWhileClosedRunAtTheNext)
{
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    ASSERT_EQ(schedule(xeroDatasetApi(), {slotIn(2)}).status, 200);
    const QDateTime start = server.now();
    server.advanceClock(3 * 24 * 3600);
    ASSERT_EQ(scheduledRefreshes(xeroDatasetApi(), start).size(), 3);

    // Started again at once: the three days already run are not run again.
    ASSERT_NO_FATAL_FAILURE(startAgainFromTheFile());
    EXPECT_EQ(scheduledRefreshes(xeroDatasetApi(), start).size(), 3);

    // Started again a day later: that day's slot runs.
    ASSERT_NO_FATAL_FAILURE(save());
    QJsonObject dayLater = QJsonDocument::fromJson(fileContents()).object();
    dayLater.insert(QStringLiteral("clockOffsetSeconds"),
                    dayLater.value(QStringLiteral("clockOffsetSeconds")).toInteger() + 24 * 3600);
    ASSERT_NO_FATAL_FAILURE(writeFile(QJsonDocument(dayLater).toJson()));
    server.reset();
    ASSERT_EQ(SandboxStateFile(&server, statePath()).load(), SandboxStateFile::Loaded::Restored);
    const QList<QJsonObject> scheduled = scheduledRefreshes(xeroDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 4);
    EXPECT_EQ(statusOf(scheduled.last()), QStringLiteral("Completed"));
}

TEST_F(SandboxSnapshotTest, AnUnreadableFileIsSetAsideWholeAndTheSandboxStartsFromItsReadyScenario)
{
    const QStringList readyHistory = historyOutline(xeroDatasetApi());
    const QList<QByteArray> unreadable{
        QByteArrayLiteral("{ \"format\": 1, \"datasets\": ["), // cut short
        QByteArrayLiteral("[]"),
        QByteArrayLiteral("{\"format\": 99}"),                  // a later version's
        QByteArrayLiteral("{\"format\": 1, \"datasets\": {}}"), // members of the wrong kind
    };
    for (const QByteArray &contents : unreadable) {
        SCOPED_TRACE(contents.toStdString());
        server.advanceClock(60);
        ASSERT_NO_FATAL_FAILURE(writeFile(contents));
        server.reset();
        SandboxStateFile file(&server, statePath());
        EXPECT_EQ(file.load(), SandboxStateFile::Loaded::Unreadable);
        EXPECT_FALSE(QFile::exists(statePath()));
        QFile setAside(file.setAsidePath());
        ASSERT_TRUE(setAside.open(QIODevice::ReadOnly));
        EXPECT_EQ(setAside.readAll(), contents);
        setAside.remove();
        EXPECT_EQ(server.clockOffsetSeconds(), 0);
        EXPECT_EQ(historyOutline(xeroDatasetApi()), readyHistory);
    }
}

TEST_F(SandboxSnapshotTest, WithoutAFileTheSandboxKeepsItsReadyScenario)
{
    SandboxStateFile file(&server, statePath());
    EXPECT_EQ(file.load(), SandboxStateFile::Loaded::Missing);
    EXPECT_FALSE(QFile::exists(statePath()));
}
