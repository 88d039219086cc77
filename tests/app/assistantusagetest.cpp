// Bad input on the command line: exit 2, a sentence that names the problem (and says it once),
// and nothing sent to the service.
#include "standalonesandboxtest.h"

#include <gtest/gtest.h>

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

namespace {

// The usage error of a run, checked: exit 2, nothing on stdout, the sentence on stderr.
QString usageError(const QStringList &arguments)
{
    const ProcessRun run = runAssistant(arguments);
    EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    return run.err.trimmed();
}

} // namespace

// A number too large for the option is told its maximum, not "1 or more" (issue 13, N1).
TEST(AssistantUsage, ATooLargeNumberIsToldTheMaximum)
{
    for (const char *top : {"99999999999", "2147483648", "999999999999999999999999999"}) {
        const QString error =
            usageError({QStringLiteral("history"), QStringLiteral("--top"), QLatin1String(top)});
        EXPECT_TRUE(error.contains(QLatin1String("--top can be at most 2147483647")))
            << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1String("1 or more"))) << error.toStdString();
    }
    const QString timeout =
        usageError({QStringLiteral("refresh-now"), QStringLiteral("--wait"),
                    QStringLiteral("--timeout"), QStringLiteral("99999999999")});
    EXPECT_TRUE(timeout.contains(QLatin1String("--timeout can be at most 86400 seconds")))
        << timeout.toStdString();
    // Too small is still too small.
    EXPECT_TRUE(
        usageError({QStringLiteral("history"), QStringLiteral("--top"), QStringLiteral("-3")})
            .contains(QLatin1String("1 or more")));
}

// Each problem is said once: "--set-daily ," used to repeat one sentence per empty time.
TEST(AssistantUsage, ASetDailyProblemIsSaidOnce)
{
    const QString empty = usageError(
        {QStringLiteral("schedule"), QStringLiteral("--set-daily"), QStringLiteral(",")});
    EXPECT_TRUE(empty.contains(QLatin1String("has an empty time"))) << empty.toStdString();
    EXPECT_EQ(empty.count(QLatin1String("06:00,18:30")), 1) << empty.toStdString();
    EXPECT_EQ(empty.count(QLatin1Char('\n')), 0) << empty.toStdString();

    const QString twice = usageError(
        {QStringLiteral("schedule"), QStringLiteral("--set-daily"), QStringLiteral("07:15,07:15")});
    EXPECT_EQ(twice.count(QLatin1String("on the hour or the half hour")), 1) << twice.toStdString();
}
