#include "desktopdriver.h"
#include "keychaintestsupport.h"
#include "sandboxprocess.h"
#include "sandboxscenario.h"
#include "sandboxtestclient.h"
#include "tokenkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <string>

// The real program under Xvfb, as a user meets it: a first start that asks for the app
// registration, the whole repair wizard walked with the keyboard (both sign-ins typed into the
// embedded web view), the sign-ins found in the system keychain, then the program started again
// on its status window, where Refresh now repairs in one key press. The services are the
// standalone sandbox in its own process, reached through the settings' endpoint overrides, as
// the real services would be.
//
// XRA_TEST_LANG=fr runs the program in French; XRA_SCREENSHOT_DIR=<folder> keeps a picture of
// every window on the way (tests/screenshots.sh makes the README's pictures this way).
class ProgramWalkthroughTest : public ::testing::Test
{
protected:
    static constexpr int stepTimeoutMs = 30000;

    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"))
            << "needs an X display: tests/run-all.sh runs the suites under Xvfb";
        ASSERT_TRUE(home.isValid());
        language = qEnvironmentVariable("XRA_TEST_LANG", QStringLiteral("en"));
        if (language != QLatin1String("en")) {
            ASSERT_TRUE(translator.load(
                QStringLiteral(":/i18n/xero-refresh-assistant_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            // Qt's own words: the wizard's Next and Finish buttons.
            if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtTranslator);
        }
        screenshotDir = qEnvironmentVariable("XRA_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty())
            QDir().mkpath(screenshotDir);
        ASSERT_TRUE(sandbox.start(QStringLiteral(XRA_SANDBOX_PROGRAM)));
        writeSettings();
    }

    void TearDown() override
    {
        // What the program said (request lines and errors; it never logs a secret) and whether
        // it still ran: the first thing to read when a step did not come.
        if (HasFailure() && program) {
            const QString output = QString::fromUtf8(program->readAll());
            std::cerr << "program "
                      << (program->state() == QProcess::NotRunning
                              ? "had ended, exit code " + std::to_string(program->exitCode())
                              : std::string("was running"))
                      << "; its last output:\n"
                      << output.right(4000).toStdString() << std::endl;
        }
        stopProgram();
    }

    // The app registrations are left out on purpose: the first start asks for them.
    void writeSettings()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const QString root = sandbox.rootUrl().toString();
        for (const char *key : {"authorityHost", "powerBiApiRoot", "xeroLoginRoot",
                                "xeroIdentityRoot", "xeroApiRoot"})
            settings.setValue(QStringLiteral("endpoints/") + QLatin1String(key), root);
    }

    QString settingsFile() const
    {
        return home.filePath(
            QStringLiteral(".config/XeroRefreshAssistant/xero-refresh-assistant.conf"));
    }

    void startProgram()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real display
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           home.filePath(QStringLiteral(".local/share")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           home.filePath(QStringLiteral(".cache")));
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        // The one-instance socket lives in the temporary folder: a private one keeps this
        // program apart from any other copy running on the machine.
        QDir(home.path()).mkpath(QStringLiteral("tmp"));
        environment.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
        program = std::make_unique<QProcess>();
        program->setProcessEnvironment(environment);
        program->setProcessChannelMode(QProcess::MergedChannels);
        program->start(QStringLiteral(XRA_PROGRAM), {QStringLiteral("--lang"), language});
        ASSERT_TRUE(program->waitForStarted(10000));
    }

    void stopProgram()
    {
        if (!program || program->state() == QProcess::NotRunning)
            return;
        program->terminate();
        if (!program->waitForFinished(10000))
            program->kill();
        program->waitForFinished(5000);
    }

    static QString translated(const char *context, const char *text)
    {
        return QCoreApplication::translate(context, text);
    }

    static QString step(const char *pageClass, const char *title)
    {
        return translated("RepairWizard", "%1 - %2")
            .arg(translated(pageClass, title), programName());
    }

    static QString programName() { return translated("RepairWizard", "Xero Refresh Assistant"); }

    // The window whose name is exactly this (xdotool matches a regular expression).
    QString waitForWindowNamed(const QString &name)
    {
        return desktop.waitForWindow(QStringLiteral("^%1$").arg(QRegularExpression::escape(name)),
                                     stepTimeoutMs);
    }

    void shot(const QString &window, const QString &name)
    {
        if (screenshotDir.isEmpty())
            return;
        QTest::qWait(700); // let the page finish painting
        QProcess::execute(QStringLiteral("import"),
                          {QStringLiteral("-window"), window,
                           QDir(screenshotDir).filePath(name + QStringLiteral(".png"))});
    }

    // The sandbox served a page or answered a call matching pattern after log position from.
    bool sandboxDid(const QString &pattern, qsizetype from, int timeoutMs = stepTimeoutMs)
    {
        const QRegularExpression expression(pattern);
        return QTest::qWaitFor([&] { return expression.match(sandbox.log().mid(from)).hasMatch(); },
                               timeoutMs);
    }

