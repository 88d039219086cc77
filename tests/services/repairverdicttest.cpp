#include "repairverdict.h"
#include "credentialstate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

const QDateTime now(QDate(2026, 12, 4), QTime(14, 0), Qt::UTC);

Refresh refresh(const QString &status, const QDateTime &end, const QString &errorCode = {})
{
    QJsonObject object{{QStringLiteral("requestId"), QStringLiteral("r")},
                       {QStringLiteral("refreshType"), QStringLiteral("Scheduled")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("startTime"), end.addSecs(-60).toString(Qt::ISODate)},
                       {QStringLiteral("endTime"), end.toString(Qt::ISODate)}};
    if (!errorCode.isEmpty())
        object.insert(QStringLiteral("serviceExceptionJson"),
                      QStringLiteral("{\"errorCode\":\"%1\"}").arg(errorCode));
    return Refresh::fromJson(object).value();
}

RefreshSchedule dailyAtSeven(bool enabled = true)
{
    return RefreshSchedule::fromBody(
               QStringLiteral(R"({"days":["Sunday","Monday","Tuesday","Wednesday","Thursday",
                   "Friday","Saturday"],"times":["07:00"],"enabled":%1,"localTimeZoneId":"UTC"})")
                   .arg(enabled ? QStringLiteral("true") : QStringLiteral("false"))
                   .toUtf8())
        .value();
}

CredentialRecord given(CredentialRecord::Kind kind, const QDateTime &at,
                       const QDateTime &expiresAt = {})
{
    return {kind, at, expiresAt};
}

} // namespace

TEST(CredentialState, NothingSeenGivenAndNoFailureIsUnknown)
{
    const CredentialState state = CredentialState::assess(
        std::nullopt, {refresh(QStringLiteral("Completed"), now.addSecs(-3600))}, now);
    EXPECT_EQ(state.kind, CredentialState::Kind::Unknown);
}

TEST(CredentialState, ACredentialFailureAfterWhatWasGivenIsBroken)
{
    const QList<Refresh> history = {refresh(QStringLiteral("Failed"), now.addSecs(-600),
                                            QStringLiteral("DMTS_OAuthTokenRefreshFailedError"))};
    EXPECT_EQ(CredentialState::assess(std::nullopt, history, now).kind,
              CredentialState::Kind::Broken);
    // Given after that failure: the failure is older than what Power BI holds now.
    const CredentialState repaired = CredentialState::assess(
        given(CredentialRecord::Kind::Lasting, now.addSecs(-300)), history, now);
    EXPECT_EQ(repaired.kind, CredentialState::Kind::Lasting);
    EXPECT_FALSE(repaired.confirmed);
}

TEST(CredentialState, ALastingCredentialIsConfirmedByACompletedRefreshAfterIt)
{
    const CredentialState state =
        CredentialState::assess(given(CredentialRecord::Kind::Lasting, now.addSecs(-900)),
                                {refresh(QStringLiteral("Completed"), now.addSecs(-600))}, now);
    EXPECT_EQ(state.kind, CredentialState::Kind::Lasting);
    EXPECT_TRUE(state.confirmed);
    EXPECT_TRUE(state.worksAt(now.addDays(3)));
}

TEST(CredentialState, APushedCredentialIsTemporaryUntilItsTokenDiesThenExpired)
{
    const CredentialRecord pushed =
        given(CredentialRecord::Kind::Temporary, now.addSecs(-600), now.addSecs(1200));
    const CredentialState fresh = CredentialState::assess(pushed, {}, now);
    EXPECT_EQ(fresh.kind, CredentialState::Kind::Temporary);
    EXPECT_TRUE(fresh.worksAt(now.addSecs(1000)));
    EXPECT_FALSE(fresh.worksAt(now.addSecs(1300)));
    EXPECT_EQ(CredentialState::assess(pushed, {}, now.addSecs(1800)).kind,
              CredentialState::Kind::Expired);
}

TEST(RepairVerdict, FinishedOnlyWithACompletedRefreshALastingCredentialAndADailySchedule)
{
    const CredentialState lasting =
        CredentialState::assess(given(CredentialRecord::Kind::Lasting, now.addSecs(-900)), {}, now);
    const Refresh completed = refresh(QStringLiteral("Completed"), now.addSecs(-600));
    const RepairVerdict done = RepairVerdict::from(completed, dailyAtSeven(), lasting, now);
    EXPECT_TRUE(done.isFinished());
    ASSERT_TRUE(done.nextScheduledRefresh.has_value());
    EXPECT_EQ(*done.nextScheduledRefresh, QDateTime(now.date().addDays(1), QTime(7, 0), Qt::UTC));
    EXPECT_TRUE(done.nextRefreshWarning.isEmpty());

    const RepairVerdict scheduleOff =
        RepairVerdict::from(completed, dailyAtSeven(false), lasting, now);
    ASSERT_EQ(scheduleOff.left.size(), 1);
    EXPECT_EQ(scheduleOff.left.first().step, RepairStep::Schedule);
    EXPECT_FALSE(scheduleOff.nextScheduledRefresh.has_value());
}

TEST(RepairVerdict, ATemporaryCredentialIsWhatIsLeftAndTheNextRefreshIsSaidToFail)
{
    const CredentialState pushed = CredentialState::assess(
        given(CredentialRecord::Kind::Temporary, now.addSecs(-600), now.addSecs(1200)), {}, now);
    const RepairVerdict verdict = RepairVerdict::from(
        refresh(QStringLiteral("Completed"), now.addSecs(-300)), dailyAtSeven(), pushed, now);
    EXPECT_FALSE(verdict.isFinished());
    ASSERT_EQ(verdict.left.size(), 1);
    EXPECT_EQ(verdict.left.first().code, QStringLiteral("credentialTemporary"));
    EXPECT_EQ(verdict.left.first().step, RepairStep::SignInXero);
    EXPECT_TRUE(verdict.nextRefreshWarning.contains(QLatin1String("will fail")))
        << verdict.nextRefreshWarning.toStdString();
}
