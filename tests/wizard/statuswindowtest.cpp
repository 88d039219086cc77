#include "statuswindow.h"
#include "aboutdialog.h"
#include "operationpanel.h"
#include "refreshquota.h"
#include "wizardfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The status window the program opens on a remembered dataset, against the sandbox's broken
// Xero dataset (last refresh Failed, schedule switched off).
class StatusWindowTest : public WizardFixture
{
protected:
    void SetUp() override
    {
        WizardFixture::SetUp();
        signInToPowerBi();
        chooseXeroDataset();
        window = std::make_unique<StatusWindow>(session()->operations(), session()->status(),
                                                session()->runner(), session()->dataset());
        window->resize(window->sizeHint());
        window->show();
    }

    void TearDown() override
    {
        window.reset();
        WizardFixture::TearDown();
    }

    QString text(const char *objectName) const
    {
        const auto *label = window->findChild<QLabel *>(QLatin1String(objectName));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
    }

    QPushButton *button(const char *objectName) const
    {
        return window->findChild<QPushButton *>(QLatin1String(objectName));
    }

    bool reloaded()
    {
        window->reload();
        return waitUntil([&] { return !window->isWorking(); });
    }

    // Someone started a refresh of the dataset elsewhere (the web page, a script): it runs for 5
    // seconds of the sandbox's clock, which is moved past its end unless left running.
    void refreshElsewhere(bool leaveRunning = false)
    {
        ASSERT_EQ(callXeroDataset("POST", QStringLiteral("/refreshes"), "{}").status, 202);
        if (!leaveRunning)
            sandbox.advanceClock(6);
    }

    // How many refreshes the dataset's history holds in Power BI.
    qsizetype historySize()
    {
        const QJsonDocument answer =
            QJsonDocument::fromJson(callXeroDataset("GET", QStringLiteral("/refreshes")).body);
        return answer.object().value(QStringLiteral("value")).toArray().size();
    }

    // The scenario's dataset has one refresh counted in the last 24 hours: these use the rest
    // but `left`.
    void useRefreshesLeavingOnly(int left)
    {
        for (int used = 1; used < RefreshQuota::sharedCapacityLimit - left; ++used)
            ASSERT_NO_FATAL_FAILURE(refreshElsewhere());
    }

    // The sandbox runs a refresh for 5 seconds of its clock: moved on when it is first seen
    // running, so that following it ends at once.
    void finishRunningRefreshesWhenSeen()
    {
        QObject::connect(session()->runner(), &RefreshRunner::refreshUpdated, &context,
                         [this](const RefreshRun &run) {
                             if (run.refresh && run.refresh->isRunning() && !clockMoved) {
                                 clockMoved = true;
                                 runningText = text("refreshElapsedLabel");
                                 sandbox.advanceClock(6);
                             }
                         });
    }

    // XRA_SCREENSHOT_DIR=/tmp/shots keeps a picture of the window (run also with
    // QT_SCALE_FACTOR=2); dark adds the dark palette's picture.
    void keepScreenshot(const QString &name)
    {
        if (!screenshotsRequested())
            return;
        window->adjustSize();
        ::keepScreenshot(window.get(), name, 0);
    }

    std::unique_ptr<StatusWindow> window;
    bool clockMoved = false;
    QString runningText;
};

TEST_F(StatusWindowTest, ShowsTheFailedLastRefreshAndWhatIsLeftToday)
{
    ASSERT_TRUE(reloaded());
    EXPECT_FALSE(window->operationPanel()->isShowingError())
        << window->operationPanel()->details().toStdString();
    EXPECT_TRUE(text("datasetLabel").contains(QStringLiteral("Finance")));
    EXPECT_EQ(text("lastStatusLabel"), QStringLiteral("Failed"));
    EXPECT_FALSE(text("lastTimeLabel").isEmpty());
    EXPECT_EQ(text("nextRunLabel"), QStringLiteral("None: the scheduled refresh is switched off"));
    EXPECT_TRUE(
        text("refreshesLeftLabel").contains(QStringLiteral("left today (Power BI allows 8 a day")))
        << text("refreshesLeftLabel").toStdString();
    EXPECT_FALSE(text("diagnosisLabel").isEmpty());
    EXPECT_TRUE(button("refreshNowButton")->isEnabled());
    EXPECT_FALSE(window->windowTitle().isEmpty());
    keepScreenshot(QStringLiteral("statuswindow-failed"));

    window->setPalette(darkPalette());
    ASSERT_TRUE(reloaded());
    keepScreenshot(QStringLiteral("statuswindow-failed-dark"));
}