    // Waits for a sign-in form, served by the sandbox and shown in the embedded view, then types
    // into it as a person would: the page's first field has the focus.
    void typeSignIn(const QString &window, qsizetype from, const QString &pathPattern,
                    const QString &email, const QString &shotName)
    {
        ASSERT_TRUE(sandboxDid(QStringLiteral("GET %1 200").arg(pathPattern), from))
            << "the sign-in page was never asked for";
        QTest::qWait(2500); // the web engine lays the page out and gives it the focus
        shot(window, shotName);
        desktop.focus(window);
        desktop.type(email);
        desktop.key({QStringLiteral("Tab")});
        desktop.type(SandboxScenario::password);
        desktop.key({QStringLiteral("Return")});
    }

    // Next, and the next step's window name.
    QString next(const QString &window, const QString &expectedName)
    {
        desktop.focus(window);
        desktop.key({QStringLiteral("alt+") + mnemonic(translated("QWizard", "&Next >"))});
        return waitForWindowNamed(expectedName);
    }

    static QString mnemonic(const QString &text)
    {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QString();
    }

    QString lastRefreshStatus()
    {
        SandboxTestClient client(sandbox.rootUrl());
        const HttpResult token = client.postForm(
            QStringLiteral("/%1/oauth2/v2.0/token").arg(QStringLiteral("organizations")),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), SandboxScenario::servicePrincipalClientId},
             {QStringLiteral("client_secret"), SandboxScenario::servicePrincipalSecret},
             {QStringLiteral("scope"),
              QStringLiteral("https://analysis.windows.net/powerbi/api/.default")}});
        const QString bearer = token.json().value(QStringLiteral("access_token")).toString();
        const HttpResult history = client.get(
            QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/refreshes?$top=1")
                .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId),
            bearer);
        const QJsonArray refreshes = history.json().value(QStringLiteral("value")).toArray();
        return refreshes.isEmpty()
                   ? QString()
                   : refreshes.first().toObject().value(QStringLiteral("status")).toString();
    }

    bool waitForLastRefresh(const QString &status, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return lastRefreshStatus() == status; }, timeoutMs);
    }

    QTemporaryDir home;
    QString language;
    QTranslator translator;
    QTranslator qtTranslator;
    QString screenshotDir;
    SandboxProcess sandbox;
    DesktopDriver desktop;
    std::unique_ptr<QProcess> program;
};

