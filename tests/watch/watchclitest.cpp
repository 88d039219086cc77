#include "assistantrun.h"
#include "fakenotificationserver.h"
#include "singleinstance.h"
#include "standalonesandboxtest.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// The real program's `watch`, as its timer runs it: against a standalone sandbox as a service
// principal (the sandbox's Xero dataset: last refresh failed on the Xero sign-in), with a
// notification server of ours on the test's private bus. Each test has its own settings, so the
// watch's memory starts empty.
class WatchCommand : public AssistantAgainstStandaloneSandbox
{
protected:
    void SetUp() override
    {
        AssistantAgainstStandaloneSandbox::SetUp();
        ASSERT_TRUE(config.isValid());
        ASSERT_TRUE(runtime.isValid());
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = sandbox->servicePrincipal();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        // A desktop to open a window on (the offscreen platform draws it): with none, the watch
        // shows no buttons that would open nothing.
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Where the program's instance socket is, and no user systemd to install anything into.
        environment.insert(QStringLiteral("TMPDIR"), runtime.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        return environment;
    }

    // The notification server answers from this process's event loop while the program runs.
    ProcessRun watch(const QStringList &extra, const std::function<void()> &meanwhile = {})
    {
        return runAssistant(QStringList{QStringLiteral("watch"), QStringLiteral("--json"),
                                        QStringLiteral("--dataset"), QStringLiteral("Xero")} +
                                extra,
                            environment(), [&] {
                                QCoreApplication::processEvents();
                                if (meanwhile)
                                    meanwhile();
                            });
    }

    // A window of the program already running: the instance under the program's socket name.
    std::unique_ptr<SingleInstance> runningWindow() const
    {
        auto window = std::make_unique<SingleInstance>(
            QDir(runtime.path()).filePath(SingleInstance::serverNameForUser(false)));
        QSignalSpy became(window.get(), &SingleInstance::becameInstance);
        window->start();
        EXPECT_TRUE(became.wait(5000));
        return window;
    }

    static QStringList keys(const QJsonValue &array)
    {
        QStringList keys;
        for (const QJsonValue &key : array.toArray())
            keys.append(key.toString());
        return keys;
    }

    QTemporaryDir config;
    QTemporaryDir runtime;
};

TEST_F(WatchCommand, AFailedRefreshIsAnnouncedOnTheDesktopOnceAndItsExitCodeSaysSo)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    const QStringList noWait{QStringLiteral("--action-wait"), QStringLiteral("0")};

    const ProcessRun first = watch(noWait);
    EXPECT_EQ(first.exitCode, 1) << first.err.toStdString();
    ASSERT_TRUE(first.outIsOneJsonDocument()) << first.out.toStdString();
    const QStringList announced = keys(first.json()[QStringLiteral("announced")]);
    ASSERT_FALSE(announced.isEmpty());
    EXPECT_TRUE(announced.constFirst().startsWith(QStringLiteral("failed:")))
        << announced.join(QLatin1Char(' ')).toStdString();
    ASSERT_EQ(server.received().size(), announced.size());
    const FakeNotificationServer::Received &told = server.received().constFirst();
    EXPECT_TRUE(told.summary.contains(QStringLiteral("failed"))) << told.summary.toStdString();
    EXPECT_TRUE(told.body.contains(QStringLiteral("Xero"))) << told.body.toStdString();
    EXPECT_EQ(told.signature, QStringLiteral("susssasa{sv}i"));

    // The timer's next run: the same failure is not told again, but still counts.
    const ProcessRun second = watch(noWait);
    EXPECT_EQ(second.exitCode, 1) << second.err.toStdString();
    EXPECT_TRUE(keys(second.json()[QStringLiteral("announced")]).isEmpty());
    EXPECT_FALSE(second.json()[QStringLiteral("findings")].toArray().isEmpty());
    EXPECT_EQ(server.received().size(), announced.size());
}

TEST_F(WatchCommand, WithoutANotificationServiceTheProblemIsPrintedAndToldNextTime)
{
    const QStringList noWait{QStringLiteral("--action-wait"), QStringLiteral("0")};
    const ProcessRun unheard = watch(noWait);
    EXPECT_EQ(unheard.exitCode, 1) << unheard.err.toStdString();
    EXPECT_TRUE(unheard.json()[QStringLiteral("notifyError")].isObject())
        << unheard.out.toStdString();
    EXPECT_FALSE(unheard.json()[QStringLiteral("findings")].toArray().isEmpty());

    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    const ProcessRun heard = watch(noWait);
    EXPECT_FALSE(keys(heard.json()[QStringLiteral("announced")]).isEmpty())
        << heard.out.toStdString();
    EXPECT_FALSE(server.received().isEmpty());
}

