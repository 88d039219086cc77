// The whole repair wizard, walked as a user would: from a fresh wizard at the Power BI sign-in,
// page by page with Next, against the sandbox's broken Xero dataset (failing refreshes, expired
// Xero sign-in, schedule switched off). One walkthrough per scenario of the issue; each checks
// what the user sees at the steps that matter and what the sandbox holds at the end.

#include "wizardwalk.h"

using namespace std::chrono_literals;

class WizardWalkthroughTest : public WizardFixture
{
protected:
    void SetUp() override
    {
        // The sign-in profile's files go under this test's own folder, never the user's.
        ScratchDataHome::useForCurrentTest();
        WizardFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(moveTheXeroScheduleHoursAway());
    }

    // The scenario's Xero schedule (off) is at 07:00 in Paris, and "Make it daily" keeps its
    // time: moved hours away, the walks read the same at any time of day (slotHoursAway()).
    void moveTheXeroScheduleHoursAway()
    {
        const QByteArray times =
            QStringLiteral(R"({"value":{"times":["%1"]}})").arg(slotHoursAway()).toUtf8();
        ASSERT_EQ(callXeroDataset("PATCH", QStringLiteral("/refreshSchedule"), times).status, 200);
    }

    // A fresh wizard at the Power BI sign-in, nobody signed in.
    void showFresh() { wizard->show(); }

    // A fresh wizard at the Power BI sign-in, the account signed in already (the fixture's
    // shortcut, for the scenarios that are not about signing in to Power BI).
    void showSignedIn()
    {
        signInToPowerBi();
        wizard->show();
    }

    // Steps 0 to 3 the way every scenario goes, with an account signed in already.
    void walkToTheXeroSignIn(const QString &organisationName)
    {
        ASSERT_NO_FATAL_FAILURE(walk.goOnAsTheSignedInAccount());
        ASSERT_NO_FATAL_FAILURE(chooseTheDatasetAndWalkToTheXeroSignIn(organisationName));
    }

    // From the dataset list to the Xero sign-in, once signed in to Power BI.
    void chooseTheDatasetAndWalkToTheXeroSignIn(const QString &organisationName)
    {
        ASSERT_NO_FATAL_FAILURE(walk.chooseTheXeroDataset());
        ASSERT_NO_FATAL_FAILURE(walk.seeTheRefreshFailed());
        ASSERT_NO_FATAL_FAILURE(walk.seeTheExpiredXeroSignIn());
        ASSERT_NO_FATAL_FAILURE(walk.nameTheOrganisation(organisationName));
    }

