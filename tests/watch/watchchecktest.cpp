#include "watchcheck.h"
#include "watchfactsbuilder.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace {

class WatchCheckTest : public ::testing::Test
{
protected:
    // A Wednesday, 10:00 UTC; the schedules below are in UTC.
    const QDateTime now = QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc());
    // This morning at 07:00 on the user's clock, as the notification says it.
    const QDateTime sevenThisMorning = QDateTime(QDate(2026, 3, 4), QTime(7, 0));

    QList<WatchFinding> findings(const WatchFacts &facts) { return WatchCheck::findings(facts); }

    static std::optional<WatchFinding> find(const QList<WatchFinding> &found, const QString &key)
    {
        for (const WatchFinding &finding : found) {
            if (finding.key == key)
                return finding;
        }
        return std::nullopt;
    }
    static bool hasKeyStartingWith(const QList<WatchFinding> &found, const QString &prefix)
    {
        return std::any_of(found.cbegin(), found.cend(), [&](const WatchFinding &finding) {
            return finding.key.startsWith(prefix);
        });
    }

    BritishLocale locale;
};

} // namespace

TEST_F(WatchCheckTest, AFailedRefreshIsAProblemNamedByItsTimeDatasetAndDiagnosis)
{
    const QList<WatchFinding> found = findings(WatchFactsBuilder(now)
                                                   .completed(now.addDays(-1))
                                                   .failed(sevenThisMorning)
                                                   .scheduled({QStringLiteral("07:00")})
                                                   .facts());
    const std::optional<WatchFinding> failure =
        find(found, QStringLiteral("failed:DMTS_OAuthTokenRefreshFailedError"));
    ASSERT_TRUE(failure) << keysOf(found).join(u' ').toStdString();
    EXPECT_EQ(failure->kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(failure->summary, QStringLiteral("The 07:00 refresh of Finance / Xero failed"));
    EXPECT_TRUE(failure->body.contains(QStringLiteral("Xero sign-in")))
        << failure->body.toStdString();
    EXPECT_TRUE(failure->body.contains(QStringLiteral("Sign in to Xero again")));
    EXPECT_EQ(failure->openWhat, QStringLiteral("xero-settings"));
}

TEST_F(WatchCheckTest, EachFailureOpensTheStepThatFixesIt)
{
    const auto openWhatFor = [&](const QString &code) {
        const QList<WatchFinding> found =
            findings(WatchFactsBuilder(now).failed(sevenThisMorning, code).facts());
        const std::optional<WatchFinding> failure = find(found, QStringLiteral("failed:") + code);
        return failure ? failure->openWhat : QStringLiteral("<no failed:%1>").arg(code);
    };
    EXPECT_EQ(openWhatFor(QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials")),
              QStringLiteral("xero-settings"));
    EXPECT_EQ(openWhatFor(QStringLiteral("DM_GWPipeline_Client_GatewayUnreachable")),
              QStringLiteral("status"));
    EXPECT_EQ(openWhatFor(QStringLiteral("SomethingNobodyKnows")), QStringLiteral("status"));
}

TEST_F(WatchCheckTest, ARefreshStillRunningReportsNoFailure)
{
    const QList<WatchFinding> found = findings(WatchFactsBuilder(now)
                                                   .failed(sevenThisMorning)
                                                   .running(now.addSecs(-60))
                                                   .scheduled({QStringLiteral("07:00")})
                                                   .facts());
    EXPECT_FALSE(hasKeyStartingWith(found, QStringLiteral("failed:")))
        << keysOf(found).join(u' ').toStdString();
}

TEST_F(WatchCheckTest, AScheduleSwitchedOffAfterFailuresIsAProblemThatOpensTheSchedule)
{
    const QList<WatchFinding> found = findings(WatchFactsBuilder(now)
                                                   .failed(sevenThisMorning)
                                                   .scheduled({QStringLiteral("07:00")}, false)
                                                   .facts());
    const std::optional<WatchFinding> off = find(found, QStringLiteral("scheduleOff"));
    ASSERT_TRUE(off) << keysOf(found).join(u' ').toStdString();
    EXPECT_EQ(off->kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(off->openWhat, QStringLiteral("schedule"));
    EXPECT_TRUE(off->summary.contains(QStringLiteral("Finance / Xero")));

    // Switched off by the user after refreshes that worked: nothing to tell.
    EXPECT_TRUE(findings(WatchFactsBuilder(now)
                             .completed(sevenThisMorning)
                             .scheduled({QStringLiteral("07:00")}, false)
                             .facts())
                    .isEmpty());
}

TEST_F(WatchCheckTest, ATemporaryCredentialThatDiesBeforeTheNextSlotWarns)
{
    // Pushed at 09:50, it dies at 10:20; the next slot is 11:00.
    const QDateTime expires = now.addSecs(20 * 60);
    const WatchFacts facts = WatchFactsBuilder(now)
                                 .completed(now.addSecs(-5 * 60))
                                 .temporaryCredential(now.addSecs(-10 * 60), expires)
                                 .scheduled({QStringLiteral("11:00")})
                                 .facts();
    const QList<WatchFinding> found = findings(facts);
    const std::optional<WatchFinding> warning =
        find(found, QStringLiteral("credentialExpires:2026-03-04T10:20:00Z"));
    ASSERT_TRUE(warning) << keysOf(found).join(u' ').toStdString();
    EXPECT_EQ(warning->kind, WatchFinding::Kind::Warning);
    EXPECT_EQ(warning->openWhat, QStringLiteral("xero-settings"));
    EXPECT_TRUE(warning->summary.contains(QStringLiteral("will fail")));
    EXPECT_TRUE(warning->body.contains(QStringLiteral("lasting")));
    EXPECT_EQ(found.size(), 1);
}

TEST_F(WatchCheckTest, ATemporaryCredentialThatOutlivesTheNextSlotDoesNotWarn)
{
    const QList<WatchFinding> found =
        findings(WatchFactsBuilder(now)
                     .completed(now.addSecs(-5 * 60))
                     .temporaryCredential(now.addSecs(-10 * 60), now.addSecs(40 * 60))
                     .scheduled({QStringLiteral("10:30")})
                     .facts());
    EXPECT_TRUE(found.isEmpty()) << keysOf(found).join(u' ').toStdString();
}

// Power BI read Xero after the temporary credential died: it holds another one (a lasting
// credential entered in the web page), whatever this program's record says.
TEST_F(WatchCheckTest, AnExpiredTemporaryCredentialThatARefreshOutlivedDoesNotWarn)
{
    const QDateTime pushed = now.addSecs(-3 * 3600);
    WatchFactsBuilder expired(now);
    expired.completed(pushed.addSecs(60))
        .temporaryCredential(pushed, pushed.addSecs(1800))
        .scheduled({QStringLiteral("11:00")});
    EXPECT_EQ(keysOf(findings(expired.facts())),
              QStringList(QStringLiteral("credentialExpires:2026-03-04T07:30:00Z")));
    expired.completed(now.addSecs(-600));
    EXPECT_TRUE(findings(expired.facts()).isEmpty())
        << keysOf(findings(expired.facts())).join(u' ').toStdString();
}

TEST_F(WatchCheckTest, InPushModeOnlyAFailedPushIsTold)
{
    WatchFacts facts = WatchFactsBuilder(now)
                           .completed(now.addSecs(-5 * 60))
                           .temporaryCredential(now.addSecs(-10 * 60), now.addSecs(20 * 60))
                           .scheduled({QStringLiteral("11:00")})
                           .facts();
    facts.pushMode = true;
    EXPECT_TRUE(findings(facts).isEmpty()) << keysOf(findings(facts)).join(u' ').toStdString();

    facts.pushFailure = ApiError::http(ApiError::Service::Xero, 400,
                                       QStringLiteral("invalid_grant"), QStringLiteral("refused"));
    const QList<WatchFinding> found = findings(facts);
    EXPECT_EQ(keysOf(found),
              QStringList({QStringLiteral("pushFailed:invalid_grant"),
                           QStringLiteral("credentialExpires:2026-03-04T10:20:00Z")}));
    EXPECT_EQ(found.constFirst().kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(found.constFirst().openWhat, QStringLiteral("xero-settings"));
}

TEST_F(WatchCheckTest, TheProgramsXeroGrantWarnsFromItsFiftiethUnusedDay)
{
    const QDateTime lastUsed = now.addDays(-50);
    WatchFacts facts = WatchFactsBuilder(now).completed(sevenThisMorning).facts();
    facts.pushMode = true;
    facts.programGrantExpiresAt = lastUsed.addDays(60);
    const QList<WatchFinding> found = findings(facts);
    ASSERT_EQ(keysOf(found), QStringList(QStringLiteral("grantAging:2026-03-14")));
    EXPECT_EQ(found.constFirst().kind, WatchFinding::Kind::Warning);
    EXPECT_EQ(found.constFirst().openWhat, QStringLiteral("xero-settings"));
    EXPECT_TRUE(found.constFirst().summary.contains(QStringLiteral("14/03/2026")))
        << found.constFirst().summary.toStdString();

    facts.programGrantExpiresAt = lastUsed.addSecs(60).addDays(60); // day 49 and 23:59
    EXPECT_TRUE(findings(facts).isEmpty());
    facts.programGrantExpiresAt = QDateTime(); // no grant kept
    EXPECT_TRUE(findings(facts).isEmpty());
}

TEST_F(WatchCheckTest, ALastingSignInUnusedForFiftyDaysWithTheScheduleOffWarns)
{
    const auto found = [&](int daysUnused, bool scheduleOn) {
        return findings(WatchFactsBuilder(now)
                            .lastingCredential(now.addDays(-80))
                            .completed(now.addDays(-daysUnused).addSecs(-120))
                            .scheduled({QStringLiteral("07:00")}, scheduleOn)
                            .facts());
    };
    EXPECT_EQ(keysOf(found(50, false)), QStringList(QStringLiteral("lastingUnused:2026-03-14")));
    EXPECT_EQ(found(50, false).constFirst().openWhat, QStringLiteral("schedule"));
    EXPECT_TRUE(found(49, false).isEmpty());
    EXPECT_TRUE(found(55, true).isEmpty());
}

TEST_F(WatchCheckTest, TheDailyLimitUsedBeforeTheNextSlotWarnsOnSharedCapacityOnly)
{
    // Eight refreshes through the API in the last 8 hours: the oldest frees one up at 02:00 UTC
    // tomorrow, and the next slot is 11:00 today.
    WatchFactsBuilder shared(now);
    WatchFactsBuilder dedicated(now);
    dedicated.onDedicatedCapacity();
    for (int hour = 8; hour >= 1; --hour) {
        shared.refreshed(QStringLiteral("Completed"), now.addSecs(-hour * 3600), {},
                         QStringLiteral("ViaApi"));
        dedicated.refreshed(QStringLiteral("Completed"), now.addSecs(-hour * 3600), {},
                            QStringLiteral("ViaApi"));
    }
    shared.scheduled({QStringLiteral("11:00")});
    dedicated.scheduled({QStringLiteral("11:00")});

    const QList<WatchFinding> found = findings(shared.facts());
    ASSERT_EQ(keysOf(found), QStringList(QStringLiteral("quotaUsed:2026-03-05T02:00:00Z")));
    EXPECT_EQ(found.constFirst().kind, WatchFinding::Kind::Warning);
    EXPECT_TRUE(found.constFirst().body.contains(QStringLiteral("8 refreshes in 24 hours")))
        << found.constFirst().body.toStdString();
    EXPECT_TRUE(findings(dedicated.facts()).isEmpty());
}

TEST_F(WatchCheckTest, ACheckThatCannotReadTheDatasetIsAProblemSaidPlainly)
{
    WatchFacts facts;
    facts.now = now;
    facts.cannotCheck = ApiError::network(ApiError::Service::PowerBi, QStringLiteral("refused"));
    const QList<WatchFinding> found = findings(facts);
    ASSERT_EQ(keysOf(found), QStringList(QStringLiteral("cannotCheck:NetworkError")));
    EXPECT_EQ(found.constFirst().kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(found.constFirst().body, facts.cannotCheck->plainSentence());
}

TEST_F(WatchCheckTest, ProblemsComeBeforeWarnings)
{
    WatchFacts facts = WatchFactsBuilder(now)
                           .failed(sevenThisMorning)
                           .scheduled({QStringLiteral("07:00")}, false)
                           .facts();
    facts.programGrantExpiresAt = now.addDays(2);
    const QList<WatchFinding> found = findings(facts);
    ASSERT_EQ(found.size(), 3) << keysOf(found).join(u' ').toStdString();
    EXPECT_EQ(found.at(0).kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(found.at(1).kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(found.at(2).kind, WatchFinding::Kind::Warning);
}

// The timer runs 20 minutes after each slot (10 minutes before the next half hour's) and, in the
// push mode, 5 minutes before each: only the second pushes, so one slot gets one push.
TEST_F(WatchCheckTest, ThePushIsDueLessThanSevenMinutesBeforeASlotOnly)
{
    const QDateTime slot = QDateTime(QDate(2026, 3, 4), QTime(10, 30), QTimeZone::utc());
    const auto dueAt = [&](const QDateTime &moment) {
        return WatchCheck::pushDue(WatchFactsBuilder(moment)
                                       .failed(sevenThisMorning)
                                       .scheduled({QStringLiteral("10:30")})
                                       .status(),
                                   moment);
    };
    EXPECT_FALSE(dueAt(slot.addSecs(-10 * 60))) << "the check after the 10:00 slot";
    EXPECT_FALSE(dueAt(slot.addSecs(-7 * 60)));
    EXPECT_TRUE(dueAt(slot.addSecs(-7 * 60 + 1)));
    EXPECT_TRUE(dueAt(slot.addSecs(-5 * 60))) << "the run before the slot";
    EXPECT_TRUE(dueAt(slot.addSecs(-1)));
}

TEST_F(WatchCheckTest, ThePushIsDueOverACredentialThisProgramPushedOrABrokenOneOnly)
{
    const QDateTime beforeSlot = QDateTime(QDate(2026, 3, 4), QTime(10, 25), QTimeZone::utc());
    const auto due = [&](const WatchFactsBuilder &dataset) {
        return WatchCheck::pushDue(dataset.status(), beforeSlot);
    };
    const QStringList slot = {QStringLiteral("10:30")};
    const QDateTime pushed = beforeSlot.addSecs(-3 * 3600);

    WatchFactsBuilder temporary(beforeSlot);
    temporary.completed(pushed.addSecs(60))
        .temporaryCredential(pushed, pushed.addSecs(1800))
        .scheduled(slot);
    EXPECT_TRUE(due(temporary)) << "expired, and nothing read Xero since";

    // Power BI read Xero after the pushed credential died: it holds another one now.
    temporary.completed(beforeSlot.addSecs(-3600));
    EXPECT_TRUE(WatchCheck::holdsAnotherCredential(temporary.status()));
    EXPECT_FALSE(due(temporary));

    WatchFactsBuilder broken(beforeSlot);
    broken.completed(pushed).failed(sevenThisMorning).scheduled(slot);
    EXPECT_TRUE(due(broken));

    WatchFactsBuilder lasting(beforeSlot);
    lasting.lastingCredential(pushed).completed(pushed.addSecs(60)).scheduled(slot);
    EXPECT_FALSE(due(lasting));

    WatchFactsBuilder unknown(beforeSlot);
    unknown.completed(pushed).scheduled(slot);
    EXPECT_FALSE(due(unknown));
}

// The program's grant serves the push only: where Power BI holds a lasting credential (or one
// this program never saw given) and the push mode is off, its end changes nothing for the user.
TEST_F(WatchCheckTest, TheProgramsXeroGrantIsToldOfOnlyWhereItGivesPowerBiTheCredential)
{
    const QDateTime grantExpires = now.addDays(5);
    const auto grantAging = [&](const WatchFactsBuilder &dataset, bool pushMode) {
        WatchFacts facts = dataset.facts();
        facts.pushMode = pushMode;
        facts.programGrantExpiresAt = grantExpires;
        return keysOf(findings(facts)).contains(QStringLiteral("grantAging:2026-03-09"));
    };
    const QDateTime earlier = now.addDays(-2);
    const QStringList slot = {QStringLiteral("07:00")};

    WatchFactsBuilder lasting(now);
    lasting.lastingCredential(earlier).completed(sevenThisMorning).scheduled(slot);
    EXPECT_FALSE(grantAging(lasting, false));
    EXPECT_TRUE(grantAging(lasting, true))
        << "the push mode uses the grant whatever Power BI holds";

    WatchFactsBuilder unknown(now);
    unknown.completed(sevenThisMorning).scheduled(slot);
    EXPECT_FALSE(grantAging(unknown, false));

    WatchFactsBuilder temporary(now);
    temporary.temporaryCredential(now.addSecs(-600), now.addSecs(1200))
        .completed(now.addSecs(-300))
        .scheduled(slot);
    EXPECT_TRUE(grantAging(temporary, false));

    WatchFactsBuilder broken(now);
    broken.completed(earlier).failed(sevenThisMorning).scheduled(slot);
    EXPECT_TRUE(grantAging(broken, false));

    // Expired, and a refresh read Xero since with another credential: not this program's.
    WatchFactsBuilder outlived(now);
    outlived.temporaryCredential(earlier, earlier.addSecs(1800))
        .completed(now.addSecs(-3600))
        .scheduled(slot);
    EXPECT_FALSE(grantAging(outlived, false));
}

TEST_F(WatchCheckTest, ATemporaryCredentialAlreadyDeadIsSaidInThePast)
{
    const QDateTime pushed = now.addSecs(-3 * 3600);
    const QList<WatchFinding> found =
        findings(WatchFactsBuilder(now)
                     .completed(pushed.addSecs(60))
                     .temporaryCredential(pushed, pushed.addSecs(1800))
                     .scheduled({QStringLiteral("11:00")})
                     .facts());
    const std::optional<WatchFinding> expired =
        find(found, QStringLiteral("credentialExpires:2026-03-04T07:30:00Z"));
    ASSERT_TRUE(expired) << keysOf(found).join(u' ').toStdString();
    EXPECT_TRUE(expired->body.contains(QStringLiteral("it stopped working on")))
        << expired->body.toStdString();
    EXPECT_FALSE(expired->body.contains(QStringLiteral("before that refresh")))
        << expired->body.toStdString();
}

// The push mode with nothing to push (no Xero sign-in kept, no Xero data source chosen): a
// problem of its own, and the expiry it leaves coming is told as for a failed push.
TEST_F(WatchCheckTest, InPushModeNothingToPushIsToldAsAFailedPush)
{
    WatchFacts facts = WatchFactsBuilder(now)
                           .completed(now.addSecs(-5 * 60))
                           .temporaryCredential(now.addSecs(-10 * 60), now.addSecs(20 * 60))
                           .scheduled({QStringLiteral("11:00")})
                           .facts();
    facts.pushMode = true;
    facts.nothingToPush = true;
    const QList<WatchFinding> found = findings(facts);
    ASSERT_EQ(keysOf(found),
              QStringList({QStringLiteral("pushFailed:NothingToPush"),
                           QStringLiteral("credentialExpires:2026-03-04T10:20:00Z")}));
    EXPECT_EQ(found.constFirst().kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(found.constFirst().openWhat, QStringLiteral("xero-settings"));
    EXPECT_TRUE(found.constFirst().body.contains(QStringLiteral("no Xero sign-in")))
        << found.constFirst().body.toStdString();
}
