// xero-refresh-assistant --sandbox as a user meets it over three starts of the program (the
// real window launcher, the real keychain): the repair done at the first start is there at the
// second, which opens on the status window where Refresh now works; --sandbox-reset starts over.

#include "assistantservices.h"
#include "awaitresult.h"
#include "embeddedwebcontent.h"
#include "tokenstore.h"
#include "windowservices.h"
#include "wizardwalk.h"

using namespace std::chrono_literals;

namespace {

// One start of the program's windows, as main() makes it.
class ProgramStart
{
public:
    explicit ProgramStart(const QStringList &options)
        : m_launcher(
              CommandLine::parse(QStringList{QStringLiteral("xero-refresh-assistant")} + options),
              &m_userSettings, &m_webContent)
    {
        QObject::connect(&m_launcher, &WindowLauncher::finished,
                         [this](int code) { m_exitCode = code; });
        m_launcher.start();
    }

    WindowLauncher &launcher() { return m_launcher; }
    std::optional<int> exitCode() const { return m_exitCode; }
    // The user's real settings: the sandbox never writes there.
    QSettings &userSettings() { return m_userSettings; }

private:
    QTemporaryDir m_folder;
    QSettings m_userSettings{m_folder.filePath(QStringLiteral("user.ini")), QSettings::IniFormat};
    // In the test's process, not loaded as a plugin (tests/packaging checks the plugin).
    EmbeddedWebContent m_webContent;
    WindowLauncher m_launcher;
    std::optional<int> m_exitCode;
};

std::optional<QString> keptToken(const QString &keychainService, const TokenKey &key)
{
    TokenStore store(TokenStore::Backend::SystemKeychain, keychainService);
    QObject context;
    const Result<std::optional<QString>> read = awaitResult<std::optional<QString>>(
        [&](Callback<std::optional<QString>> done) { store.read(key, &context, done); }, 10000);
    return read ? read.value() : std::nullopt;
}

QString shownIn(const QWidget *window, const char *objectName)
{
    const auto *label = window->findChild<QLabel *>(QLatin1String(objectName));
    return label && label->isVisible() ? label->text() : QString();
}

const TokenKey alexToken = TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser);

} // namespace