    // From Refresh now ready to a completed refresh and the finish.
    void refreshUntilCompleted()
    {
        ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());
        ASSERT_NO_FATAL_FAILURE(
            walk.refreshNowUntil(QStringLiteral("Completed"), [this] { endTheRefresh(); }));
    }

    // The same, ending on the success finish.
    void refreshUntilSuccess()
    {
        ASSERT_NO_FATAL_FAILURE(refreshUntilCompleted());
        ASSERT_NO_FATAL_FAILURE(walk.seeSuccess());
    }

    // Steps 5 to the finish after a temporary credential: the schedule made daily, the refresh
    // completed, and the finish honest about the credential that dies before the next slot.
    void makeDailyAndRefreshWithTheTemporaryCredential()
    {
        ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
        ASSERT_NO_FATAL_FAILURE(refreshUntilCompleted());
        EXPECT_TRUE(wizard->lastRun()->credentialsPushed);
        ASSERT_NO_FATAL_FAILURE(walk.seeNotFinishedBecauseTemporary());
        expectTheLastRefreshInPowerBi(Refresh::Status::Completed);
    }

    void endTheRefresh() { sandbox.advanceClock(refreshSeconds + 1); }

    std::optional<Refresh> lastRefreshInPowerBi()
    {
        const Result<QList<Refresh>> read =
            await<QList<Refresh>>([&](QObject *context, Callback<QList<Refresh>> done) {
                session()->status()->loadHistory(1, context, done);
            });
        EXPECT_TRUE(read) << read.error().technicalDetails().toStdString();
        if (!read || read.value().isEmpty())
            return std::nullopt;
        return read.value().first();
    }

    void expectTheLastRefreshInPowerBi(Refresh::Status status)
    {
        const std::optional<Refresh> last = lastRefreshInPowerBi();
        ASSERT_TRUE(last.has_value());
        EXPECT_EQ(last->status(), status);
        EXPECT_EQ(last->requestId(), wizard->lastRun()->refresh->requestId());
    }

    QList<Refresh> historyInPowerBi(int top)
    {
        const Result<QList<Refresh>> read =
            await<QList<Refresh>>([&](QObject *context, Callback<QList<Refresh>> done) {
                session()->status()->loadHistory(top, context, done);
            });
        EXPECT_TRUE(read) << read.error().technicalDetails().toStdString();
        return read ? read.value() : QList<Refresh>();
    }

    // The scheduled refreshes Power BI ran, newest first.
    QList<Refresh> scheduledRefreshesInPowerBi()
    {
        QList<Refresh> scheduled;
        for (const Refresh &refresh : historyInPowerBi(20)) {
            if (refresh.refreshType() == Refresh::Type::Scheduled)
                scheduled.append(refresh);
        }
        return scheduled;
    }

    // The status window as the program opens it on the remembered dataset, loaded.
    std::unique_ptr<StatusWindow> openTheStatusWindow()
    {
        auto window = std::make_unique<StatusWindow>(session()->operations(), session()->status(),
                                                     session()->runner(), session()->dataset());
        window->show();
        window->reload();
        EXPECT_TRUE(waitUntil([&] { return !window->isWorking(); }));
        return window;
    }

    static QString shownIn(const StatusWindow &window, const char *objectName)
    {
        const auto *label = window.findChild<QLabel *>(QLatin1String(objectName));
        return label && label->isVisible() ? label->text() : QString();
    }

    WizardWalk walk{[this] {
        return wizard.get();
    }};
};

// The Microsoft sign-in, then Power BI's own credential dialog and its pop-up in the program,
// the schedule made daily, the refresh completed: Finished, and still true three days on.
TEST_F(WizardWalkthroughTest, HappyPathRepairsThroughPowerBisDialogAndStillRefreshesDaysLater)
{
    showFresh();
    ASSERT_NO_FATAL_FAILURE(walk.signInToPowerBiThroughTheView());
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheXeroDataset());
    ASSERT_NO_FATAL_FAILURE(walk.seeTheRefreshFailed());
    keepScreenshot(QStringLiteral("walkthrough-happy-1-status"), 200);
    ASSERT_NO_FATAL_FAILURE(walk.seeTheExpiredXeroSignIn());
    ASSERT_NO_FATAL_FAILURE(walk.nameTheOrganisation(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.editTheCredentialsInPowerBi());
    ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
    ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());
    ASSERT_NO_FATAL_FAILURE(
        walk.refreshNowUntil(QStringLiteral("Completed"), [this] { endTheRefresh(); }));
    // Power BI's own credential did the work: nothing was pushed over it.
    EXPECT_FALSE(wizard->lastRun()->credentialsPushed);
    ASSERT_NO_FATAL_FAILURE(walk.seeSuccess());
    keepScreenshot(QStringLiteral("walkthrough-happy-3-finish"), 200);

    const RefreshSchedule schedule = scheduleInPowerBi();
    EXPECT_TRUE(schedule.isEnabled());
    EXPECT_TRUE(schedule.isDaily());
    expectTheLastRefreshInPowerBi(Refresh::Status::Completed);
    // The next start opens on this dataset.
    ASSERT_TRUE(session()->dataset()->remembered().has_value());
    EXPECT_EQ(session()->dataset()->remembered()->datasetId(), SandboxScenario::xeroDatasetId);

    // Three days on, Power BI's schedule has refreshed every morning with the credential it
    // renews on its own, and the schedule is still on; the status window says so.
    const qsizetype scheduledBefore = scheduledRefreshesInPowerBi().size();
    sandbox.advanceClock(3 * 24 * 3600);
    const QList<Refresh> scheduled = scheduledRefreshesInPowerBi();
    ASSERT_EQ(scheduled.size() - scheduledBefore, 3);
    for (int day = 0; day < 3; ++day)
        EXPECT_EQ(scheduled.at(day).status(), Refresh::Status::Completed) << "day " << day;
    EXPECT_TRUE(scheduleInPowerBi().isEnabled());
    const std::unique_ptr<StatusWindow> window = openTheStatusWindow();
    EXPECT_EQ(shownIn(*window, "lastStatusLabel"), QStringLiteral("Completed"));
    EXPECT_TRUE(shownIn(*window, "nextRunWarningLabel").isEmpty())
        << shownIn(*window, "nextRunWarningLabel").toStdString();
    EXPECT_TRUE(shownIn(*window, "credentialLabel").contains(QStringLiteral("Lasting")))
        << shownIn(*window, "credentialLabel").toStdString();
}

