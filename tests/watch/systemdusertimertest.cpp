#include "systemdusertimer.h"
#include "awaitresult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// How the fake systemctl behaves.
enum class Manager
{
    Running,       // is-system-running prints "running"
    Degraded,      // prints "degraded", exit 1: timers still fire
    Offline,       // prints "offline", exit 1: no user manager (as on this machine)
    RefusesEnable, // running, but `enable` fails with a message on stderr
};

QString script(Manager manager)
{
    QString state = QStringLiteral("echo running");
    if (manager == Manager::Degraded)
        state = QStringLiteral("echo degraded; exit 1");
    else if (manager == Manager::Offline)
        state = QStringLiteral("echo offline; exit 1");
    const QString enable = manager == Manager::RefusesEnable
                               ? QStringLiteral("echo 'Failed to enable unit: Unit file "
                                                "xero-refresh-assistant-watch.timer is "
                                                "masked.' >&2; exit 1")
                               : QStringLiteral("exit 0");
    return QStringLiteral("#!/bin/sh\n"
                          "echo \"$*\" >> \"$(dirname \"$0\")/calls.log\"\n"
                          "case \"$2\" in\n"
                          "  is-system-running) %1 ;;\n"
                          "  enable) %2 ;;\n"
                          "  *) exit 0 ;;\n"
                          "esac\n")
        .arg(state, enable);
}

WatchUnits units()
{
    WatchUnits units;
    units.serviceFileName = WatchCalendar::serviceFileName;
    units.serviceText = QStringLiteral("[Service]\nType=oneshot\nExecStart=/usr/bin/true\n");
    units.timerFileName = WatchCalendar::timerFileName;
    units.timerText = QStringLiteral("[Timer]\nOnCalendar=*-*-* 06:20:00\n\n[Install]\n"
                                     "WantedBy=timers.target\n");
    return units;
}

class SystemdUserTimerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(scratch.isValid());
        ASSERT_TRUE(QDir().mkpath(runtimeFolder() + QStringLiteral("/systemd")));
        QFile socket(runtimeFolder() + QStringLiteral("/systemd/private"));
        ASSERT_TRUE(socket.open(QIODevice::WriteOnly)); // a plain file stands for the socket
        useManager(Manager::Running);
    }

    void useManager(Manager manager)
    {
        QFile fake(systemctlPath());
        ASSERT_TRUE(fake.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fake.write(script(manager).toUtf8());
        fake.close();
        fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        timer = std::make_unique<SystemdUserTimer>(systemctlPath(), unitFolder(), runtimeFolder());
    }

    QString systemctlPath() const { return scratch.filePath(QStringLiteral("systemctl")); }
    QString unitFolder() const { return scratch.filePath(QStringLiteral("config/systemd/user")); }
    QString runtimeFolder() const { return scratch.filePath(QStringLiteral("run")); }

    QStringList calls() const
    {
        QFile log(scratch.filePath(QStringLiteral("calls.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    Result<WatchTimer::Availability> availability()
    {
        return awaitResult<WatchTimer::Availability>(
            [&](auto done) { timer->availability(&context, done); });
    }
    Result<Done> install()
    {
        return awaitResult<Done>([&](auto done) { timer->install(units(), &context, done); });
    }
    Result<Done> remove()
    {
        return awaitResult<Done>([&](auto done) { timer->remove(&context, done); });
    }

    QTemporaryDir scratch;
    std::unique_ptr<SystemdUserTimer> timer;
    QObject context;
};

} // namespace

TEST_F(SystemdUserTimerTest, InstallWritesBothUnitsThenReloadsThenStartsTheTimer)
{
    EXPECT_FALSE(timer->isInstalled());
    const Result<Done> installed = install();
    ASSERT_TRUE(installed) << installed.error().technicalDetails().toStdString();
    EXPECT_TRUE(timer->isInstalled());
    const QStringList paths = timer->unitPaths();
    ASSERT_EQ(paths.size(), 2);
    QFile service(paths.at(0));
    ASSERT_TRUE(service.open(QIODevice::ReadOnly)) << paths.at(0).toStdString();
    EXPECT_EQ(QString::fromUtf8(service.readAll()), units().serviceText);
    QFile timerFile(paths.at(1));
    ASSERT_TRUE(timerFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(timerFile.readAll()), units().timerText);
    EXPECT_EQ(calls(), QStringList({QStringLiteral("--user daemon-reload"),
                                    QStringLiteral("--user enable --now "
                                                   "xero-refresh-assistant-watch.timer")}));
}

TEST_F(SystemdUserTimerTest, RemoveStopsTheTimerDeletesTheUnitsAndReloads)
{
    ASSERT_TRUE(install());
    QFile::remove(scratch.filePath(QStringLiteral("calls.log")));
    const Result<Done> removed = remove();
    ASSERT_TRUE(removed) << removed.error().technicalDetails().toStdString();
    EXPECT_FALSE(timer->isInstalled());
    for (const QString &path : timer->unitPaths())
        EXPECT_FALSE(QFile::exists(path)) << path.toStdString();
    EXPECT_EQ(calls(), QStringList({QStringLiteral("--user disable --now "
                                                   "xero-refresh-assistant-watch.timer"),
                                    QStringLiteral("--user daemon-reload")}));
}

// `enable` links the timer into timers.target.wants; a `disable` that failed left that link
// naming a deleted file.
TEST_F(SystemdUserTimerTest, RemoveLeavesNoLinkEvenWhenDisableFailed)
{
    ASSERT_TRUE(install());
    const QString wants = QDir(unitFolder()).filePath(QStringLiteral("timers.target.wants"));
    ASSERT_TRUE(QDir().mkpath(wants));
    const QString link = QDir(wants).filePath(QStringLiteral("xero-refresh-assistant-watch.timer"));
    ASSERT_TRUE(QFile::link(QStringLiteral("../xero-refresh-assistant-watch.timer"), link));
    ASSERT_TRUE(remove());
    EXPECT_FALSE(QFileInfo(link).isSymLink());
    EXPECT_FALSE(QFileInfo::exists(link));
}

TEST_F(SystemdUserTimerTest, UnitsGoToTheUsersSystemdFolder)
{
    SystemdUserTimer real;
    const QStringList paths = real.unitPaths();
    ASSERT_EQ(paths.size(), 2);
    EXPECT_TRUE(
        paths.at(0).endsWith(QStringLiteral("/systemd/user/xero-refresh-assistant-watch.service")));
    EXPECT_TRUE(
        paths.at(1).endsWith(QStringLiteral("/systemd/user/xero-refresh-assistant-watch.timer")));
}

TEST_F(SystemdUserTimerTest, AvailableWhenTheUserManagerRunsOrIsDegraded)
{
    Result<WatchTimer::Availability> answer = availability();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer.value(), WatchTimer::Availability::Available);
    EXPECT_EQ(calls(), QStringList({QStringLiteral("--user is-system-running")}));

    useManager(Manager::Degraded);
    answer = availability();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer.value(), WatchTimer::Availability::Available);
}

TEST_F(SystemdUserTimerTest, UnavailableWhenTheUserManagerIsOffline)
{
    useManager(Manager::Offline);
    const Result<WatchTimer::Availability> answer = availability();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer.value(), WatchTimer::Availability::Unavailable);
}

