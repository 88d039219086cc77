#pragma once

#include "awaitresult.h"
#include "darkpalette.h"
#include "embeddedwebcontent.h"
#include "httptransport.h"
#include "powerbipageview.h"
#include "refreshschedule.h"
#include "repairsession.h"
#include "repairwizard.h"
#include "sandboxbrowser.h"
#include "sandboxfault.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "sandboxstack.h"
#include "screenshot.h"
#include "signinview.h"

#include <QAbstractButton>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// The wizard on the offscreen platform against a sandbox on a random loopback port, on the
// services as the program builds them (SandboxStack). The shortcuts sign in and
// choose the dataset over plain HTTP (SandboxBrowser) so that a test can open the wizard at any
// step; the page tests that are about signing in drive the embedded view instead.
class WizardFixture : public ::testing::Test
{
protected:
    static constexpr int waitMs = 15000;

    // DarkOnRequest: XRA_TEST_DARK=1 runs the suite's tests on the dark palette, for screenshots
    // (XRA_SCREENSHOT_DIR). The suites that check colours on the light palette stay on it.
    enum class Palette
    {
        Default,
        DarkOnRequest
    };

    explicit WizardFixture(Palette palette = Palette::Default)
        : m_palette(palette)
    {}

    void SetUp() override
    {
        if (m_palette == Palette::DarkOnRequest)
            darkPaletteScope.applyIfRequested();
        ASSERT_TRUE(stack.start()) << sandbox.errorString().toStdString();
        settings = stack.settings();
        services = stack.services();
        webContent = std::make_unique<EmbeddedWebContent>();
        wizard = std::make_unique<RepairWizard>(session(), webContent.get());
        wizard->resize(900, 700);
    }

    void TearDown() override
    {
        wizard.reset();
        webContent.reset();
    }

    RepairSession *session() const { return stack.session(); }

    template<typename T, typename Start> Result<T> await(Start start)
    {
        return stack.await<T>(start, waitMs);
    }

    // Power BI sign-in as the sandbox user, without the view.
    void signInToPowerBi()
    {
        const Result<Done> done = stack.signInToPowerBi(browser);
        ASSERT_TRUE(done) << done.error().technicalDetails().toStdString();
    }

    // The scenario's broken Xero dataset in the Finance workspace becomes the chosen one.
    void chooseXeroDataset()
    {
        const Result<DatasetSelection> selection = stack.chooseXeroDataset();
        ASSERT_TRUE(selection) << selection.error().technicalDetails().toStdString();
        ASSERT_TRUE(selection.value().isFound());
    }

    // A Xero sign-in granting tenantIds, matched against organisationName, without the view.
    Result<XeroSignInOutcome> signInToXero(const QString &organisationName,
                                           const QStringList &tenantIds = {
                                               SandboxScenario::contosoLtdTenantId})
    {
        return stack.signInToXero(browser, organisationName, tenantIds);
    }

    // One call to the scenario's Xero dataset in the sandbox's Power BI API, as `user`, straight
    // to its handler, as someone elsewhere (the web page, a script) would make it. path follows
    // the dataset's own ("/refreshes"); a body is sent as JSON.
    SandboxReply callXeroDataset(const QByteArray &method, const QString &path,
                                 const QByteArray &body = {},
                                 const QString &user = SandboxScenario::microsoftUser)
    {
        SandboxRequest request;
        request.method = method;
        request.path =
            QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2%3")
                .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId, path);
        request.headers = {
            {"Authorization", "Bearer " + sandbox.issuePowerBiAccessToken(user).toUtf8()}};
        if (!body.isEmpty())
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = body;
        request.root = sandbox.rootUrl();
        return sandbox.answer(request);
    }

    // A half hour of the day, in Paris, two to three hours from the sandbox's now. A Xero token
    // pushed now (it lives 30 minutes) is dead by a slot there, whatever the time of the run:
    // with a fixed time such as the scenario's 07:00, the suites that expect "the next scheduled
    // refresh will fail" failed for the half hour before it every day.
    QString slotHoursAway() const
    {
        const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
        const QTime later = sandbox.now().addSecs(2 * 3600).toTimeZone(paris).time();
        return QTime(later.hour(), 0).addSecs(3600).toString(QStringLiteral("HH:mm"));
    }

    // The temporary way chosen for the chosen dataset (signed in to Xero, one push) and its
    // schedule made daily, Paris time, hours away: what the verdicts warn about.
    std::optional<RefreshSchedule> chooseTheTemporaryCredentialOnADailySchedule()
    {
        if (!signInToXero(QStringLiteral("Contoso Ltd")))
            return std::nullopt;
        const Result<bool> pushed = await<bool>([&](QObject *context, Callback<bool> done) {
            session()->runner()->pushCredentials(context, done);
        });
        if (!pushed || !pushed.value())
            return std::nullopt;
        const QString slot = slotHoursAway();
        const Result<RefreshSchedule> daily =
            await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
                session()->editor()->changeSchedule(
                    RefreshScheduleChange::daily({slot}, QStringLiteral("Romance Standard Time")),
                    context, done);
            });
        if (!daily)
            return std::nullopt;
        return daily.value();
    }

    // Signed in, dataset chosen, the wizard shown at step.
    void openAt(RepairStep step)
    {
        signInToPowerBi();
        chooseXeroDataset();
        wizard->startAtStep(step);
        wizard->restart();
        wizard->show();
    }

    template<typename Page> Page *page(RepairWizard::PageId id) const
    {
        return qobject_cast<Page *>(wizard->page(id));
    }

    bool waitForPage(RepairWizard::PageId id, int timeoutMs = waitMs) const
    {
        return QTest::qWaitFor([&] { return wizard->currentId() == id; }, timeoutMs);
    }

    QAbstractButton *nextButton() const { return wizard->button(QWizard::NextButton); }

    bool waitUntil(const std::function<bool()> &condition, int timeoutMs = waitMs) const
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }

    // The dataset's refresh schedule as Power BI holds it.
    RefreshSchedule scheduleInPowerBi()
    {
        const Result<RefreshSchedule> read =
            await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
                session()->status()->loadSchedule(context, done);
            });
        EXPECT_TRUE(read) << read.error().technicalDetails().toStdString();
        return read ? read.value() : RefreshSchedule();
    }

    // Power BI refuses the next schedule change: 400, "The schedule cannot be changed."
    void refuseTheNextScheduleChange()
    {
        sandbox.addFault(
            SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/refreshSchedule$"))
                .withPowerBiError(400, QStringLiteral("InvalidRequest"),
                                  QStringLiteral("The schedule cannot be changed.")));
    }

    // XRA_SCREENSHOT_DIR=<folder> keeps a picture of the wizard as <name>.png.
    void keepScreenshot(const QString &name, int settleMs = 100) const
    {
        ::keepScreenshot(wizard.get(), name, settleMs);
    }

    // Next, once it is enabled (a page may still be loading).
    bool clickNext()
    {
        if (!waitUntil([&] { return nextButton()->isVisible() && nextButton()->isEnabled(); }))
            return false;
        nextButton()->click();
        return true;
    }

    Palette m_palette;
    DarkPaletteScope darkPaletteScope; // first in, last out: outlives the wizard
    SandboxStack stack;
    SandboxServer &sandbox = stack.sandbox;
    QSettings *settings = nullptr;
    AssistantServices *services = nullptr;
    // The web views in the test's process, as the program's plugin makes them.
    std::unique_ptr<EmbeddedWebContent> webContent;
    std::unique_ptr<RepairWizard> wizard;
    SandboxBrowser browser;
    QObject context;
};