// The weaker way, to the end: the finish and the status window say before it happens that the
// next scheduled refresh will fail, and three days on it has failed and Power BI has switched
// the schedule off, as the status window then says.
TEST_F(WizardWalkthroughTest, TheTemporaryCredentialIsSaidToFailTheNextScheduledRefreshAndDoes)
{
    showSignedIn();
    ASSERT_NO_FATAL_FAILURE(walkToTheXeroSignIn(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheTemporaryCredential());
    ASSERT_NO_FATAL_FAILURE(walk.signInToXeroThroughTheView());
    ASSERT_NO_FATAL_FAILURE(makeDailyAndRefreshWithTheTemporaryCredential());
    keepScreenshot(QStringLiteral("walkthrough-temporary-finish"), 200);

    {
        const std::unique_ptr<StatusWindow> before = openTheStatusWindow();
        EXPECT_EQ(shownIn(*before, "lastStatusLabel"), QStringLiteral("Completed"));
        EXPECT_TRUE(shownIn(*before, "nextRunWarningLabel").contains(QStringLiteral("will fail")))
            << shownIn(*before, "nextRunWarningLabel").toStdString();
        EXPECT_TRUE(shownIn(*before, "credentialLabel").contains(QStringLiteral("Temporary")))
            << shownIn(*before, "credentialLabel").toStdString();
        ::keepScreenshot(before.get(), QStringLiteral("status-temporary-warning"), 200);
    }

    const qsizetype scheduledBefore = scheduledRefreshesInPowerBi().size();
    sandbox.advanceClock(3 * 24 * 3600);
    const QList<Refresh> scheduled = scheduledRefreshesInPowerBi();
    ASSERT_EQ(scheduled.size() - scheduledBefore, 1)
        << "the schedule should stop after the first failure";
    EXPECT_EQ(scheduled.first().status(), Refresh::Status::Failed);
    EXPECT_FALSE(scheduleInPowerBi().isEnabled());
    const std::unique_ptr<StatusWindow> after = openTheStatusWindow();
    EXPECT_EQ(shownIn(*after, "lastStatusLabel"), QStringLiteral("Failed"));
    EXPECT_TRUE(
        shownIn(*after, "nextRunLabel").contains(QStringLiteral("off"), Qt::CaseInsensitive))
        << shownIn(*after, "nextRunLabel").toStdString();
    EXPECT_TRUE(shownIn(*after, "credentialLabel").contains(QStringLiteral("Broken")))
        << shownIn(*after, "credentialLabel").toStdString();
}

// "Contoso Limited" finds no organisation: the ones the sign-in reached are offered.
TEST_F(WizardWalkthroughTest, AWrongOrganisationNameOffersTheCandidatesAndTheRepairCompletes)
{
    showSignedIn();
    ASSERT_NO_FATAL_FAILURE(walkToTheXeroSignIn(QStringLiteral("Contoso Limited")));
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheTemporaryCredential());
    ASSERT_TRUE(walk.xeroPages().signInToXeroAndAllow(
        {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId}));

    ASSERT_TRUE(walk.waitForXeroStage(SignInXeroPage::Stage::Choosing))
        << walk.whatTheXeroPageSays();
    EXPECT_TRUE(walk.xeroPage()->message().contains(
        QStringLiteral("No organisation called “Contoso Limited” was found")))
        << walk.whatTheXeroPageSays();
    EXPECT_FALSE(nextButton()->isEnabled());
    QListWidget *list = walk.xeroPage()->organisationList();
    ASSERT_EQ(list->count(), 2);
    keepScreenshot(QStringLiteral("walkthrough-wrong-organisation"), 200);
    const QList<QListWidgetItem *> contoso =
        list->findItems(QStringLiteral("Contoso Ltd"), Qt::MatchExactly);
    ASSERT_EQ(contoso.size(), 1);
    list->setCurrentItem(contoso.first());
    walk.xeroPage()->useOrganisationButton()->click();
    ASSERT_NO_FATAL_FAILURE(walk.seeContosoLtdFoundAndPushed());

    ASSERT_NO_FATAL_FAILURE(makeDailyAndRefreshWithTheTemporaryCredential());
}