TEST(KeptSandbox, TheRepairOfOneStartIsThereAtTheNextWhereRefreshNowWorksAndResetStartsOver)
{
    ScratchDataHome::useForCurrentTest();
    const QString stateFile = WindowServices::sandboxFolder() + QStringLiteral("/state.json");

    // First start, from the very beginning: the wizard; the whole repair, the lasting way.
    {
        ProgramStart first({QStringLiteral("--sandbox-reset")});
        WizardWalk walk([&] { return first.launcher().wizard(); });
        ASSERT_TRUE(WizardWalk::waitUntil([&] {
            return walk.wizard() && walk.wizard()->isVisible();
        })) << "no wizard; exit code "
            << first.exitCode().value_or(-1);
        walk.session()->runner()->setPollInterval(50ms, 200ms);
        ASSERT_NO_FATAL_FAILURE(walk.signInToPowerBiThroughTheView());
        ASSERT_NO_FATAL_FAILURE(walk.chooseTheXeroDataset());
        ASSERT_NO_FATAL_FAILURE(walk.seeTheRefreshFailed());
        ASSERT_NO_FATAL_FAILURE(walk.seeTheExpiredXeroSignIn());
        ASSERT_NO_FATAL_FAILURE(walk.nameTheOrganisation(QStringLiteral("Contoso Ltd")));
        ASSERT_NO_FATAL_FAILURE(walk.editTheCredentialsInPowerBi());
        ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
        ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());
        // The sandbox inside the program runs on real time: its refresh ends by itself.
        ASSERT_NO_FATAL_FAILURE(walk.refreshNowUntil(QStringLiteral("Completed"), [] {}));
        ASSERT_NO_FATAL_FAILURE(walk.seeSuccess());
        walk.wizard()->button(QWizard::FinishButton)->click();
        ASSERT_TRUE(WizardWalk::waitUntil([&] {
            return first.launcher().statusWindow() && first.launcher().statusWindow()->isVisible();
        }));
        first.launcher().statusWindow()->close();
        ASSERT_TRUE(WizardWalk::waitUntil([&] { return first.exitCode().has_value(); }));
        EXPECT_TRUE(first.userSettings().allKeys().isEmpty()) << "the user's settings were written";
    }
    EXPECT_TRUE(QFile::exists(stateFile));
    const std::optional<QString> sandboxSignIn =
        keptToken(AssistantServices::sandboxKeychainService(), alexToken);
    ASSERT_TRUE(sandboxSignIn.has_value())
        << "the sign-in is not in the keychain under the sandbox's name";
    // Other suites may keep a real sign-in for the same user in this keyring: never this one.
    EXPECT_NE(keptToken(AssistantServices::keychainService(), alexToken), sandboxSignIn)
        << "the sandbox's sign-in went under the program's own name";

    // Second start: straight to the status window, signed in without a question, the repair's
    // refresh there; Refresh now works and the count of refreshes left follows it.
    {
        ProgramStart second({QStringLiteral("--sandbox")});
        WindowLauncher &launcher = second.launcher();
        // At once, before any answer: the remembered dataset, and the sign-in under way.
        ASSERT_TRUE(launcher.statusWindow() && launcher.statusWindow()->isVisible());
        EXPECT_TRUE(
            shownIn(launcher.statusWindow(), "datasetLabel").contains(QStringLiteral("Xero")))
            << shownIn(launcher.statusWindow(), "datasetLabel").toStdString();
        EXPECT_TRUE(launcher.statusWindow()->operationPanel()->sentence().contains(
            QStringLiteral("Signing in to Power BI as alex@contoso.example")))
            << launcher.statusWindow()->operationPanel()->sentence().toStdString();
        ASSERT_TRUE(WizardWalk::waitUntil([&] {
            return launcher.statusWindow() && launcher.statusWindow()->isVisible() &&
                   !launcher.statusWindow()->isWorking() &&
                   !shownIn(launcher.statusWindow(), "refreshesLeftLabel").isEmpty();
        })) << "no status window; exit code "
            << second.exitCode().value_or(-1);
        StatusWindow *window = launcher.statusWindow();
        // In front with the keyboard: Alt+R works without a click first.
        EXPECT_TRUE(QTest::qWaitForWindowActive(window));
        EXPECT_EQ(launcher.wizard(), nullptr);
        EXPECT_EQ(shownIn(window, "lastStatusLabel"), QStringLiteral("Completed"));
        EXPECT_TRUE(shownIn(window, "credentialLabel").contains(QStringLiteral("Lasting")))
            << shownIn(window, "credentialLabel").toStdString();
        const QString leftBefore = shownIn(window, "refreshesLeftLabel");
        auto *refreshNow = window->findChild<QPushButton *>(QStringLiteral("refreshNowButton"));
        ASSERT_NE(refreshNow, nullptr);
        ASSERT_TRUE(refreshNow->isEnabled());
        refreshNow->click();
        ASSERT_TRUE(WizardWalk::waitUntil(
            [&] { return shownIn(window, "refreshStatusLabel") == QStringLiteral("Completed"); },
            30000))
            << shownIn(window, "refreshStatusLabel").toStdString() << " | "
            << window->operationPanel()->sentence().toStdString();
        EXPECT_TRUE(WizardWalk::waitUntil([&] {
            return shownIn(window, "refreshesLeftLabel") != leftBefore;
        })) << leftBefore.toStdString();
        window->close();
        ASSERT_TRUE(WizardWalk::waitUntil([&] { return second.exitCode().has_value(); }));
    }

    // A notification's Fix now: a start with --open shows the step that fixes it over the status
    // window, once signed in; a request from a later start (the socket's) opens another.
    {
        ProgramStart fixing({QStringLiteral("--sandbox"), QStringLiteral("--open"),
                             QStringLiteral("xero-settings")});
        WindowLauncher &launcher = fixing.launcher();
        // Closed as the user would (the close box), the question of a step still reading
        // answered.
        const auto leaveWizard = [&] {
            launcher.wizard()->close();
            if (auto *leave = launcher.wizard()->findChild<QPushButton *>(
                    QStringLiteral("leaveRepairButton")))
                leave->click();
        };
        ASSERT_TRUE(WizardWalk::waitUntil([&] {
            return launcher.wizard() && launcher.wizard()->isVisible();
        })) << "no wizard; exit code "
            << fixing.exitCode().value_or(-1);
        EXPECT_EQ(launcher.wizard()->currentId(),
                  RepairWizard::pageIdFor(RepairStep::XeroSettings));
        leaveWizard();
        ASSERT_TRUE(WizardWalk::waitUntil(
            [&] { return launcher.statusWindow() && launcher.statusWindow()->isVisible(); }));
        launcher.bringForward(QStringLiteral("schedule"));
        ASSERT_TRUE(WizardWalk::waitUntil(
            [&] { return launcher.wizard() && launcher.wizard()->isVisible(); }));
        EXPECT_EQ(launcher.wizard()->currentId(), RepairWizard::pageIdFor(RepairStep::Schedule));
        leaveWizard();
        ASSERT_TRUE(WizardWalk::waitUntil(
            [&] { return launcher.statusWindow() && launcher.statusWindow()->isVisible(); }));
        launcher.statusWindow()->close();
        ASSERT_TRUE(WizardWalk::waitUntil([&] { return fixing.exitCode().has_value(); }));
    }

    // Third start, reset: the wizard from the sign-in again, the sandbox's sign-ins forgotten.
    {
        ProgramStart third({QStringLiteral("--sandbox-reset")});
        ASSERT_TRUE(WizardWalk::waitUntil(
            [&] { return third.launcher().wizard() && third.launcher().wizard()->isVisible(); }));
        EXPECT_EQ(third.launcher().wizard()->currentId(), RepairWizard::PageSignInPowerBi);
        EXPECT_EQ(third.launcher().statusWindow(), nullptr);
        EXPECT_TRUE(WizardWalk::waitUntil([&] {
            return !keptToken(AssistantServices::sandboxKeychainService(), alexToken);
        })) << "the sandbox's sign-in is still in the keychain";
        third.launcher().wizard()->close();
        EXPECT_TRUE(WizardWalk::waitUntil([&] { return third.exitCode().has_value(); }));
    }
}

