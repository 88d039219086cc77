// refresh-now --wait --timeout N is a deadline: whatever is under way when it passes (the
// sign-in, the POST, a look at the history that never answers, a back-off wait) ends, with
// exit 5 and a sentence saying that the refresh goes on in Power BI.
#include "sandboxscenario.h"
#include "standalonesandboxtest.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

const QStringList refreshXeroAndWait = {QStringLiteral("refresh-now"), QStringLiteral("--dataset"),
                                        QStringLiteral("Xero"),        QStringLiteral("--wait"),
                                        QStringLiteral("--json"),      QStringLiteral("--timeout")};

// A route that answers, but much later than any wait in these tests.
QJsonObject hung(const QString &method, const QString &path)
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("realAnswer"), true},
            {QStringLiteral("delayMilliseconds"), 120000},
            {QStringLiteral("times"), 100}};
}

} // namespace

// The built-in sandbox's refresh lasts 5 seconds: a wait of 3 ends first.
TEST(AssistantWaitDeadline, ARefreshLongerThanTheTimeoutEndsTheWaitOnTimeWithExitFive)
{
    const ProcessRun run = runAssistant(QStringList{QStringLiteral("--sandbox")}
                                        << refreshXeroAndWait << QStringLiteral("3"));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_GE(run.elapsedMs, 2900);
    EXPECT_LT(run.elapsedMs, 10000);
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("Unknown"));
    const QString requestId = run.json().value(QStringLiteral("requestId")).toString();
    ASSERT_FALSE(requestId.isEmpty());
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("still running in Power BI (request id %1)").arg(requestId)))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("The wait ended after 3 seconds")))
        << run.err.toStdString();
}

class AssistantWaitDeadlineAgainstFaults : public AssistantAgainstStandaloneSandbox
{
};

TEST_F(AssistantWaitDeadlineAgainstFaults, LooksThatNeverAnswerEndAtTheTimeout)
{
    sandbox->addFault(hung(QStringLiteral("GET"), QStringLiteral("/refreshes$")));
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("10"));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_LT(run.elapsedMs, 20000);
    sandbox->clearFaults();
    const QString requestId = run.json().value(QStringLiteral("requestId")).toString();
    EXPECT_EQ(requestId, sandbox->newestRefreshRequestId(SandboxScenario::financeWorkspaceId,
                                                         SandboxScenario::xeroDatasetId));
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("still running in Power BI (request id %1)").arg(requestId)))
        << run.err.toStdString();
}

TEST_F(AssistantWaitDeadlineAgainstFaults, ABackOffWaitBetweenLooksEndsAtTheTimeout)
{
    QJsonObject throttled = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 429);
    throttled.insert(QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("50")}});
    throttled.insert(QStringLiteral("times"), 10);
    sandbox->addFault(throttled);
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("3"));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_LT(run.elapsedMs, 10000);
    EXPECT_TRUE(run.err.contains(QLatin1String("still running in Power BI")))
        << run.err.toStdString();
}

TEST_F(AssistantWaitDeadlineAgainstFaults, APostThatNeverAnswersEndsSayingTheRefreshMayHaveStarted)
{
    sandbox->addFault(hung(QStringLiteral("POST"), QStringLiteral("/refreshes$")));
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("2"));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_LT(run.elapsedMs, 10000);
    ASSERT_TRUE(run.outIsOneJsonDocument()) << run.out.toStdString();
    EXPECT_EQ(run.errorCode(), QStringLiteral("WaitTimedOut"));
    EXPECT_TRUE(run.err.contains(QLatin1String("it may have started"))) << run.err.toStdString();
}

TEST_F(AssistantWaitDeadlineAgainstFaults, ASignInThatNeverAnswersEndsWithNothingStarted)
{
    sandbox->addFault(hung(QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token$")));
    // Used up by a POST of a refresh, which must not come.
    sandbox->addFault(fault(QStringLiteral("POST"), QStringLiteral("/refreshes$"), 500));
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("2"));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_LT(run.elapsedMs, 10000);
    EXPECT_EQ(run.errorCode(), QStringLiteral("WaitTimedOut"));
    EXPECT_TRUE(run.err.contains(QLatin1String("nothing was started"))) << run.err.toStdString();
    EXPECT_EQ(sandbox->pendingFaults(), 2) << "a refresh was asked for";
}

// After Power BI accepted the refresh, a look that fails for a passing reason (a 500) is tried
// again: the wait follows the refresh to its own end (it fails, as the scheduled ones did).
TEST_F(AssistantWaitDeadlineAgainstFaults, AFailedLookIsTriedAgainUntilTheRefreshEnds)
{
    sandbox->addFault(fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 500));
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("60"));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("still running in Power BI")))
        << run.err.toStdString();
    EXPECT_EQ(
        run.json().value(QStringLiteral("lastRefresh")).toObject().value(QStringLiteral("status")),
        QStringLiteral("Failed"))
        << run.out.toStdString();
    EXPECT_EQ(sandbox->pendingFaults(), 0);
}

// A look that looking again cannot mend (a permission refusal) ends the wait, not the refresh:
// said so, with the refresh's request id (exit 4, a service error).
TEST_F(AssistantWaitDeadlineAgainstFaults, AFailedLookSaysTheRefreshGoesOnWithItsRequestId)
{
    sandbox->addFault(fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 403));
    const ProcessRun run = assistant(QStringList(refreshXeroAndWait) << QStringLiteral("60"));
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    const QString requestId = sandbox->newestRefreshRequestId(SandboxScenario::financeWorkspaceId,
                                                              SandboxScenario::xeroDatasetId);
    ASSERT_FALSE(requestId.isEmpty());
    const QString sentence =
        QStringLiteral("The refresh was started and is still running in Power BI (request id %1)")
            .arg(requestId);
    EXPECT_TRUE(run.err.contains(sentence)) << run.err.toStdString();
    const QString message = run.json()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    EXPECT_TRUE(message.contains(sentence)) << message.toStdString();
}