TEST_F(SystemdUserTimerTest, UnavailableWithoutTheManagersSocketAndSystemctlIsNotAsked)
{
    ASSERT_TRUE(QFile::remove(runtimeFolder() + QStringLiteral("/systemd/private")));
    const Result<WatchTimer::Availability> answer = availability();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer.value(), WatchTimer::Availability::Unavailable);
    EXPECT_TRUE(calls().isEmpty());
}

TEST_F(SystemdUserTimerTest, UnavailableWhenSystemctlCannotRun)
{
    timer = std::make_unique<SystemdUserTimer>(scratch.filePath(QStringLiteral("no-systemctl")),
                                               unitFolder(), runtimeFolder());
    const Result<WatchTimer::Availability> answer = availability();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer.value(), WatchTimer::Availability::Unavailable);
}

TEST_F(SystemdUserTimerTest, ARefusedTimerIsAPlainErrorWithSystemdsOwnWordsInTheDetails)
{
    useManager(Manager::RefusesEnable);
    const Result<Done> installed = install();
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().plainSentence(),
              QStringLiteral("The watch could not be started: systemd refused to start its "
                             "timer. The details say why."));
    EXPECT_TRUE(installed.error().technicalDetails().contains(QStringLiteral("masked")))
        << installed.error().technicalDetails().toStdString();
    EXPECT_TRUE(installed.error().technicalDetails().contains(QStringLiteral("enable --now")));
}

TEST_F(SystemdUserTimerTest, AnUnwritableFolderIsAPlainErrorAndSystemctlIsNotAsked)
{
    QFile blocker(scratch.filePath(QStringLiteral("config")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // a file where the folder must go
    blocker.close();
    const Result<Done> installed = install();
    ASSERT_FALSE(installed);
    EXPECT_TRUE(installed.error().plainSentence().startsWith(
        QStringLiteral("The watch could not be set up")));
    EXPECT_TRUE(calls().isEmpty());
}

TEST_F(SystemdUserTimerTest, ACallerGoneGetsNoCallback)
{
    auto gone = std::make_unique<QObject>();
    bool called = false;
    timer->install(units(), gone.get(), [&](Result<Done>) { called = true; });
    gone.reset();
    QTest::qWait(1000);
    EXPECT_FALSE(called);
}
