#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace {

constexpr int waitMs = 10000;

// A socket file with nobody behind it, as a run that crashed leaves it.
bool leaveStaleSocket(const QString &path)
{
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (descriptor < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::strncpy(address.sun_path, encoded.constData(), sizeof(address.sun_path) - 1);
    const bool bound =
        ::bind(descriptor, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(descriptor);
    return bound && QFile::exists(path);
}

} // namespace

// Two instances in one process, on a socket in a private folder (a full path is used as it is).
class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString name() const { return folder.filePath(QStringLiteral("instance")); }

    QTemporaryDir folder;
};

TEST_F(SingleInstanceTest, TheFirstStartBecomesTheInstance)
{
    SingleInstance first(name());
    QSignalSpy became(&first, &SingleInstance::becameInstance);
    first.start();
    ASSERT_TRUE(became.wait(waitMs));
    EXPECT_TRUE(first.isInstance());
}

TEST_F(SingleInstanceTest, ASecondStartHandsOverAndTheFirstComesForward)
{
    SingleInstance first(name());
    QSignalSpy became(&first, &SingleInstance::becameInstance);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    first.start();
    ASSERT_TRUE(became.wait(waitMs));

    SingleInstance second(name());
    QSignalSpy handedOver(&second, &SingleInstance::handedOver);
    QSignalSpy secondBecame(&second, &SingleInstance::becameInstance);
    second.start();
    ASSERT_TRUE(handedOver.wait(waitMs));
    EXPECT_TRUE(activated.size() == 1 || activated.wait(waitMs));
    EXPECT_EQ(activated.size(), 1);
    EXPECT_EQ(secondBecame.size(), 0);
    EXPECT_FALSE(second.isInstance());
}

// A notification's Fix now starts the program with --open: the window running shows that step.
TEST_F(SingleInstanceTest, ALaterStartCarriesWhatToOpen)
{
    SingleInstance first(name());
    QSignalSpy became(&first, &SingleInstance::becameInstance);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    first.start();
    ASSERT_TRUE(became.wait(waitMs));

    for (const QString &what : {QStringLiteral("xero-settings"), QString()}) {
        SingleInstance later(name());
        later.setRequest(what);
        QSignalSpy handedOver(&later, &SingleInstance::handedOver);
        later.start();
        ASSERT_TRUE(handedOver.wait(waitMs));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return activated.size() == 2; }, waitMs));
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("xero-settings"));
    EXPECT_EQ(activated.at(1).at(0).toString(), QString());
}

// Anything else on the socket is not a request: nothing opens.
TEST_F(SingleInstanceTest, AMalformedRequestOpensNothing)
{
    SingleInstance first(name());
    QSignalSpy became(&first, &SingleInstance::becameInstance);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    first.start();
    ASSERT_TRUE(became.wait(waitMs));

    QLocalSocket socket;
    socket.connectToServer(name());
    ASSERT_TRUE(socket.waitForConnected(waitMs));
    socket.write("activate ../../etc/passwd\nopen status\nactivate STATUS\nactivate schedule\n");
    ASSERT_TRUE(socket.waitForBytesWritten(waitMs));
    ASSERT_TRUE(activated.wait(waitMs));
    QTest::qWait(100);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("schedule"));
}

TEST_F(SingleInstanceTest, EveryLaterStartIsHandedOver)
{
    SingleInstance first(name());
    QSignalSpy became(&first, &SingleInstance::becameInstance);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    first.start();
    ASSERT_TRUE(became.wait(waitMs));
    for (int i = 0; i < 3; ++i) {
        SingleInstance later(name());
        QSignalSpy handedOver(&later, &SingleInstance::handedOver);
        later.start();
        ASSERT_TRUE(handedOver.wait(waitMs));
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return activated.size() == 3; }, waitMs));
}

TEST_F(SingleInstanceTest, ASocketLeftByACrashIsReplaced)
{
    ASSERT_TRUE(leaveStaleSocket(name()));
    SingleInstance fresh(name());
    QSignalSpy became(&fresh, &SingleInstance::becameInstance);
    QSignalSpy failed(&fresh, &SingleInstance::failed);
    fresh.start();
    ASSERT_TRUE(became.wait(waitMs)) << failed.size();
    EXPECT_TRUE(fresh.isInstance());

    SingleInstance second(name());
    QSignalSpy handedOver(&second, &SingleInstance::handedOver);
    second.start();
    EXPECT_TRUE(handedOver.wait(waitMs));
}

TEST_F(SingleInstanceTest, TheInstanceGoneTheNextStartTakesOver)
{
    {
        SingleInstance first(name());
        QSignalSpy became(&first, &SingleInstance::becameInstance);
        first.start();
        ASSERT_TRUE(became.wait(waitMs));
    }
    SingleInstance next(name());
    QSignalSpy became(&next, &SingleInstance::becameInstance);
    next.start();
    EXPECT_TRUE(became.wait(waitMs));
}

TEST(SingleInstanceName, IsPerUserAndApartForTheSandbox)
{
    const QString real = SingleInstance::serverNameForUser(false);
    EXPECT_TRUE(real.startsWith(QStringLiteral("xero-refresh-assistant-")));
    EXPECT_NE(real, SingleInstance::serverNameForUser(true));
    EXPECT_FALSE(real.contains(QLatin1Char('/')));
}

// The real program: a second start with --sandbox exits 0 and the running one hears it. The
// socket lives in TMPDIR, so a private one keeps this apart from any program the user runs.
TEST(SingleInstanceProgram, ASecondStartExitsAndBringsTheFirstForward)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), home.path());
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("xra.app.window.info=true"));
    const QString socket =
        home.filePath(SingleInstance::serverNameForUser(true)); // as the program names it

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(XRA_ASSISTANT), {QStringLiteral("--sandbox")});
    ASSERT_TRUE(first.waitForStarted(waitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(socket); }, 30000))
        << first.readAllStandardError().toStdString();

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(XRA_ASSISTANT), {QStringLiteral("--sandbox")});
    ASSERT_TRUE(second.waitForFinished(30000));
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();

    QByteArray firstLog;
    const bool heard = QTest::qWaitFor(
        [&] {
            firstLog += first.readAllStandardError();
            return firstLog.contains("another start asked for the window");
        },
        waitMs);
    EXPECT_TRUE(heard) << firstLog.toStdString();
    EXPECT_EQ(first.state(), QProcess::Running);
    first.terminate();
    if (!first.waitForFinished(waitMs)) {
        first.kill();
        first.waitForFinished(waitMs);
    }
}