// The temporary credential chosen before: Refresh now renews it, runs and shows the result.
TEST_F(StatusWindowTest, RefreshNowRenewsTheTemporaryCredentialRunsToCompletedAndShowsIt)
{
    const Result<XeroSignInOutcome> xero = signInToXero(QStringLiteral("Contoso Ltd"));
    ASSERT_TRUE(xero) << xero.error().technicalDetails().toStdString();
    const Result<bool> pushed = await<bool>([&](QObject *context, Callback<bool> done) {
        session()->runner()->pushCredentials(context, done);
    });
    ASSERT_TRUE(pushed && pushed.value());
    ASSERT_TRUE(reloaded());
    const QString leftBefore = text("refreshesLeftLabel");
    finishRunningRefreshesWhenSeen();

    button("refreshNowButton")->click();
    EXPECT_TRUE(window->isWorking());
    EXPECT_FALSE(button("refreshNowButton")->isEnabled());
    ASSERT_TRUE(waitUntil([&] { return clockMoved; }));
    EXPECT_TRUE(runningText.startsWith(QStringLiteral("Running for"))) << runningText.toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return !window->isWorking() && text("lastStatusLabel") == QStringLiteral("Completed");
    })) << window->operationPanel()->details().toStdString();

    EXPECT_EQ(text("refreshStatusLabel"), QStringLiteral("Completed"));
    EXPECT_EQ(text("refreshResultLabel"), QStringLiteral("The refresh completed."));
    EXPECT_NE(text("refreshesLeftLabel"), leftBefore);
    EXPECT_FALSE(window->operationPanel()->isShowingError());
    EXPECT_TRUE(button("refreshNowButton")->isEnabled());
    keepScreenshot(QStringLiteral("statuswindow-completed"));
}

// A temporary credential and a daily schedule: the window says, in red, that the next
// scheduled refresh will fail, and when the credential dies. In the language the suite runs in,
// for tests/screenshots.sh.
TEST_F(StatusWindowTest, ATemporaryCredentialIsShownWithTheNextRefreshItWillFail)
{
    const std::optional<RefreshSchedule> daily = chooseTheTemporaryCredentialOnADailySchedule();
    ASSERT_TRUE(daily && daily->isDaily());
    ASSERT_TRUE(reloaded());
    const auto *warning = window->findChild<QLabel *>(QStringLiteral("nextRunWarningLabel"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->isVisible());
    const std::optional<QDateTime> next = daily->nextRunAfter(sandbox.now());
    ASSERT_TRUE(next.has_value());
    EXPECT_TRUE(warning->text().contains(
        QLocale().toString(next->toLocalTime().time(), QLocale::ShortFormat)))
        << warning->text().toStdString();
    ::keepScreenshot(window.get(), QStringLiteral("temporary-status-window"), 200);
}

TEST_F(StatusWindowTest, FixCredentialsAndChooseAnotherDatasetHandOverToTheWizard)
{
    ASSERT_TRUE(reloaded());
    QSignalSpy fix(window.get(), &StatusWindow::fixCredentialsRequested);
    QSignalSpy choose(window.get(), &StatusWindow::chooseDatasetRequested);
    button("fixCredentialsButton")->click();
    button("chooseDatasetButton")->click();
    EXPECT_EQ(fix.size(), 1);
    EXPECT_EQ(choose.size(), 1);
}

TEST_F(StatusWindowTest, TheAboutButtonAndF1OpenTheAboutBox)
{
    button("aboutButton")->click();
    ASSERT_TRUE(waitUntil([&] {
        const auto *dialog = window->findChild<AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
    delete window->findChild<AboutDialog *>();

    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_TRUE(waitUntil([&] {
        const auto *dialog = window->findChild<AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
}

TEST_F(StatusWindowTest, AFailureShowsThePlainSentenceWithDetailsOneClickAway)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .withPowerBiError(404, QStringLiteral("ItemNotFound"),
                                           QStringLiteral("Dataset not found"))
                         .forRequests(10));

    ASSERT_TRUE(reloaded());
    const OperationPanel *panel = window->operationPanel();
    EXPECT_TRUE(panel->isShowingError());
    EXPECT_FALSE(panel->sentence().isEmpty());
    EXPECT_TRUE(panel->details().contains(QStringLiteral("ItemNotFound")))
        << panel->details().toStdString();
    keepScreenshot(QStringLiteral("statuswindow-error"));

    sandbox.clearFaults();
    ASSERT_TRUE(reloaded());
    EXPECT_FALSE(window->operationPanel()->isShowingError());
    EXPECT_EQ(text("lastStatusLabel"), QStringLiteral("Failed"));
}

TEST_F(StatusWindowTest, CancelStopsReadingAndSaysSo)
{
    sandbox.setLatency(3000);
    window->reload();
    ASSERT_TRUE(window->isWorking());
    const auto buttons = window->operationPanel()->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text() == QStringLiteral("Cancel"))
            candidate->click();
    }
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }, 2000));
    EXPECT_TRUE(window->operationPanel()->sentence().contains(QStringLiteral("Cancelled")));
    EXPECT_TRUE(button("refreshNowButton")->isEnabled());
}