// A damaged state file: the window says the sandbox starts again from the beginning and where
// the file went; nothing of it is lost.
TEST(KeptSandbox, AnUnreadableStateIsSaidAndKeptAsideWhole)
{
    ScratchDataHome::useForCurrentTest();
    const QString folder = WindowServices::sandboxFolder();
    ASSERT_TRUE(QDir().mkpath(folder));
    const QByteArray damaged = QByteArrayLiteral("{\"format\": 1, \"datasets\": [");
    {
        QFile file(folder + QStringLiteral("/state.json"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }

    ProgramStart start({QStringLiteral("--sandbox")});
    QMessageBox *box = nullptr;
    ASSERT_TRUE(WizardWalk::waitUntil([&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *shown = qobject_cast<QMessageBox *>(widget); shown && shown->isVisible())
                box = shown;
        }
        return box != nullptr;
    }));
    EXPECT_TRUE(box->text().startsWith(QStringLiteral(
        "The sandbox's saved state could not be read, so the sandbox starts again from the "
        "beginning.")))
        << box->text().toStdString();
    const QStringList setAside =
        QDir(folder).entryList({QStringLiteral("state.json.unreadable-*")}, QDir::Files);
    ASSERT_EQ(setAside.size(), 1);
    EXPECT_TRUE(box->text().contains(setAside.first())) << box->text().toStdString();
    QFile kept(folder + QLatin1Char('/') + setAside.first());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), damaged);
    keepScreenshot(box, QStringLiteral("kept-sandbox-unreadable"), 200);
    box->button(QMessageBox::Ok)->click();
    ASSERT_NE(start.launcher().wizard(), nullptr);
    EXPECT_EQ(start.launcher().wizard()->currentId(), RepairWizard::PageSignInPowerBi);
    start.launcher().wizard()->close();
}
