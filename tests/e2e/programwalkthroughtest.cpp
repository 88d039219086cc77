#include "desktopdriver.h"
#include "desktopprogram.h"
#include "keychaintestsupport.h"
#include "sandboxprocess.h"
#include "sandboxscenario.h"
#include "sandboxtestclient.h"
#include "screenreader.h"
#include "tokenkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
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
// Every step waits for what a person would wait for before going on: a window's title, a button
// that becomes enabled, the sign-in form's e-mail field taking the focus (read through the
// accessibility bus, as a screen reader reads them: ScreenReader), the sandbox's request log.
// None sleeps: a slow machine only makes the steps come later.
//
// XRA_TEST_LANG=fr runs the program in French; XRA_SCREENSHOT_DIR=<folder> keeps a picture of
// every window on the way (tests/screenshots.sh makes the README's pictures this way).
class ProgramWalkthroughTest : public ::testing::Test
{
protected:
    static constexpr int stepTimeoutMs = 30000;
    // The first window of a cold start (libraries read from disk, a display connection, OpenGL
    // set up for the web engine) may take a while on a loaded machine.
    static constexpr int coldStartTimeoutMs = 90000;

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
        // What the program said (request lines and errors; it never logs a secret), whether it
        // still ran, and what it showed: the first things to read when a step did not come.
        if (HasFailure() && program) {
            std::cerr << program->report().toStdString() << std::endl;
            std::cerr << "on screen:\n" << reader.describe().toStdString() << std::endl;
        }
        program.reset();
    }

    // The app registrations are left out on purpose: the first start asks for them.
    void writeSettings()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const QString root = sandbox.rootUrl().toString();
        for (const char *key : {"authorityHost", "powerBiApiRoot", "xeroLoginRoot",
                                "xeroIdentityRoot", "xeroApiRoot", "powerBiPortalRoot"})
            settings.setValue(QStringLiteral("endpoints/") + QLatin1String(key), root);
        settings.setValue(QStringLiteral("endpoints/powerBiOAuthRedirectPage"),
                          root + QStringLiteral("/views/oauthredirect.html"));
    }

    QString settingsFile() const
    {
        return home.filePath(
            QStringLiteral(".config/XeroRefreshAssistant/xero-refresh-assistant.conf"));
    }

    // The program on the test display, its widgets readable on the accessibility bus.
    void startProgram()
    {
        program = std::make_unique<DesktopProgram>(home.path());
        program->environment().insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"),
                                      QStringLiteral("1"));
        // The web engine keeps its pages out of the accessibility tree on Linux unless asked.
        program->environment().insert(QStringLiteral("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"),
                                      QStringLiteral("1"));
        ASSERT_TRUE(
            program->start(QStringLiteral(XRA_PROGRAM), {QStringLiteral("--lang"), language}));
        ASSERT_TRUE(reader.attach(program->pid(), coldStartTimeoutMs))
            << "the program's widgets never showed on the accessibility bus";
    }

    static QString translated(const char *context, const char *text)
    {
        return QCoreApplication::translate(context, text);
    }

    // A button's accessible name as Qt makes it from its text: without the mnemonic's &.
    static QString buttonName(const char *context, const char *text)
    {
        return translated(context, text).remove(QLatin1Char('&'));
    }

    static QString step(const char *pageClass, const char *title)
    {
        return translated("RepairWizard", "%1 - %2")
            .arg(translated(pageClass, title), programName());
    }

    static QString programName() { return translated("RepairWizard", "Xero Refresh Assistant"); }

    // The window whose name is exactly this (xdotool matches a regular expression).
    QString waitForWindowNamed(const QString &name, int timeoutMs = stepTimeoutMs)
    {
        return desktop.waitForWindow(QStringLiteral("^%1$").arg(QRegularExpression::escape(name)),
                                     timeoutMs);
    }

    // Until a push button with this accessible name is on screen and enabled.
    bool buttonEnabled(const QString &name, int timeoutMs = stepTimeoutMs)
    {
        return reader.waitFor(QStringLiteral("push button"), name, {ScreenReader::State::Enabled},
                              timeoutMs);
    }

    // The wizard's Next is enabled once the page's work is done (it stays disabled while a step
    // runs, and until the page has what it needs): the page has settled.
    bool nextEnabled(int timeoutMs = stepTimeoutMs)
    {
        return buttonEnabled(buttonName("QWizard", "&Next >"), timeoutMs);
    }

    // Until a field shows this text: the keys typed have all arrived.
    bool fieldShows(const QString &text)
    {
        return reader
            .waitFor(
                [&](const ScreenReader::Element &element) {
                    return element.isField() && element.text == text;
                },
                stepTimeoutMs)
            .has_value();
    }

    // Until the field with this accessible name has the keyboard focus.
    bool focusIn(const QString &fieldName)
    {
        return reader
            .waitFor(
                [&](const ScreenReader::Element &element) {
                    return element.isField() && element.name == fieldName &&
                           element.has(ScreenReader::State::Focused);
                },
                stepTimeoutMs)
            .has_value();
    }

    // A picture of the window once two captures in a row agree: whatever changed last (a page
    // drawn by the web engine, a list filled in) has been painted. Callers first wait for what
    // the picture is meant to show.
    void shot(const QString &window, const QString &name)
    {
        if (screenshotDir.isEmpty())
            return;
        const QString path = QDir(screenshotDir).filePath(name + QStringLiteral(".png"));
        QImage previous;
        const bool settled = QTest::qWaitFor(
            [&] {
                if (!desktop.screenshot(path, window))
                    return false;
                const QImage current(path);
                const bool same = !current.isNull() && current == previous;
                previous = current;
                return same;
            },
            stepTimeoutMs);
        EXPECT_TRUE(settled) << name.toStdString() << ": the window kept changing";
    }

    // The sandbox served a page or answered a call matching pattern after log position from.
    bool sandboxDid(const QString &pattern, qsizetype from, int timeoutMs = stepTimeoutMs)
    {
        const QRegularExpression expression(pattern);
        return QTest::qWaitFor([&] { return expression.match(sandbox.log().mid(from)).hasMatch(); },
                               timeoutMs);
    }

    // A sign-in form, served by the sandbox and shown in the embedded view: the page's path and
    // the label of its e-mail field.
    struct SignInForm
    {
        QString pathPattern;
        QString emailField;
    };

    // Waits for the sign-in form, then types into it as a person would once its e-mail field
    // has the focus.
    void typeSignIn(const QString &window, qsizetype from, const SignInForm &form,
                    const QString &email, const QString &shotName)
    {
        ASSERT_TRUE(sandboxDid(QStringLiteral("GET %1 200").arg(form.pathPattern), from))
            << "the sign-in page was never asked for";
        desktop.focus(window);
        ASSERT_TRUE(focusIn(form.emailField)) << "the sign-in form never took the focus";
        shot(window, shotName);
        desktop.type(email);
        desktop.key({QStringLiteral("Tab")});
        desktop.type(SandboxScenario::password);
        desktop.key({QStringLiteral("Return")});
    }

    // The consent page loaded, with the keyboard in it: Tab then reaches its first box (below
    // the fold on a small window, so not on screen yet).
    bool consentShown()
    {
        return reader.waitFor(QStringLiteral("web document"),
                              QStringLiteral("Xero | Connect to organisations"),
                              {ScreenReader::State::Focused}, stepTimeoutMs);
    }

    // A web page with this title shown, with the keyboard in it.
    bool webDocumentShown(const QString &title)
    {
        return reader.waitFor(QStringLiteral("web document"), title, {ScreenReader::State::Focused},
                              stepTimeoutMs);
    }

    // Tab, as a keyboard user does, until the element whose name says name has the focus (a
    // page's controls have no mnemonics; an expander's name starts with its arrow).
    bool tabTo(const QString &name, int presses = 25)
    {
        const auto focused = [&](const ScreenReader::Element &element) {
            return element.name.contains(name) && element.has(ScreenReader::State::Focused);
        };
        for (int press = 0; press < presses; ++press) {
            desktop.key({QStringLiteral("Tab")});
            if (reader.waitFor(focused, 1000).has_value())
                return true;
        }
        std::cerr << "never reached " << name.toStdString() << ":\n"
                  << reader.describe().toStdString() << std::endl;
        return false;
    }

    void pressMnemonic(const QString &window, const QString &text)
    {
        desktop.focus(window);
        desktop.key({QStringLiteral("alt+") + mnemonic(text)});
    }

    // Next, once it can be pressed, and the next step's window name. A press while Next is still
    // disabled would be lost.
    QString next(const QString &window, const QString &expectedName)
    {
        if (!nextEnabled())
            return {};
        pressMnemonic(window, translated("QWizard", "&Next >"));
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
    ScreenReader reader;
    std::unique_ptr<DesktopProgram> program;
};

