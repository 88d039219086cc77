// The keychain missing or locked: this test binary runs itself again as a child process, in an
// environment without a session bus, or in a private session (keyringsession.sh) whose
// gnome-keyring is locked, and the child plays a whole session against TokenStore
// (KeychainChild.DISABLED_*, run only that way). The parent then checks that the child passed,
// and that neither its output nor any file under its HOME holds the secret.

#include "awaitresult.h"
#include "keychainjob.h"
#include "keychaintestsupport.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <vector>

namespace {

const TokenKey sessionKey =
    TokenKey::xeroRefreshToken(QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b01"));
const TokenKey preparedKey =
    TokenKey::xeroRefreshToken(QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b02"));
const TokenKey otherKey = TokenKey::microsoftRefreshToken(QStringLiteral("alex@contoso.example"));
const QString preparedSecret = QStringLiteral("xra-prepared-entry");

// What the parent tells the child, through its environment.
struct ChildSettings
{
    QString program;
    QString secret;
    // "missing"; "locked": the store must see it is locked without waiting on a prompt;
    // "prompt": locked, seen only because the keychain did not answer in time.
    QString expect;
    bool expectPreparedEntry = false;

    static ChildSettings fromEnvironment()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        return {environment.value(QStringLiteral("XRA_KEYCHAIN_CHILD_PROGRAM")),
                environment.value(QStringLiteral("XRA_KEYCHAIN_CHILD_SECRET")),
                environment.value(QStringLiteral("XRA_KEYCHAIN_CHILD_EXPECT")),
                environment.contains(QStringLiteral("XRA_KEYCHAIN_CHILD_PREPARED"))};
    }
    bool valid() const { return !program.isEmpty() && !secret.isEmpty(); }
};

const char notAChild[] =
    "run only as a child of TokenStoreFallback tests, which set its environment";

// ---- the child side ----

// Writes the entry that a later, locked, session must not pass off as "not found".
TEST(KeychainChild, DISABLED_PrepareEntry)
{
    const ChildSettings settings = ChildSettings::fromEnvironment();
    ASSERT_TRUE(settings.valid()) << notAChild;
    TokenStore store(TokenStore::Backend::SystemKeychain, settings.program);
    QObject::connect(&store, &TokenStore::keychainUnavailable, [](const ApiError &error) {
        ADD_FAILURE() << "the unlocked keyring was reported unavailable: "
                      << error.technicalDetails().toStdString();
    });
    writeNow(store, preparedKey, preparedSecret);
    EXPECT_EQ(readNow(*std::make_unique<TokenStore>(TokenStore::Backend::SystemKeychain,
                                                    settings.program),
                      preparedKey),
              preparedSecret);
    EXPECT_FALSE(store.isMemoryOnly());
}

// A whole session against a keychain that is missing or locked.
TEST(KeychainChild, DISABLED_SessionCarriesOnInMemory)
{
    const ChildSettings settings = ChildSettings::fromEnvironment();
    ASSERT_TRUE(settings.valid()) << notAChild;
    const bool locked = settings.expect != QLatin1String("missing");
    constexpr int slowest = 30000; // far above any bound of the store: a hang fails the test

    LogCapture log;
    QElapsedTimer clock;
    clock.start();
    TokenStore store(TokenStore::Backend::SystemKeychain, settings.program);
    std::vector<ApiError> reported;
    QObject::connect(&store, &TokenStore::keychainUnavailable,
                     [&reported](const ApiError &error) { reported.push_back(error); });

    if (settings.expectPreparedEntry) {
        // The entry exists but is locked: the store must say so before it answers, so that the
        // empty answer is not taken for "never signed in".
        size_t reportedWhenAnswered = 0;
        const auto answer = awaitResult<std::optional<QString>>(
            [&](Callback<std::optional<QString>> done) {
                store.read(preparedKey, &store, [&, done](Result<std::optional<QString>> result) {
                    reportedWhenAnswered = reported.size();
                    done(std::move(result));
                });
            },
            slowest);
        ASSERT_TRUE(answer.ok());
        EXPECT_EQ(answer.value(), std::nullopt);
        EXPECT_EQ(reportedWhenAnswered, 1u);
    }

    size_t reportedWhenSaved = 0;
    const auto saved = awaitResult<Done>(
        [&](Callback<Done> done) {
            store.write(sessionKey, settings.secret, &store, [&, done](Result<Done> result) {
                reportedWhenSaved = reported.size();
                done(std::move(result));
            });
        },
        slowest);
    EXPECT_TRUE(saved.ok()) << "a write that hits the failure still succeeds, in memory";
    EXPECT_EQ(reportedWhenSaved, 1u);
    const qint64 firstFailureMs = clock.elapsed();

    // The session carries on from memory.
    EXPECT_EQ(readNow(store, sessionKey, slowest), settings.secret);
    EXPECT_EQ(readNow(store, otherKey, slowest), std::nullopt);
    removeNow(store, sessionKey, slowest);
    EXPECT_EQ(readNow(store, sessionKey, slowest), std::nullopt);
    writeNow(store, sessionKey, settings.secret, slowest);
    EXPECT_EQ(readNow(store, sessionKey, slowest), settings.secret);
    EXPECT_TRUE(store.isMemoryOnly());

    ASSERT_EQ(reported.size(), 1u) << "keychainUnavailable must be emitted exactly once";
    const ApiError &error = reported.front();
    EXPECT_EQ(error.kind(), ApiError::Kind::KeychainUnavailable);
    EXPECT_EQ(error.code(),
              locked ? QStringLiteral("KeychainLocked") : QStringLiteral("NoKeychain"))
        << error.technicalDetails().toStdString();
    EXPECT_EQ(error.plainSentence(),
              ApiError::keychainUnavailable(QString(), locked).plainSentence());
    EXPECT_FALSE(error.message().isEmpty());
    EXPECT_FALSE(error.message().contains(settings.secret));
    std::printf("user sees: %s\ndetails: %s\nfirst failure after %lld ms\n",
                qPrintable(error.plainSentence()), qPrintable(error.technicalDetails()),
                static_cast<long long>(firstFailureMs));

    // Bounded: one retry when the keychain is missing; no wait at all on a prompt when the
    // store can see the lock; at most the answer timeout when it cannot.
    int bound = KeychainJob::AnswerTimeoutMilliseconds;
    if (settings.expect == QLatin1String("missing"))
        bound = KeychainJob::RetryDelayMilliseconds + 3000;
    else if (settings.expect == QLatin1String("prompt"))
        bound = KeychainJob::LockProbeTimeoutMilliseconds + KeychainJob::AnswerTimeoutMilliseconds +
                3000;
    EXPECT_LT(firstFailureMs, bound);

    const QStringList lines = log.lines();
    EXPECT_EQ(lines.filter(QStringLiteral("retrying once")).size(), locked ? 0 : 1)
        << log.text().toStdString();
    EXPECT_FALSE(log.text().contains(settings.secret));
}

// ---- the parent side ----

QString childBinary()
{
    return QCoreApplication::applicationFilePath();
}

QStringList childArguments(const QString &childTest)
{
    return {QStringLiteral("--gtest_also_run_disabled_tests"),
            QStringLiteral("--gtest_filter=KeychainChild.%1").arg(childTest)};
}

QString keyringSessionScript()
{
    return QStringLiteral(XRA_KEYRING_SESSION_SCRIPT);
}

class TokenStoreFallback : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(root.isValid());
        for (const char *folder : {"home", "config", "data", "cache", "runtime"})
            ASSERT_TRUE(QDir(root.path()).mkpath(QString::fromLatin1(folder)));
        QFile::setPermissions(path("runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner);
    }

    QString path(const char *folder) const
    {
        return QDir(root.path()).filePath(QString::fromLatin1(folder));
    }

    // The child's own HOME and XDG folders, no display: only what a test adds is there.
    QProcessEnvironment childEnvironment(const QString &expect) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("HOME"), path("home"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path("runtime"));
        environment.insert(QStringLiteral("XRA_KEYCHAIN_CHILD_PROGRAM"), program);
        environment.insert(QStringLiteral("XRA_KEYCHAIN_CHILD_SECRET"), secret);
        environment.insert(QStringLiteral("XRA_KEYCHAIN_CHILD_EXPECT"), expect);
        return environment;
    }

    // Runs the child and checks that its one test really ran and passed (a filter that
    // matches nothing also exits 0).
    void runChild(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment)
    {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(program, arguments);
        ASSERT_TRUE(child.waitForStarted(10000)) << program.toStdString();
        const bool finished = child.waitForFinished(120000);
        if (!finished) {
            child.kill();
            child.waitForFinished();
        }
        const QString output = QString::fromUtf8(child.readAll());
        childOutput += output;
        ASSERT_TRUE(finished) << "the child hung:\n" << output.toStdString();
        EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
        EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test.")))
            << output.toStdString();
    }

    void runSession(const QString &expect, const QStringList &wrapper, bool prepared = false)
    {
        QProcessEnvironment environment = childEnvironment(expect);
        if (prepared)
            environment.insert(QStringLiteral("XRA_KEYCHAIN_CHILD_PREPARED"), QStringLiteral("1"));
        QStringList command = wrapper;
        command << childBinary()
                << childArguments(QStringLiteral("DISABLED_SessionCarriesOnInMemory"));
        runChild(command.takeFirst(), command, environment);
    }

    // A "login" keyring holding one entry, written while unlocked, in the child's HOME.
    void prepareLoginKeyring()
    {
        runChild(QStringLiteral("dbus-run-session"),
                 QStringList{QStringLiteral("--"), QStringLiteral("bash"), keyringSessionScript(),
                             QStringLiteral("unlocked"), QStringLiteral("--"), childBinary()} +
                     childArguments(QStringLiteral("DISABLED_PrepareEntry")),
                 childEnvironment(QStringLiteral("unlocked")));
        ASSERT_TRUE(QFile::exists(path("data") + QStringLiteral("/keyrings/login.keyring")))
            << childOutput.toStdString();
        childOutput.clear();
    }

    // No file under the child's HOME or XDG folders holds the secret in clear.
    // The child said that the keychain is locked (the store's sentence and its details),
    // and the secret went neither to its output nor to a file.
    void expectToldTheKeychainIsLocked() const
    {
        EXPECT_TRUE(childOutput.contains(QStringLiteral("The system keychain is locked")))
            << childOutput.toStdString();
        EXPECT_TRUE(
            childOutput.contains(QStringLiteral("the default keychain collection is locked")))
            << childOutput.toStdString();
        EXPECT_FALSE(childOutput.contains(secret));
        expectNoFileHoldsTheSecret();
    }

    void expectNoFileHoldsTheSecret() const
    {
        const QByteArray needle = secret.toUtf8();
        int filesSeen = 0;
        QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++filesSeen;
            EXPECT_FALSE(file.readAll().contains(needle))
                << "the secret was written to " << file.fileName().toStdString();
        }
        std::printf("%d file(s) under the child's HOME checked\n", filesSeen);
    }