TEST_F(ProgramWalkthroughTest, RepairsThroughTheWizardThenReopensToRefreshNowInOneKeyPress)
{
    startProgram();

    // First start: no app registration yet. The first window of a cold start (libraries read
    // from disk, a display connection, OpenGL set up for the web engine) may take a while on a
    // loaded machine.
    const QString firstStart = desktop.waitForWindow(
        QStringLiteral("^%1$").arg(QRegularExpression::escape(programName())), 90000);
    ASSERT_FALSE(firstStart.isEmpty()) << "no window appeared";
    desktop.focus(firstStart);
    desktop.key({QStringLiteral("alt+") +
                 mnemonic(translated("FirstStartDialog", "&Application (client) ID:"))});
    desktop.type(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    desktop.key({QStringLiteral("alt+") +
                 mnemonic(translated("FirstStartDialog", "&Xero app client ID:"))});
    desktop.type(QStringLiteral("E2E0XERO0CLIENT0ID0000000000000A"));
    shot(firstStart, QStringLiteral("01-first-start"));
    qsizetype mark = sandbox.log().size();
    desktop.key({QStringLiteral("Return")});

    // Step 0: sign in to Power BI in the embedded view, then the dataset.
    const QString wizard = waitForWindowNamed(step("SignInPowerBiPage", "Sign in to Power BI"));
    ASSERT_FALSE(wizard.isEmpty()) << "the wizard did not open after the first start";
    typeSignIn(wizard, mark, QStringLiteral("/organizations/oauth2/v2.0/authorize"),
               SandboxScenario::microsoftUser, QStringLiteral("02-sign-in-power-bi"));
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /organizations/oauth2/v2.0/token 200"), mark))
        << "the Power BI sign-in did not complete";
    shot(wizard, QStringLiteral("03-signed-in-power-bi"));
    ASSERT_FALSE(next(wizard, step("ChooseDatasetPage", "Choose the dataset")).isEmpty());
    // The catalogue is complete once the data sources of the datasets whose names do not say
    // Xero (Budget 2026, Sales Pipeline, Board Pack) are read.
    for (const QString &datasetId :
         {SandboxScenario::budgetDatasetId, SandboxScenario::salesDatasetId,
          SandboxScenario::boardDatasetId})
        ASSERT_TRUE(sandboxDid(
            QStringLiteral("GET /v1.0/myorg/[^ ]*%1/datasources 200").arg(datasetId), mark));
    QTest::qWait(500); // the page fills the list and gives it the focus
    // Two datasets say Xero (Xero, Xero via connector): the user picks the first, the broken one.
    desktop.key({QStringLiteral("Home"), QStringLiteral("space")});
    shot(wizard, QStringLiteral("04-choose-dataset"));

    // Steps 1 to 3.
    ASSERT_FALSE(next(wizard, step("RefreshStatusPage", "Refresh status")).isEmpty());
    shot(wizard, QStringLiteral("05-refresh-status"));
    ASSERT_FALSE(next(wizard, step("XeroSettingsPage", "Settings for Xero")).isEmpty());
    shot(wizard, QStringLiteral("06-settings-for-xero"));
    ASSERT_FALSE(next(wizard, step("ConfigureXeroPage", "Configure Xero")).isEmpty());
    desktop.type(QStringLiteral("Contoso Ltd"));
    shot(wizard, QStringLiteral("07-configure-xero"));

    // Step 4: sign in with Xero in the embedded view, tick the organisation, allow.
    mark = sandbox.log().size();
    ASSERT_FALSE(next(wizard, step("SignInXeroPage", "Sign in with Xero")).isEmpty());
    typeSignIn(wizard, mark, QStringLiteral("/identity/connect/authorize"),
               SandboxScenario::xeroUser, QStringLiteral("08-sign-in-with-xero"));
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /identity/connect/authorize 200"), mark))
        << "the Xero consent page was not shown";
    QTest::qWait(2000);
    shot(wizard, QStringLiteral("09-xero-consent"));
    desktop.key({QStringLiteral("Tab"), QStringLiteral("space"), QStringLiteral("Return")});
    ASSERT_TRUE(sandboxDid(QStringLiteral("PATCH /v1.0/myorg/gateways/[^ ]+ 200"), mark))
        << "the Xero credential was not pushed";
    shot(wizard, QStringLiteral("10-xero-signed-in"));

    // Step 5: make the schedule daily.
    mark = sandbox.log().size();
    ASSERT_FALSE(next(wizard, step("SchedulePage", "Schedule refresh")).isEmpty());
    QTest::qWait(1500);
    desktop.key({QStringLiteral("alt+") + mnemonic(translated("SchedulePage", "Make it &daily"))});
    ASSERT_TRUE(
        sandboxDid(QStringLiteral("PATCH /v1.0/myorg/groups/[^ ]+/refreshSchedule 200"), mark))
        << "the schedule was not changed";
    shot(wizard, QStringLiteral("11-schedule-refresh"));

    // Step 6: refresh now, to the end.
    ASSERT_FALSE(next(wizard, step("RefreshNowPage", "Refresh now")).isEmpty());
    QTest::qWait(1500);
    mark = sandbox.log().size();
    desktop.key({QStringLiteral("alt+") + mnemonic(translated("RefreshNowPage", "&Refresh now"))});
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /v1.0/myorg/groups/[^ ]+/refreshes 202"), mark));
    ASSERT_TRUE(waitForLastRefresh(QStringLiteral("Completed")));
    QTest::qWait(3000); // the page's next look at the history
    shot(wizard, QStringLiteral("12-refresh-now"));
    ASSERT_FALSE(next(wizard, step("FinishPage", "Finished")).isEmpty());
    shot(wizard, QStringLiteral("13-finished"));

    // Both sign-ins are in the system keychain (the values are not printed).
    const auto microsoftToken =
        secretServiceLookup(QStringLiteral("xero-refresh-assistant"),
                            TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser));
    EXPECT_TRUE(microsoftToken && !microsoftToken->isEmpty());
    const auto xeroToken =
        secretServiceLookup(QStringLiteral("xero-refresh-assistant"),
                            TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId));
    EXPECT_TRUE(xeroToken && !xeroToken->isEmpty());

    // Finish gives way to the status window; Ctrl+Q closes the program.
    desktop.key({QStringLiteral("alt+") + mnemonic(translated("QWizard", "&Finish"))});
    QString status = waitForWindowNamed(programName());
    ASSERT_FALSE(status.isEmpty()) << "the status window did not follow the wizard";
    QTest::qWait(1500);
    desktop.focus(status);
    desktop.key({QStringLiteral("ctrl+q")});
    ASSERT_TRUE(program->waitForFinished(15000)) << "the program did not close";

    // Started again: the status window, signed in from the keychain; Refresh now in one press.
    startProgram();
    status = waitForWindowNamed(programName());
    ASSERT_FALSE(status.isEmpty()) << "the program did not reopen";
    QTest::qWait(2500);
    shot(status, QStringLiteral("14-status-window"));
    mark = sandbox.log().size();
    desktop.focus(status);
    desktop.key({QStringLiteral("alt+") + mnemonic(translated("StatusWindow", "&Refresh now"))});
    ASSERT_TRUE(sandboxDid(QStringLiteral("PATCH /v1.0/myorg/gateways/[^ ]+ 200"), mark))
        << "Refresh now did not give Power BI a fresh Xero sign-in";
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /v1.0/myorg/groups/[^ ]+/refreshes 202"), mark));
    EXPECT_TRUE(waitForLastRefresh(QStringLiteral("Completed")));
    QTest::qWait(4000);
    shot(status, QStringLiteral("15-status-window-refreshed"));
    EXPECT_TRUE(desktop
                    .waitForWindow(
                        QStringLiteral("^%1$").arg(QRegularExpression::escape(programName())), 1000)
                    .size() > 0);
}
