// The fault matrix: every command of the command line against the faults the sandbox injects as
// the real services produce them, each cell asserting the exit code, the meaning of what is said
// (a key phrase, or the error code with --json), that no secret is shown, that the fault was met
// (the request it stands for was made), and that the program works again once it is gone.
// Two binaries run it, one per output mode (XRA_FAULT_MATRIX_JSON), side by side under CTest.
#include "faultmatrix.h"
#include "sandboxscenario.h"
#include "standalonesandboxtest.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

constexpr bool jsonMode = XRA_FAULT_MATRIX_JSON;

std::string text(const QString &shown)
{
    return shown.toStdString();
}

} // namespace

void PrintTo(const MatrixCell &cell, std::ostream *stream)
{
    *stream << cell.name().toStdString();
}

class FaultMatrixTest : public AssistantAgainstStandaloneSandbox,
                        public ::testing::WithParamInterface<MatrixCell>
{
protected:
    ProcessRun run(const QStringList &arguments, bool followsRefresh)
    {
        // The refresh lasts five seconds of the sandbox's clock: moved on, it ends at once.
        const auto moveClockOn = [] {
            sandbox->send("POST", QStringLiteral("/_sandbox/clock"), R"({"advanceSeconds":3})");
        };
        return runAssistant(arguments, sandbox->servicePrincipal(),
                            followsRefresh ? std::function<void()>(moveClockOn)
                                           : std::function<void()>());
    }

    static void expectNormalEnd(const MatrixCell &cell, const ProcessRun &run)
    {
        if (cell.json) {
            EXPECT_TRUE(run.json().contains(cell.command.jsonMember)) << text(run.out);
            EXPECT_FALSE(run.json().contains(QStringLiteral("error"))) << text(run.out);
            return;
        }
        for (const QString &phrase : cell.expected.phrases)
            EXPECT_TRUE(run.out.contains(phrase)) << "wanted: " << text(phrase) << "\n"
                                                  << text(run.out);
    }

    // An error, or the end of the wait (exit 5): the sentence on stderr, and with --json the
    // error document, or the command's own document at the end of the wait.
    static void expectError(const MatrixCell &cell, const ProcessRun &run)
    {
        if (cell.json && cell.expected.jsonCode.isEmpty()) {
            EXPECT_TRUE(run.json().contains(cell.command.jsonMember)) << text(run.out);
        } else if (cell.json) {
            ASSERT_TRUE(run.outIsOneJsonDocument()) << text(run.out);
            EXPECT_EQ(run.errorCode(), cell.expected.jsonCode) << text(run.out);
        }
        for (const QString &phrase : cell.expected.phrases)
            EXPECT_TRUE(run.err.contains(phrase)) << "wanted: " << text(phrase) << "\n"
                                                  << text(run.err);
        // What the user reads is sentences: no log line of the program's among them.
        EXPECT_FALSE(run.err.contains(QRegularExpression(QStringLiteral("(^|\n)xra\\."))))
            << text(run.err);
    }
};

TEST_P(FaultMatrixTest, SaysWhatHappenedAndStaysUsable)
{
    const MatrixCell &cell = GetParam();
    if (cell.command.ownsDataset)
        sandbox->takeOverAsServicePrincipal(SandboxScenario::financeWorkspaceId,
                                            SandboxScenario::xeroDatasetId);
    sandbox->addFault(cell.faultBody());
    QStringList arguments = cell.command.arguments + cell.fault.extraArguments;
    if (cell.json)
        arguments << QStringLiteral("--json");

    const ProcessRun faulted = run(arguments, cell.command.followsRefresh);
    EXPECT_EQ(faulted.exitCode, cell.expected.exitCode) << text(faulted.err);
    if (cell.json) {
        EXPECT_TRUE(faulted.outIsOneJsonDocument()) << text(faulted.out);
    }
    if (cell.endsNormally)
        expectNormalEnd(cell, faulted);
    else
        expectError(cell, faulted);
    if (!cell.fault.staysPending) {
        EXPECT_EQ(sandbox->pendingFaults(), 0) << "the fault was not met";
    }

    // The fault gone, the program works as before: nothing it left behind is in the way.
    sandbox->clearFaults();
    if (cell.endsNormally)
        return; // the run above was that already
    const ProcessRun next = run(cell.command.usableAfter, cell.command.followsRefresh);
    EXPECT_EQ(next.exitCode, cell.command.usableExitCode) << text(next.err);
}

INSTANTIATE_TEST_SUITE_P(CommandsAgainstFaults, FaultMatrixTest,
                         ::testing::ValuesIn(FaultMatrix::cells(jsonMode)),
                         [](const ::testing::TestParamInfo<MatrixCell> &info) {
                             return info.param.name().toStdString();
                         });