// Cancel on Xero's page: nothing changed, Next held, Sign in again goes through.
TEST_F(WizardWalkthroughTest, CancellingTheXeroSignInThenSigningInAgainRepairs)
{
    showFresh();
    ASSERT_NO_FATAL_FAILURE(walk.signInToPowerBiThroughTheView());
    ASSERT_NO_FATAL_FAILURE(chooseTheDatasetAndWalkToTheXeroSignIn(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheTemporaryCredential());

    ASSERT_TRUE(walk.xeroPages().cancelAtXero());
    ASSERT_TRUE(walk.waitForXeroStage(SignInXeroPage::Stage::Cancelled))
        << walk.whatTheXeroPageSays();
    EXPECT_EQ(walk.xeroPage()->message(),
              QStringLiteral("Xero sign-in cancelled: nothing was changed."));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(session()->xero()->tenantId().isEmpty());
    keepScreenshot(QStringLiteral("walkthrough-xero-cancelled"), 200);

    QPushButton *again = walk.xeroPage()->signInAgainButton();
    ASSERT_TRUE(again && again->isVisible());
    again->click();
    ASSERT_NO_FATAL_FAILURE(walk.signInToXeroThroughTheView());
    ASSERT_NO_FATAL_FAILURE(makeDailyAndRefreshWithTheTemporaryCredential());
}

// Power BI refuses the new schedule: the sentence says why, the schedule stays as it was, and
// the repair goes on to Refresh now.
TEST_F(WizardWalkthroughTest, ARefusedScheduleChangeIsExplainedAndTheRepairGoesOn)
{
    showSignedIn();
    ASSERT_NO_FATAL_FAILURE(walkToTheXeroSignIn(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.editTheCredentialsInPowerBi());
    ASSERT_NO_FATAL_FAILURE(walk.seeTheScheduleOff());

    refuseTheNextScheduleChange();
    walk.makeDailyButton()->click();
    OperationPanel *panel = walk.schedulePage()->operationPanel();
    ASSERT_TRUE(waitUntil([&] { return panel->isShowingError(); }));
    EXPECT_TRUE(panel->sentence().contains(QStringLiteral("The schedule cannot be changed.")))
        << panel->sentence().toStdString();
    EXPECT_TRUE(panel->details().contains(QStringLiteral("400"))) << panel->details().toStdString();
    EXPECT_EQ(shownValue(walk.schedulePage(), QStringLiteral("Scheduled refresh")),
              QStringLiteral("Off"));
    EXPECT_TRUE(walk.makeDailyButton()->isVisible());
    keepScreenshot(QStringLiteral("walkthrough-schedule-refused"), 200);
    const RefreshSchedule unchanged = scheduleInPowerBi();
    EXPECT_FALSE(unchanged.isEnabled());
    EXPECT_EQ(unchanged.days().size(), 3);

    // Going on without a schedule is said out loud.
    auto *leaveOff =
        walk.schedulePage()->findChild<QCheckBox *>(QStringLiteral("leaveScheduleOff"));
    ASSERT_NE(leaveOff, nullptr);
    leaveOff->setChecked(true);
    ASSERT_TRUE(clickNext());
    ASSERT_NO_FATAL_FAILURE(refreshUntilCompleted());
    EXPECT_FALSE(scheduleInPowerBi().isEnabled());
    expectTheLastRefreshInPowerBi(Refresh::Status::Completed);
    // The refresh worked, but nothing refreshes the dataset tomorrow: not finished.
    ASSERT_NO_FATAL_FAILURE(walk.reachTheFinish());
    EXPECT_FALSE(walk.finishPage()->isSuccess());
    EXPECT_TRUE(shownText(walk.finishPage()).contains(QStringLiteral("switched off")))
        << shownText(walk.finishPage()).toStdString();
}

// Power BI answers both credential pushes but keeps the old, expired Xero sign-in: the refresh
// fails again, and the finish says so with the diagnosis, the next steps and Copy details.
TEST_F(WizardWalkthroughTest, ARefreshThatFailsAgainEndsStillFailingWithTheNextSteps)
{
    showSignedIn();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/.*/datasources/"))
            .answering(200)
            .forRequests(2));

    ASSERT_NO_FATAL_FAILURE(walkToTheXeroSignIn(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheTemporaryCredential());
    ASSERT_NO_FATAL_FAILURE(walk.signInToXeroThroughTheView());
    ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
    ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());
    ASSERT_NO_FATAL_FAILURE(
        walk.refreshNowUntil(QStringLiteral("Failed"), [this] { endTheRefresh(); }));
    EXPECT_EQ(sandbox.pendingFaults(), 0);

    ASSERT_NO_FATAL_FAILURE(walk.reachTheFinish());
    FinishPage *finish = walk.finishPage();
    EXPECT_FALSE(finish->isSuccess());
    EXPECT_EQ(finish->title(), QStringLiteral("Still failing"));
    const QString text = shownText(finish);
    EXPECT_TRUE(text.contains(QStringLiteral("Xero"))) << text.toStdString();
    EXPECT_TRUE(text.contains(FinishPage::supportUrl().toString())) << text.toStdString();
    EXPECT_TRUE(text.contains(FinishPage::communityUrl().toString())) << text.toStdString();
    keepScreenshot(QStringLiteral("walkthrough-still-failing"), 200);

    QPushButton *copy = buttonTitled(finish, QStringLiteral("Copy details"));
    ASSERT_NE(copy, nullptr);
    ASSERT_TRUE(copy->isVisible());
    copy->click();
    const QString report = QApplication::clipboard()->text();
    EXPECT_TRUE(report.contains(SandboxScenario::xeroDatasetId)) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("DMTS_OAuthTokenRefreshFailedError")));
    EXPECT_TRUE(report.contains(wizard->lastRun()->refresh->requestId()));
    EXPECT_FALSE(report.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
    EXPECT_TRUE(shownText(finish).contains(QStringLiteral("Copied")));

    EXPECT_TRUE(scheduleInPowerBi().isDaily());
    expectTheLastRefreshInPowerBi(Refresh::Status::Failed);
}

