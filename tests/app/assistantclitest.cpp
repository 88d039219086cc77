#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runAssistant(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(XRA_ASSISTANT), arguments);
    ProcessRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST(AssistantCommandLine, VersionPrintsTheProjectVersion)
{
    const ProcessRun run = runAssistant({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QLatin1String(XRA_VERSION))) << run.out.toStdString();
}

TEST(AssistantCommandLine, HelpFollowsTheLanguageOption)
{
    const ProcessRun english =
        runAssistant({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(english.exitCode, 0);
    EXPECT_TRUE(english.out.contains(QLatin1String("Repairs the Xero refresh")));

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