TEST_F(ProgramWalkthroughTest, RepairsThroughTheWizardThenReopensToRefreshNowInOneKeyPress)
{
    ASSERT_NO_FATAL_FAILURE(startProgram());

    // First start: no app registration yet.
    const QString firstStart = waitForWindowNamed(programName(), coldStartTimeoutMs);
    ASSERT_FALSE(firstStart.isEmpty()) << "no window appeared";
    const QString xeroClientId = QStringLiteral("E2E0XERO0CLIENT0ID0000000000000A");
    pressMnemonic(firstStart, translated("FirstStartDialog", "&Application (client) ID:"));
    desktop.type(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    pressMnemonic(firstStart, translated("FirstStartDialog", "&Xero app client ID:"));
    desktop.type(xeroClientId);
    ASSERT_TRUE(fieldShows(xeroClientId));
    shot(firstStart, QStringLiteral("01-first-start"));
    qsizetype mark = sandbox.log().size();
    desktop.key({QStringLiteral("Return")});

    // Step 0: sign in to Power BI in the embedded view, then the dataset.
    const QString wizard = waitForWindowNamed(step("SignInPowerBiPage", "Sign in to Power BI"));
    ASSERT_FALSE(wizard.isEmpty()) << "the wizard did not open after the first start";
    ASSERT_NO_FATAL_FAILURE(typeSignIn(
        wizard, mark,
        {QStringLiteral("/organizations/oauth2/v2.0/authorize"), QStringLiteral("Email")},
        SandboxScenario::microsoftUser, QStringLiteral("02-sign-in-power-bi")));
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /organizations/oauth2/v2.0/token 200"), mark))
        << "the Power BI sign-in did not complete";
    // The sign-in ends when the token is in the keychain, a while after the sandbox answered.
    ASSERT_TRUE(nextEnabled()) << "the page never showed the signed-in account";
    shot(wizard, QStringLiteral("03-signed-in-power-bi"));
    ASSERT_FALSE(next(wizard, step("ChooseDatasetPage", "Choose the dataset")).isEmpty());
    // The catalogue is complete once the data sources of the datasets whose names do not say
    // Xero (Budget 2026, Sales Pipeline, Board Pack) are read.
    for (const QString &datasetId :
         {SandboxScenario::budgetDatasetId, SandboxScenario::salesDatasetId,
          SandboxScenario::boardDatasetId})
        ASSERT_TRUE(sandboxDid(
            QStringLiteral("GET /v1.0/myorg/[^ ]*%1/datasources 200").arg(datasetId), mark));
    // The page fills the list and gives it the focus.
    const QString datasets = translated("ChooseDatasetPage", "Datasets");
    ASSERT_TRUE(reader.waitFor(
        [&](const ScreenReader::Element &element) {
            return element.name == datasets && element.has(ScreenReader::State::Focused);
        },
        stepTimeoutMs))
        << reader.describe().toStdString();
    // Two datasets say Xero (Xero, Xero via connector): the user picks the first, the broken one.
    desktop.key({QStringLiteral("Home"), QStringLiteral("space")});
    ASSERT_TRUE(nextEnabled()) << "no dataset was chosen";
    shot(wizard, QStringLiteral("04-choose-dataset"));

    // Steps 1 to 3.
    ASSERT_FALSE(next(wizard, step("RefreshStatusPage", "Refresh status")).isEmpty());
    ASSERT_TRUE(nextEnabled()) << "the refresh status was not read";
    shot(wizard, QStringLiteral("05-refresh-status"));
    ASSERT_FALSE(next(wizard, step("XeroSettingsPage", "Settings for Xero")).isEmpty());
    ASSERT_TRUE(nextEnabled()) << "the Xero settings were not read";
    shot(wizard, QStringLiteral("06-settings-for-xero"));
    ASSERT_FALSE(next(wizard, step("ConfigureXeroPage", "Configure Xero")).isEmpty());
    ASSERT_TRUE(focusIn(translated("ConfigureXeroPage", "Organisation name")));
    desktop.type(QStringLiteral("Contoso Ltd"));
    ASSERT_TRUE(fieldShows(QStringLiteral("Contoso Ltd")));
    shot(wizard, QStringLiteral("07-configure-xero"));

    // Step 4 in Power BI's own page, shown in the program and signed in with the session of
    // step 0: Data source credentials, Edit credentials, the organisation name pasted from the
    // program, Sign in; Xero's pages in the pop-up window, which closes by itself.
    mark = sandbox.log().size();
    ASSERT_FALSE(
        next(wizard, step("EditCredentialsPage", "Edit the credentials in Power BI")).isEmpty());
    ASSERT_TRUE(sandboxDid(QStringLiteral("GET /groups/[^ ]+/settings/datasets/[^ ]+ 200"), mark))
        << "the Power BI page was not shown";
    ASSERT_TRUE(webDocumentShown(QStringLiteral("Settings for Xero | Power BI")))
        << "the Power BI page did not take the keyboard";
    pressMnemonic(wizard, translated("EditCredentialsPage", "&Copy the organisation name"));
    ASSERT_TRUE(tabTo(QStringLiteral("Data source credentials")));
    desktop.key({QStringLiteral("Return")});
    ASSERT_TRUE(tabTo(QStringLiteral("Edit credentials")));
    desktop.key({QStringLiteral("Return")});
    ASSERT_TRUE(focusIn(QStringLiteral("Organisation name"))) << "Power BI's dialog did not open";
    desktop.key({QStringLiteral("ctrl+v")});
    ASSERT_TRUE(fieldShows(QStringLiteral("Contoso Ltd")));
    shot(wizard, QStringLiteral("08-edit-credentials"));
    ASSERT_TRUE(tabTo(QStringLiteral("Sign in")));
    desktop.key({QStringLiteral("Return")});
    const QString popup = waitForWindowNamed(QStringLiteral("Log in | Xero Accounting Software"));
    ASSERT_FALSE(popup.isEmpty()) << "the sign-in pop-up did not open in the program";
    ASSERT_NO_FATAL_FAILURE(
        typeSignIn(popup, mark,
                   {QStringLiteral("/identity/connect/authorize"), QStringLiteral("Email address")},
                   SandboxScenario::xeroUser, QStringLiteral("09-sign-in-with-xero")));
    ASSERT_TRUE(consentShown()) << "the consent page did not take the focus";
    shot(popup, QStringLiteral("10-xero-consent"));
    desktop.key({QStringLiteral("Tab"), QStringLiteral("space"), QStringLiteral("Return")});
    ASSERT_TRUE(sandboxDid(
        QStringLiteral("POST /powerbi/web/gateways/[^ ]+/datasources/[^ ]+/credentials 200"), mark))
        << "Power BI's page did not receive the sign-in";
    ASSERT_TRUE(nextEnabled()) << "the page did not notice the dialog completing";
    shot(wizard, QStringLiteral("11-credentials-updated"));

    // Step 5: make the schedule daily.
    mark = sandbox.log().size();
    ASSERT_FALSE(next(wizard, step("SchedulePage", "Schedule refresh")).isEmpty());
    ASSERT_TRUE(
        buttonEnabled(translated("SchedulePage", "Make the schedule daily and switch it on")))
        << "the schedule was not read";
    pressMnemonic(wizard, translated("SchedulePage", "Make it &daily"));
    ASSERT_TRUE(
        sandboxDid(QStringLiteral("PATCH /v1.0/myorg/groups/[^ ]+/refreshSchedule 200"), mark))
        << "the schedule was not changed";
    ASSERT_TRUE(nextEnabled());
    shot(wizard, QStringLiteral("12-schedule-refresh"));

    // Step 6: refresh now, to the end.
    ASSERT_FALSE(next(wizard, step("RefreshNowPage", "Refresh now")).isEmpty());
    ASSERT_TRUE(buttonEnabled(translated("RefreshFollowPanel", "Refresh now")));
    mark = sandbox.log().size();
    pressMnemonic(wizard, translated("RefreshFollowPanel", "&Refresh now"));
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /v1.0/myorg/groups/[^ ]+/refreshes 202"), mark));
    ASSERT_TRUE(waitForLastRefresh(QStringLiteral("Completed")));
    // Next opens when the page has seen the refresh end, at its next look at the history.
    ASSERT_TRUE(nextEnabled()) << "the page did not see the refresh end";
    shot(wizard, QStringLiteral("13-refresh-now"));
    ASSERT_FALSE(next(wizard, step("FinishPage", "Finished")).isEmpty());
    const QString finish = buttonName("QWizard", "&Finish");
    ASSERT_TRUE(buttonEnabled(finish));
    shot(wizard, QStringLiteral("14-finished"));

    // The Microsoft sign-in is in the system keychain (the values are not printed).
    const auto microsoftToken =
        secretServiceLookup(QStringLiteral("xero-refresh-assistant"),
                            TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser));
    EXPECT_TRUE(microsoftToken && !microsoftToken->isEmpty());
    // The Xero sign-in is Power BI's: the program never held a Xero token.
    const auto xeroToken =
        secretServiceLookup(QStringLiteral("xero-refresh-assistant"),
                            TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId));
    EXPECT_FALSE(xeroToken && !xeroToken->isEmpty());

    // Finish gives way to the status window, which reads the status; Ctrl+Q closes the program.
    const QString statusRefreshNow = translated("RefreshFollowPanel", "Refresh now");
    pressMnemonic(wizard, translated("QWizard", "&Finish"));
    QString status = waitForWindowNamed(programName());
    ASSERT_FALSE(status.isEmpty()) << "the status window did not follow the wizard";
    ASSERT_TRUE(buttonEnabled(statusRefreshNow)) << "the status window did not read the status";
    desktop.focus(status);
    desktop.key({QStringLiteral("ctrl+q")});
    ASSERT_TRUE(program->waitForFinished(15000)) << "the program did not close";

    // Started again: the status window, signed in from the keychain; Refresh now in one press.
    ASSERT_NO_FATAL_FAILURE(startProgram());
    status = waitForWindowNamed(programName(), coldStartTimeoutMs);
    ASSERT_FALSE(status.isEmpty()) << "the program did not reopen";
    ASSERT_TRUE(buttonEnabled(statusRefreshNow)) << "the status window did not read the status";
    shot(status, QStringLiteral("15-status-window"));
    mark = sandbox.log().size();
    pressMnemonic(status, translated("RefreshFollowPanel", "&Refresh now"));
    ASSERT_TRUE(sandboxDid(QStringLiteral("POST /v1.0/myorg/groups/[^ ]+/refreshes 202"), mark));
    // Power BI reads Xero with its own lasting credential: nothing was pushed over it.
    EXPECT_FALSE(sandboxDid(QStringLiteral("PATCH /v1.0/myorg/gateways/"), mark, 0));
    EXPECT_TRUE(waitForLastRefresh(QStringLiteral("Completed")));
    // The button comes back once the window has seen the refresh end and read the status again.
    EXPECT_TRUE(buttonEnabled(statusRefreshNow, 60000));
    shot(status, QStringLiteral("16-status-window-refreshed"));
    EXPECT_FALSE(waitForWindowNamed(programName(), 1000).isEmpty());
}