// Power BI says "too many requests, come back in an hour" when reading the datasets and when
// starting the refresh: the sentence says how long to wait, and Retry works once it is over.
TEST_F(WizardWalkthroughTest, ThrottlingSaysHowLongToWaitAndRetryWorksOnceItIsOver)
{
    showSignedIn();
    sandbox.addFault(throttled(QStringLiteral("GET"), QStringLiteral("/datasets$"), 600));
    ASSERT_NO_FATAL_FAILURE(walk.goOnAsTheSignedInAccount());
    ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));
    auto *choose = page<ChooseDatasetPage>(RepairWizard::PageChooseDataset);
    ASSERT_TRUE(waitUntil([&] { return choose->operationPanel()->isShowingError(); }));
    EXPECT_TRUE(choose->operationPanel()->sentence().contains(QStringLiteral("10 minutes")))
        << choose->operationPanel()->sentence().toStdString();
    EXPECT_FALSE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("walkthrough-throttled-datasets"), 200);
    ASSERT_NE(retryButton(choose), nullptr);
    retryButton(choose)->click();
    ASSERT_NO_FATAL_FAILURE(chooseTheDatasetAndWalkToTheXeroSignIn(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.editTheCredentialsInPowerBi());
    ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
    ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());

    sandbox.addFault(throttled(QStringLiteral("POST"), QStringLiteral("/refreshes$"), 3600));
    RefreshNowPage *refresh = walk.refreshPage();
    refresh->refreshButton()->click();
    ASSERT_TRUE(waitUntil([&] { return refresh->operationPanel()->isShowingError(); }));
    const QString sentence = refresh->operationPanel()->sentence();
    EXPECT_TRUE(sentence.contains(QStringLiteral("wait"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("60 minutes"))) << sentence.toStdString();
    EXPECT_TRUE(refresh->refreshButton()->isEnabled());
    keepScreenshot(QStringLiteral("walkthrough-throttled-refresh"), 200);

    // An hour later the fault is gone: Retry starts the refresh, which completes.
    sandbox.advanceClock(3600);
    ASSERT_NE(retryButton(refresh), nullptr);
    retryButton(refresh)->click();
    ASSERT_TRUE(waitUntil([&] {
        return walk.refreshStatusShown() == QStringLiteral("In progress");
    })) << refresh->operationPanel()->sentence().toStdString();
    endTheRefresh();
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    EXPECT_EQ(walk.refreshStatusShown(), QStringLiteral("Completed"));
    ASSERT_TRUE(clickNext());
    ASSERT_NO_FATAL_FAILURE(walk.seeSuccess());
    expectTheLastRefreshInPowerBi(Refresh::Status::Completed);
}