TEST_F(StatusWindowTest, ANoticeStaysAtTheTop)
{
    window->showNotice(QStringLiteral("No system keychain is available."));
    EXPECT_EQ(text("noticeLabel"), QStringLiteral("No system keychain is available."));
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("noticeLabel"))->isVisible());
}

TEST_F(StatusWindowTest, WithNoneLeftTodayRefreshNowIsOffAndTheWindowSaysWhenOneFreesUp)
{
    ASSERT_NO_FATAL_FAILURE(useRefreshesLeavingOnly(0));
    ASSERT_TRUE(reloaded());
    EXPECT_TRUE(text("refreshesLeftLabel").contains(QStringLiteral("No refresh is left today")))
        << text("refreshesLeftLabel").toStdString();
    EXPECT_TRUE(text("refreshesLeftLabel").contains(QStringLiteral("The next one frees up at")))
        << text("refreshesLeftLabel").toStdString();
    EXPECT_FALSE(button("refreshNowButton")->isEnabled());
    // The rest of the window stays usable.
    EXPECT_TRUE(button("reloadButton")->isEnabled());
    EXPECT_TRUE(button("fixCredentialsButton")->isEnabled());
    keepScreenshot(QStringLiteral("statuswindow-none-left"));
}

// The window counted one left, but a refresh started elsewhere used it meanwhile: Power BI's
// English refusal becomes a sentence in the user's words with the time, and the count is read
// again from Power BI's history.
TEST_F(StatusWindowTest, PowerBisDailyLimitRefusalIsSaidPlainlyAndTheCountIsReadAgain)
{
    ASSERT_NO_FATAL_FAILURE(useRefreshesLeavingOnly(1));
    ASSERT_TRUE(reloaded());
    ASSERT_TRUE(text("refreshesLeftLabel").startsWith(QStringLiteral("1 refresh left today")))
        << text("refreshesLeftLabel").toStdString();
    ASSERT_NO_FATAL_FAILURE(refreshElsewhere());

    button("refreshNowButton")->click();
    ASSERT_TRUE(waitUntil([&] { return window->operationPanel()->isShowingError(); }));
    const QString sentence = window->operationPanel()->sentence();
    EXPECT_TRUE(sentence.contains(QStringLiteral("has used them all"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("The next one frees up at")))
        << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QStringLiteral("Invalid dataset refresh request")));
    ASSERT_TRUE(waitUntil([&] { return !button("refreshNowButton")->isEnabled(); }));
    EXPECT_TRUE(text("refreshesLeftLabel").contains(QStringLiteral("No refresh is left today")));
    // The sentence that said what went wrong is still there.
    EXPECT_EQ(window->operationPanel()->sentence(), sentence);
    keepScreenshot(QStringLiteral("statuswindow-limit-refused"));
}

TEST_F(StatusWindowTest, ReloadAndF5ReadTheStatusAgainAndSayWhenItWasRead)
{
    ASSERT_TRUE(reloaded());
    EXPECT_TRUE(window->lastLookedAt().isValid());
    EXPECT_TRUE(text("lastLookedLabel").startsWith(QStringLiteral("Status read at")))
        << text("lastLookedLabel").toStdString();

    ASSERT_NO_FATAL_FAILURE(refreshElsewhere(true));
    button("reloadButton")->click();
    ASSERT_TRUE(waitUntil([&] {
        return !window->isWorking() && text("lastStatusLabel") == QStringLiteral("In progress");
    })) << text("lastStatusLabel").toStdString();

    sandbox.advanceClock(6);
    const QString before = text("lastTimeLabel");
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] {
        return !window->isWorking() && text("lastStatusLabel") == QStringLiteral("Failed");
    })) << text("lastStatusLabel").toStdString();
    EXPECT_NE(text("lastTimeLabel"), before);
}