    // Secret-looking, unique, and never a word a log line could contain by chance.
    const QString secret =
        QStringLiteral("xra-fallback-secret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString program = uniqueTestProgram();
    QTemporaryDir root;
    QString childOutput;
};

TEST_F(TokenStoreFallback, NoSessionBusSaysSoOnceAndTheSessionCarriesOnInMemory)
{
    QProcessEnvironment environment = childEnvironment(QStringLiteral("missing"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=%1/no-such-bus").arg(path("runtime")));
    runChild(childBinary(), childArguments(QStringLiteral("DISABLED_SessionCarriesOnInMemory")),
             environment);

    EXPECT_TRUE(childOutput.contains(QStringLiteral("No system keychain is available")))
        << childOutput.toStdString();
    EXPECT_FALSE(childOutput.contains(secret));
    expectNoFileHoldsTheSecret();
}

// A "login" keyring written while unlocked; the next daemon starts without its password.
// Under a virtual display, where gnome-keyring's unlock prompt really shows and waits forever.
TEST_F(TokenStoreFallback, LockedKeyringSaysSoOnceWithoutWaitingOnAPrompt)
{
    ASSERT_NO_FATAL_FAILURE(prepareLoginKeyring());
    runSession(QStringLiteral("locked"),
               {QStringLiteral("xvfb-run"), QStringLiteral("--auto-servernum"),
                QStringLiteral("dbus-run-session"), QStringLiteral("--"), QStringLiteral("bash"),
                keyringSessionScript(), QStringLiteral("locked"), QStringLiteral("--")},
               true);

    expectToldTheKeychainIsLocked();
}

// Without a display the prompt fails at once, and QtKeychain alone reports the locked entry as
// "not found": the store must still say "locked".
TEST_F(TokenStoreFallback, LockedKeyringIsNotTakenForAMissingEntryWhenNoPromptCanShow)
{
    ASSERT_NO_FATAL_FAILURE(prepareLoginKeyring());
    runSession(QStringLiteral("locked"),
               {QStringLiteral("dbus-run-session"), QStringLiteral("--"), QStringLiteral("bash"),
                keyringSessionScript(), QStringLiteral("locked"), QStringLiteral("--")},
               true);

    expectToldTheKeychainIsLocked();
}

// No keyring at all and a daemon without a password: the first write asks, through a prompt on
// the virtual display that nobody answers, to create one. The store stops waiting after a few
// seconds and treats the keychain as locked.
TEST_F(TokenStoreFallback, KeyringWaitingOnAnUnansweredPromptIsTreatedAsLockedWithinSeconds)
{
    runSession(QStringLiteral("prompt"),
               {QStringLiteral("xvfb-run"), QStringLiteral("--auto-servernum"),
                QStringLiteral("dbus-run-session"), QStringLiteral("--"), QStringLiteral("bash"),
                keyringSessionScript(), QStringLiteral("locked"), QStringLiteral("--")});

    EXPECT_TRUE(childOutput.contains(QStringLiteral("waiting for an unlock prompt")))
        << childOutput.toStdString();
    EXPECT_FALSE(childOutput.contains(secret));
    expectNoFileHoldsTheSecret();
}

} // namespace