// ---- the keychain missing -------------------------------------------------------------------
//
// The program as it starts for real (WindowLauncher, the system keychain), in a child process
// of this binary whose session bus does not exist: the keychain is really missing. The child
// walks the whole repair in the window the launcher opens (KeychainMissingChild.DISABLED_*, run
// only that way); the parent checks that it passed.

namespace {

const char childMarker[] = "XRA_WALKTHROUGH_KEYCHAIN_CHILD";

// The sandbox as the program's own endpoints and app registrations, in the user's settings.
void pointSettingsAtSandbox(QSettings &settings, const QUrl &root)
{
    const Endpoints endpoints = Endpoints::sandbox(root);
    settings.setValue(WindowLauncher::clientIdSettingsKey(),
                      AssistantServices::sandboxMicrosoftClientId());
    settings.setValue(QStringLiteral("xero/clientId"), AssistantServices::sandboxXeroClientId());
    settings.setValue(QStringLiteral("endpoints/authorityHost"),
                      endpoints.authorityHost().toString());
    settings.setValue(QStringLiteral("endpoints/powerBiApiRoot"),
                      endpoints.powerBiApiRoot().toString());
    settings.setValue(QStringLiteral("endpoints/xeroLoginRoot"),
                      endpoints.xeroLoginRoot().toString());
    settings.setValue(QStringLiteral("endpoints/xeroIdentityRoot"),
                      endpoints.xeroIdentityRoot().toString());
    settings.setValue(QStringLiteral("endpoints/xeroApiRoot"), endpoints.xeroApiRoot().toString());
    settings.sync();
}

QList<QMessageBox *> visibleMessageBoxes()
{
    QList<QMessageBox *> shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            shown.append(box);
    }
    return shown;
}

} // namespace