// Alt+R is as quick as a click: the refresh starts on the key press, not 100 ms later.
TEST_F(StatusWindowTest, AltRStartsTheRefreshOnTheKeyPressItself)
{
    ASSERT_TRUE(reloaded());
    ASSERT_TRUE(button("refreshNowButton")->isEnabled());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QSignalSpy clicked(button("refreshNowButton"), &QPushButton::clicked);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::AltModifier);
    EXPECT_EQ(clicked.count(), 1) << "the click came later than the key";
    EXPECT_TRUE(window->isWorking() || !button("refreshNowButton")->isEnabled());
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }, 30000));
}

// Left open overnight it must not show yesterday's result: it reads the status by itself.
TEST_F(StatusWindowTest, LeftOpenTheWindowReadsTheStatusAgainByItself)
{
    ASSERT_TRUE(reloaded());
    ASSERT_EQ(text("lastStatusLabel"), QStringLiteral("Failed"));
    window->setReloadInterval(std::chrono::milliseconds(300));
    ASSERT_NO_FATAL_FAILURE(refreshElsewhere(true));
    EXPECT_TRUE(waitUntil([&] { return text("lastStatusLabel") == QStringLiteral("In progress"); }))
        << text("lastStatusLabel").toStdString();
}

// Power BI accepted the refresh; then its history could not be read twice (a 500, then an
// answer that is not JSON). The window keeps following the one refresh to its end: it starts
// no other, which would spend one of the day's refreshes.
TEST_F(StatusWindowTest, FailedLooksAfterPowerBiAcceptedTheRefreshAreLookedPastNotRetried)
{
    ASSERT_TRUE(reloaded());
    const qsizetype before = historySize();
    finishRunningRefreshesWhenSeen();
    button("refreshNowButton")->click();
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .withPowerBiError(500, QStringLiteral("InternalServerError"),
                                           QStringLiteral("Something went wrong")));
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .answering(200)
                         .withBody("<html>Service Unavailable</html>"));
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }, 20000));
    EXPECT_FALSE(window->operationPanel()->isShowingError())
        << window->operationPanel()->sentence().toStdString();
    EXPECT_EQ(text("refreshStatusLabel"), QStringLiteral("Failed"));
    EXPECT_EQ(historySize(), before + 1);
}

// Following stopped on something looking again cannot mend (here a permission answer): the
// window says the refresh is still running in Power BI, and Refresh now follows that refresh
// again instead of starting a second one.
TEST_F(StatusWindowTest, AfterFollowingStoppedRefreshNowFollowsTheSameRefreshAgain)
{
    ASSERT_TRUE(reloaded());
    const qsizetype before = historySize();
    button("refreshNowButton")->click();
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException"),
                                           QStringLiteral("Not authorized")));
    ASSERT_TRUE(waitUntil([&] { return window->operationPanel()->isShowingError(); }));
    EXPECT_TRUE(
        window->operationPanel()->sentence().contains(QStringLiteral("still running in Power BI")))
        << window->operationPanel()->sentence().toStdString();
    EXPECT_EQ(historySize(), before + 1);

    finishRunningRefreshesWhenSeen();
    ASSERT_TRUE(button("refreshNowButton")->isEnabled());
    button("refreshNowButton")->click();
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }, 20000));
    EXPECT_FALSE(window->operationPanel()->isShowingError())
        << window->operationPanel()->sentence().toStdString();
    EXPECT_EQ(text("refreshStatusLabel"), QStringLiteral("Failed"));
    EXPECT_EQ(historySize(), before + 1);
}

// A 429 with Retry-After: the wait shows as what it is, counted down, not as the step's work.
TEST_F(StatusWindowTest, AThrottlingWaitIsCountedDownInsteadOfHiddenBehindTheStep)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .answering(429)
                         .withHeader("Retry-After", "2"));
    window->reload();
    ASSERT_TRUE(waitUntil(
        [&] {
            return window->operationPanel()->sentence().contains(
                QStringLiteral("asked this program to wait"));
        },
        5000))
        << window->operationPanel()->sentence().toStdString();
    EXPECT_TRUE(window->operationPanel()->sentence().contains(QStringLiteral("trying again in")));
    EXPECT_TRUE(window->isWorking());
    ASSERT_TRUE(waitUntil([&] { return !window->isWorking(); }, 10000));
    EXPECT_FALSE(window->operationPanel()->isShowingError())
        << window->operationPanel()->sentence().toStdString();
    EXPECT_EQ(text("lastStatusLabel"), QStringLiteral("Failed"));
}