// Fix now on the notification starts the program with --open: a window already running (here,
// this test's instance under the program's socket name) shows the step that fixes it.
TEST_F(WatchCommand, FixNowOpensTheStepThatFixesItInTheRunningWindow)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    std::unique_ptr<SingleInstance> window;
    ASSERT_NO_FATAL_FAILURE(window = runningWindow());
    QSignalSpy asked(window.get(), &SingleInstance::activationRequested);

    bool clicked = false;
    const ProcessRun run = watch({QStringLiteral("--action-wait"), QStringLiteral("20")}, [&] {
        if (clicked || server.received().isEmpty())
            return;
        const FakeNotificationServer::Received &shown = server.received().constFirst();
        ASSERT_TRUE(shown.actions.contains(QStringLiteral("fix")));
        server.invokeAction(shown.id, QStringLiteral("fix"));
        clicked = true;
    });
    EXPECT_TRUE(clicked);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    // The watch ended on the click, not at the end of its wait.
    EXPECT_LT(run.elapsedMs, 15000);
    ASSERT_TRUE(asked.size() == 1 || asked.wait(20000));
    EXPECT_EQ(asked.constFirst().constFirst().toString(), QStringLiteral("xero-settings"));
}

TEST_F(WatchCommand, DismissedTheWatchEndsWithoutOpeningAnything)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    // Each one dismissed as it shows (a check may show several).
    qsizetype dismissed = 0;
    const ProcessRun run = watch({QStringLiteral("--action-wait"), QStringLiteral("20")}, [&] {
        for (; dismissed < server.received().size(); ++dismissed)
            server.close(server.received().at(dismissed).id);
    });
    EXPECT_GT(dismissed, 0);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_LT(run.elapsedMs, 15000);
}

// The timer's run after the watch was turned off (a cron line left behind): nothing is checked,
// nothing shown.
TEST_F(WatchCommand, TurnedOffTheTimersRunDoesNothing)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    const ProcessRun run = watch({QStringLiteral("--only-if-on")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(server.received().isEmpty());
}

// The most likely failure of an unattended run: the sign-in. Told once, and Fix now opens the
// window, where the user signs in again.
TEST_F(WatchCommand, ACheckThatCannotSignInIsToldAndFixNowOpensTheWindow)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.isRegistered());
    std::unique_ptr<SingleInstance> window;
    ASSERT_NO_FATAL_FAILURE(window = runningWindow());
    QSignalSpy asked(window.get(), &SingleInstance::activationRequested);

    QProcessEnvironment refused = environment();
    refused.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("wrong-secret"));
    bool clicked = false;
    const ProcessRun run = runAssistant(
        {QStringLiteral("watch"), QStringLiteral("--action-wait"), QStringLiteral("20")}, refused,
        [&] {
            QCoreApplication::processEvents();
            if (clicked || server.received().isEmpty())
                return;
            server.invokeAction(server.received().constFirst().id, QStringLiteral("fix"));
            clicked = true;
        });
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    ASSERT_EQ(server.received().size(), 1);
    EXPECT_TRUE(server.received().constFirst().summary.contains(QStringLiteral("cannot check")))
        << server.received().constFirst().summary.toStdString();
    EXPECT_LT(run.elapsedMs, 15000);
    ASSERT_TRUE(asked.size() == 1 || asked.wait(20000));
    EXPECT_EQ(asked.constFirst().constFirst().toString(), QStringLiteral("status"));
}

TEST(WatchCommandLine, ItsOptionsAreCheckedBeforeAnythingIsSent)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("status"), QStringLiteral("--action-wait"),
                      QStringLiteral("5")},
          QStringList{QStringLiteral("watch"), QStringLiteral("--action-wait"),
                      QStringLiteral("soon")},
          QStringList{QStringLiteral("watch"), QStringLiteral("--open"), QStringLiteral("status")},
          QStringList{QStringLiteral("--open"), QStringLiteral("everything")}}) {
        const ProcessRun run = runAssistant(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty());
    }
}