TEST(KeychainMissingChild, DISABLED_TheRepairFinishesWithTheSignInsInMemoryAndSaysSoOnce)
{
    ASSERT_TRUE(qEnvironmentVariableIsSet(childMarker))
        << "run only by WizardWalkthroughKeychain, which makes the keychain missing";
    QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
    SandboxServer sandbox;
    ASSERT_TRUE(sandbox.listen());
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QSettings settings(folder.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    pointSettingsAtSandbox(settings, sandbox.rootUrl());

    EmbeddedWebContent webContent;
    WindowLauncher launcher(CommandLine::parse({QStringLiteral("xero-refresh-assistant")}),
                            &settings, &webContent);
    std::optional<int> exitCode;
    QObject::connect(&launcher, &WindowLauncher::finished, [&](int code) { exitCode = code; });
    launcher.start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return launcher.wizard() && launcher.wizard()->isVisible(); }, 15000))
        << "no wizard; exit code " << exitCode.value_or(-1);
    WizardWalk walk([&] { return launcher.wizard(); });
    walk.session()->runner()->setPollInterval(50ms, 200ms);

    ASSERT_NO_FATAL_FAILURE(walk.signInToPowerBiThroughTheView());
    // The sign-in was kept, in memory: the first write to the keychain failed, and the window
    // says so once, in the user's words.
    ASSERT_TRUE(QTest::qWaitFor([] { return !visibleMessageBoxes().isEmpty(); }, 15000));
    const QList<QMessageBox *> boxes = visibleMessageBoxes();
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_EQ(boxes.first()->text(),
              ApiError::keychainUnavailable(QString(), false).plainSentence());
    std::printf("user sees: %s\n", qPrintable(boxes.first()->text()));
    boxes.first()->button(QMessageBox::Ok)->click();
    ASSERT_TRUE(QTest::qWaitFor([] { return visibleMessageBoxes().isEmpty(); }, 5000));

    ASSERT_NO_FATAL_FAILURE(walk.chooseTheXeroDataset());
    ASSERT_NO_FATAL_FAILURE(walk.seeTheRefreshFailed());
    ASSERT_NO_FATAL_FAILURE(walk.seeTheExpiredXeroSignIn());
    ASSERT_NO_FATAL_FAILURE(walk.nameTheOrganisation(QStringLiteral("Contoso Ltd")));
    ASSERT_NO_FATAL_FAILURE(walk.chooseTheTemporaryCredential());
    ASSERT_NO_FATAL_FAILURE(walk.signInToXeroThroughTheView());
    ASSERT_NO_FATAL_FAILURE(walk.makeTheScheduleDaily());
    ASSERT_NO_FATAL_FAILURE(walk.seeRefreshNowReady());
    // Refresh now asks for a fresh Xero token with the refresh token kept in memory.
    ASSERT_NO_FATAL_FAILURE(walk.refreshNowUntil(
        QStringLiteral("Completed"), [&] { sandbox.advanceClock(refreshSeconds + 1); }));
    EXPECT_TRUE(walk.wizard()->lastRun()->credentialsPushed);
    ASSERT_NO_FATAL_FAILURE(walk.seeNotFinishedBecauseTemporary());
    EXPECT_TRUE(visibleMessageBoxes().isEmpty()) << "told more than once";

    // Finish: the remembered dataset opens in the status window, without telling again.
    walk.wizard()->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return launcher.statusWindow() && launcher.statusWindow()->isVisible(); }, 15000));
    const auto *notice =
        launcher.statusWindow()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible()) << notice->text().toStdString();
    EXPECT_TRUE(visibleMessageBoxes().isEmpty());
    EXPECT_FALSE(exitCode.has_value());
}

TEST(WizardWalkthroughKeychain, WithoutAKeychainTheRepairStillFinishesAndTheUserIsToldOnce)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    for (const char *name : {"home", "config", "data", "cache", "runtime"})
        ASSERT_TRUE(QDir(root.path()).mkpath(QString::fromLatin1(name)));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childMarker), QStringLiteral("1"));
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=%1/no-such-bus").arg(root.filePath(QStringLiteral("runtime"))));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("POWERBI_API_ROOT"));
    environment.remove(QStringLiteral("AZURE_AUTHORITY_HOST"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_also_run_disabled_tests"),
                 QStringLiteral("--gtest_filter=KeychainMissingChild.*")});
    ASSERT_TRUE(child.waitForStarted(10000));
    const bool finished = child.waitForFinished(120000);
    if (!finished) {
        child.kill();
        child.waitForFinished();
    }
    const QString output = QString::fromUtf8(child.readAll());
    ASSERT_TRUE(finished) << "the child hung:\n" << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test."))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("user sees: No system keychain is available")))
        << output.toStdString();
}
