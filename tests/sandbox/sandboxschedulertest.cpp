#include "powerbiwebfixture.h"

// Scheduled refreshes: they happen when the sandbox clock passes a slot of an enabled schedule.
class SandboxSchedulerTest : public PowerBiWebFixture
{
protected:
    static QString budgetDatasetApi()
    {
        return QStringLiteral("/v1.0/myorg/datasets/%1").arg(SandboxScenario::budgetDatasetId);
    }
    bool scheduleEnabled(const QString &dataset)
    {
        return client->get(dataset + QStringLiteral("/refreshSchedule"), apiToken())
            .json()
            .value(QStringLiteral("enabled"))
            .toBool();
    }
    // Through the control route, as a person with curl would.
    void moveClock(qint64 seconds)
    {
        ASSERT_EQ(client
                      ->postJson(QStringLiteral("/_sandbox/clock"),
                                 QJsonObject{{QStringLiteral("advanceSeconds"), seconds}})
                      .status,
                  200);
    }
};

TEST_F(SandboxSchedulerTest,
       ThreeDaysOfADailyScheduleWithALastingCredentialGiveThreeCompletedRefreshes)
{
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    const QString time = slotIn(2);
    ASSERT_EQ(schedule(xeroDatasetApi(), {time}).status, 200);
    const QDateTime start = server.now();

    moveClock(3 * 24 * 3600);
    const QList<QJsonObject> scheduled = scheduledRefreshes(xeroDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 3);
    for (const QJsonObject &refresh : scheduled) {
        EXPECT_EQ(statusOf(refresh), QStringLiteral("Completed"));
        const QDateTime began = QDateTime::fromString(
            refresh.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
        const QDateTime ended = QDateTime::fromString(
            refresh.value(QStringLiteral("endTime")).toString(), Qt::ISODateWithMs);
        EXPECT_EQ(began.toUTC().time().toString(QStringLiteral("HH:mm")), time);
        EXPECT_GT(began.secsTo(ended), 0);
        EXPECT_LT(began.secsTo(ended), 60);
    }
    EXPECT_TRUE(scheduleEnabled(xeroDatasetApi()));
}

TEST_F(SandboxSchedulerTest,
       WithAPushedTokenTheFirstSlotAfterItsHalfHourFailsAndSwitchesTheScheduleOff)
{
    const SandboxXeroTokens pushed = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(pushed.accessToken).status, 200);
    ASSERT_EQ(schedule(xeroDatasetApi(), {slotIn(2)}).status, 200);
    const QDateTime start = server.now();

    moveClock(3 * 24 * 3600);
    const QList<QJsonObject> scheduled = scheduledRefreshes(xeroDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 1); // the later slots do not run: the schedule is off
    EXPECT_EQ(statusOf(scheduled.first()), QStringLiteral("Failed"));
    EXPECT_TRUE(scheduled.first()
                    .value(QStringLiteral("serviceExceptionJson"))
                    .toString()
                    .contains(QStringLiteral("DMTS_OAuthTokenRefreshFailedError")));
    EXPECT_FALSE(scheduleEnabled(xeroDatasetApi()));
}

TEST_F(SandboxSchedulerTest, WithoutAnyCredentialTheFirstSlotFails)
{
    ASSERT_EQ(schedule(xeroDatasetApi(), {slotIn(2)}).status, 200);
    const QDateTime start = server.now();
    server.advanceClock(3 * 24 * 3600);
    const QList<QJsonObject> scheduled = scheduledRefreshes(xeroDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(statusOf(scheduled.first()), QStringLiteral("Failed"));
    EXPECT_FALSE(scheduleEnabled(xeroDatasetApi()));
}

TEST_F(SandboxSchedulerTest, EachSlotRunsOnceHoweverManyRequestsCrossIt)
{
    ASSERT_EQ(schedule(budgetDatasetApi(), {slotIn(2)}).status, 200);
    const QDateTime start = server.now();
    for (int step = 0; step < 10; ++step) {
        server.advanceClock(15 * 60);
        history(budgetDatasetApi());
    }
    const QList<QJsonObject> scheduled = scheduledRefreshes(budgetDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(statusOf(scheduled.first()), QStringLiteral("Completed"));
}

TEST_F(SandboxSchedulerTest, TheSlotsAreReadInTheSchedulesTimeZone)
{
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    const QString time = slotIn(2, tokyo);
    ASSERT_EQ(schedule(budgetDatasetApi(), {time}, QStringLiteral("Tokyo Standard Time")).status,
              200);
    const QDateTime start = server.now();
    server.advanceClock(24 * 3600);
    const QList<QJsonObject> scheduled = scheduledRefreshes(budgetDatasetApi(), start);
    ASSERT_EQ(scheduled.size(), 1);
    const QDateTime began = QDateTime::fromString(
        scheduled.first().value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
    EXPECT_EQ(began.toTimeZone(tokyo).time().toString(QStringLiteral("HH:mm")), time);
}

TEST_F(SandboxSchedulerTest, ScheduledRefreshesCountTowardTheEightADayOnSharedCapacity)
{
    // Two refreshes through the API first: of eight half-hourly slots, six may still start.
    EXPECT_EQ(refreshThroughTheApi(budgetDatasetApi()), QStringLiteral("Completed"));
    EXPECT_EQ(refreshThroughTheApi(budgetDatasetApi()), QStringLiteral("Completed"));
    QStringList times;
    for (int slot = 0; slot < 8; ++slot)
        times.append(slotIn(1 + slot * 0.5));
    ASSERT_EQ(schedule(budgetDatasetApi(), times).status, 200);
    const QDateTime start = server.now();

    server.advanceClock(6 * 3600);
    EXPECT_EQ(scheduledRefreshes(budgetDatasetApi(), start).size(), 6);
    const HttpResult refused = startRefresh(budgetDatasetApi());
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.body.contains("exceeded limit")) << refused.body.toStdString();
}

TEST_F(SandboxSchedulerTest, ALastingCredentialLastsWhileTheScheduleUsesIt)
{
    server.enterLastingXeroCredential(SandboxScenario::contosoLtdTenantId);
    ASSERT_EQ(schedule(xeroDatasetApi(), {slotIn(2)}).status, 200);
    const QDateTime start = server.now();
    // Longer than a Xero grant lives unused: each day's refresh renews it.
    server.advanceClock(70 * 24 * 3600);
    const QList<QJsonObject> scheduled = scheduledRefreshes(xeroDatasetApi(), start);
    ASSERT_FALSE(scheduled.isEmpty());
    EXPECT_EQ(statusOf(scheduled.last()), QStringLiteral("Completed"));
    EXPECT_TRUE(scheduleEnabled(xeroDatasetApi()));
}

TEST_F(SandboxSchedulerTest, ALastingCredentialUnusedForSixtyDaysDies)
{
    server.enterLastingXeroCredential(SandboxScenario::contosoLtdTenantId);
    server.advanceClock(59 * 24 * 3600);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
    server.advanceClock(61 * 24 * 3600);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));
}
