#include "repairsession.h"
#include "credentialpush.h"
#include "diagnosiscatalogue.h"
#include "powerbiclient.h"
#include "refreshexplanation.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "sandboxstack.h"
#include "sandboxtokens.h"
#include "xeroaccount.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace {

class RepairSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(stack.start()) << sandbox.errorString().toStdString();
        ASSERT_TRUE(stack.signInAsSandboxUser().ok());
    }

    RepairSession *session() const { return stack.session(); }
    XeroAccount *xeroAccount() const { return stack.services()->xeroAccount(); }

    // A Xero sign-in stored for Contoso Ltd and chosen, as the program does after the sign-in.
    void signInToXero()
    {
        const Result<Done> stored = stack.storeXeroGrant();
        ASSERT_TRUE(stored.ok()) << stored.error().technicalDetails().toStdString();
    }

    // Jordan takes the Xero dataset over: the signed-in Alex is no longer its owner.
    void letSomeoneElseOwnTheXeroDataset()
    {
        PowerBiClient *client = stack.services()->powerBi();
        client->setAccessToken(sandbox.issuePowerBiAccessToken(SandboxScenario::otherOwner));
        const Result<Done> taken = stack.await<Done>([&](QObject *context, Callback<Done> done) {
            client->takeOver({SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId},
                             context, done);
        });
        ASSERT_TRUE(taken.ok()) << taken.error().technicalDetails().toStdString();
    }

    Result<bool> pushCredentials()
    {
        return stack.await<bool>([&](QObject *context, Callback<bool> done) {
            session()->runner()->pushCredentials(context, done);
        });
    }

    Result<DatasetSelection> select(const QString &workspace, const QString &dataset)
    {
        return stack.choose(workspace, dataset);
    }

    void selectXeroDataset()
    {
        const Result<DatasetSelection> selection = stack.chooseXeroDataset();
        ASSERT_TRUE(selection.ok()) << selection.error().technicalDetails().toStdString();
        ASSERT_TRUE(selection.value().isFound()) << selection.value().sentence.toStdString();
    }

    // The user chose the temporary credential for the dataset's Xero source: one push, which
    // Refresh now renews from then on (and only then).
    void chooseTheTemporaryCredential()
    {
        const Result<bool> pushed = pushCredentials();
        ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
        ASSERT_TRUE(pushed.value());
    }

    Result<RefreshRun> startRefresh()
    {
        return stack.await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
            session()->runner()->startRefresh(context, done);
        });
    }

    Result<RefreshRun> follow(const RefreshRun &run, std::chrono::seconds timeout = 60s)
    {
        return stack.await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
            session()->runner()->followRefresh(run, timeout, context, done);
        });
    }

    Result<RefreshSchedule> changeSchedule(const RefreshScheduleChange &change)
    {
        return stack.await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
            session()->editor()->changeSchedule(change, context, done);
        });
    }

    Result<DatasetStatus> loadStatus()
    {
        return stack.await<DatasetStatus>([&](QObject *context, Callback<DatasetStatus> done) {
            session()->status()->loadStatus(context, done);
        });
    }

    Result<Done> takeOver()
    {
        return stack.await<Done>([&](QObject *context, Callback<Done> done) {
            session()->editor()->takeOver(context, done);
        });
    }

    DatasetChoice chosen() const { return session()->dataset()->choice(); }

    // Moves the sandbox clock past the sandbox's 5 seconds the first time the refresh is seen
    // running, so that following it ends without waiting.
    void finishRunningRefreshesWhenSeen()
    {
        QObject::connect(session()->runner(), &RefreshRunner::refreshUpdated, &context,
                         [this](const RefreshRun &run) {
                             if (run.refresh && run.refresh->isRunning() && !clockMoved) {
                                 clockMoved = true;
                                 sandbox.advanceClock(6);
                             }
                         });
    }

    SandboxStack stack;
    SandboxServer &sandbox = stack.sandbox;
    QObject context;
    bool clockMoved = false;
};

} // namespace

TEST_F(RepairSessionTest, StatusOfTheReadyScenarioSaysTheXeroCredentialsExpired)
{
    selectXeroDataset();
    const Result<DatasetStatus> status = loadStatus();
    ASSERT_TRUE(status.ok()) << status.error().technicalDetails().toStdString();

    const DatasetStatus &value = status.value();
    ASSERT_TRUE(value.lastRefresh().has_value());
    EXPECT_EQ(value.lastRefresh()->status(), Refresh::Status::Failed);
    EXPECT_EQ(value.lastRefresh()->serviceException().errorCode(),
              QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
    ASSERT_FALSE(value.diagnoses.isEmpty());
    EXPECT_EQ(value.diagnoses.first().category(), Diagnosis::Category::Credentials);
    EXPECT_EQ(value.diagnoses.first().fixStep(), RepairStep::SignInXero);

    EXPECT_FALSE(value.schedule.isEnabled());
    EXPECT_FALSE(value.schedule.isDaily());
    EXPECT_TRUE(value.scheduleSwitchedOffAfterFailures);
    EXPECT_TRUE(value.signedInUserIsOwner);
    EXPECT_EQ(value.datasources.size(), 1);
    EXPECT_TRUE(value.datasources.first().looksLikeXero());

    // The scenario's newest scheduled run, 20 hours ago, is inside Power BI's last 24 hours
    // whatever the time of day in the schedule's zone: one of the 8 is spent, as the sandbox
    // counts it too.
    EXPECT_EQ(value.quota.refreshesToday(), 1);
    EXPECT_EQ(value.quota.refreshesLeftToday(), std::optional<int>(7));
}

TEST_F(RepairSessionTest, WithNothingNamedTheOnlyXeroDatasetIsChosen)
{
    // Finance without its second Xero dataset (Xero via connector): one candidate is left.
    SandboxFault financeListed;
    financeListed.method = QStringLiteral("GET");
    financeListed.pathPattern = SandboxScenario::financeWorkspaceId + QStringLiteral("/datasets$");
    financeListed.status = 200;
    financeListed.headers = {{"Content-Type", "application/json"}};
    financeListed.body =
        QStringLiteral(R"({"value":[{"id":"%1","name":"Xero","configuredBy":"%2"},)"
                       R"({"id":"%3","name":"Sales Pipeline","configuredBy":"%4"}]})")
            .arg(SandboxScenario::xeroDatasetId, SandboxScenario::microsoftUser,
                 SandboxScenario::salesDatasetId, SandboxScenario::otherOwner)
            .toUtf8();
    sandbox.addFault(financeListed);

    const Result<DatasetSelection> selection = select({}, {});
    ASSERT_TRUE(selection.ok()) << selection.error().technicalDetails().toStdString();
    ASSERT_TRUE(selection.value().isFound()) << selection.value().sentence.toStdString();
    EXPECT_EQ(selection.value().choice.dataset.id(), SandboxScenario::xeroDatasetId);
    EXPECT_EQ(selection.value().choice.workspace.name(), QStringLiteral("Finance"));
    EXPECT_EQ(chosen().dataset.id(), SandboxScenario::xeroDatasetId);
}

TEST_F(RepairSessionTest, TheRememberedDatasetWinsOverTheXeroCandidate)
{
    ASSERT_TRUE(select(QStringLiteral("finance"), QStringLiteral("sales pipeline")).ok());
    session()->dataset()->remember();

    // The program started again: only the settings remember the dataset.
    stack.restartServices();
    ASSERT_TRUE(stack.signInAsSandboxUser().ok());
    const Result<DatasetSelection> selection = select({}, {});
    ASSERT_TRUE(selection.ok());
    ASSERT_TRUE(selection.value().isFound());
    EXPECT_EQ(selection.value().choice.dataset.id(), SandboxScenario::salesDatasetId);
}

// A thousand workspaces are nothing to the remembered dataset: it is read by its ids, the
// dataset and its workspace together, and the catalogue is never listed.
TEST_F(RepairSessionTest, AmongAThousandWorkspacesTheRememberedDatasetIsReadInOneRoundTrip)
{
    ASSERT_TRUE(select(QStringLiteral("Board Reporting"), QStringLiteral("Board Pack")).ok());
    session()->dataset()->remember();
    stack.restartServices();
    ASSERT_TRUE(stack.signInAsSandboxUser().ok());
    sandbox.addWorkspaces(1000);

    QSignalSpy requests(&sandbox, &SandboxServer::changed);
    const Result<DatasetSelection> selection = select({}, {});
    ASSERT_TRUE(selection.ok()) << selection.error().technicalDetails().toStdString();
    ASSERT_TRUE(selection.value().isFound());
    EXPECT_EQ(selection.value().choice.dataset.id(), SandboxScenario::boardDatasetId);
    EXPECT_EQ(selection.value().choice.workspace.name(), QStringLiteral("Board Reporting"));
    EXPECT_EQ(selection.value().choice.capacity(), RefreshScheduleChange::Capacity::Dedicated);
    EXPECT_EQ(requests.count(), 2) << "the dataset and its workspace, nothing else";
}

// Named, a workspace is found by the service's filter, not in the listing of all of them; a
// name in another case still finds it, through the listing.
TEST_F(RepairSessionTest, AWorkspaceNamedAmongAThousandIsFoundWithoutListingThemAll)
{
    sandbox.addWorkspaces(1000);
    QSignalSpy requests(&sandbox, &SandboxServer::changed);
    const Result<DatasetSelection> found =
        select(QStringLiteral("Board Reporting"), QStringLiteral("board pack"));
    ASSERT_TRUE(found.ok()) << found.error().technicalDetails().toStdString();
    ASSERT_TRUE(found.value().isFound());
    EXPECT_EQ(found.value().choice.dataset.id(), SandboxScenario::boardDatasetId);
    EXPECT_EQ(requests.count(), 2) << "the filtered workspace, then its datasets";

    const Result<DatasetSelection> otherCase =
        select(QStringLiteral("board reporting"), QStringLiteral("board pack"));
    ASSERT_TRUE(otherCase.ok());
    ASSERT_TRUE(otherCase.value().isFound());
    EXPECT_EQ(otherCase.value().choice.dataset.id(), SandboxScenario::boardDatasetId);
}

TEST_F(RepairSessionTest, SeveralXeroCandidatesAreListedInsteadOfGuessed)
{
    // My workspace answers with a second dataset that says Xero in its name.
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("^/v1.0/myorg/datasets$"))
            .answering(200)
            .withBody(R"({"value":[{"id":"9d4e5f60-7a8b-4c9d-8e0f-1a2b3c4d5e09",
        "name":"Xero Budget","configuredBy":"alex@contoso.example"}]})"));

    const Result<DatasetSelection> selection = select({}, {});
    ASSERT_TRUE(selection.ok()) << selection.error().technicalDetails().toStdString();
    EXPECT_EQ(selection.value().outcome, DatasetSelection::Outcome::Ambiguous);
    // With Finance's three: Xero, Xero via connector and Cash Flow.
    ASSERT_EQ(selection.value().candidates.size(), 4);
    EXPECT_EQ(selection.value().candidates.at(0).dataset.name(), QStringLiteral("Xero Budget"));
    EXPECT_EQ(selection.value().candidates.at(1).dataset.id(), SandboxScenario::xeroDatasetId);
    EXPECT_EQ(selection.value().candidates.at(2).dataset.id(), SandboxScenario::connectorDatasetId);
    EXPECT_EQ(selection.value().candidates.at(3).dataset.id(), SandboxScenario::webDatasetId);
    EXPECT_FALSE(chosen().isValid());
}

TEST_F(RepairSessionTest, ADatasetIsFoundByNameInANamedWorkspaceAndAnUnknownOneIsNot)
{
    const Result<DatasetSelection> found =
        select(QStringLiteral("Board Reporting"), QStringLiteral("board pack"));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found.value().isFound());
    EXPECT_EQ(found.value().choice.dataset.id(), SandboxScenario::boardDatasetId);
    EXPECT_EQ(found.value().choice.capacity(), RefreshScheduleChange::Capacity::Dedicated);

    const Result<DatasetSelection> missing =
        select(QStringLiteral("Finance"), QStringLiteral("Board Pack"));
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing.value().outcome, DatasetSelection::Outcome::NotFound);
    EXPECT_TRUE(missing.value().sentence.contains(QLatin1String("Board Pack")));

    const Result<DatasetSelection> noWorkspace = select(QStringLiteral("Marketing"), {});
    ASSERT_TRUE(noWorkspace.ok());
    EXPECT_EQ(noWorkspace.value().outcome, DatasetSelection::Outcome::NotFound);
    EXPECT_TRUE(noWorkspace.value().sentence.contains(QLatin1String("Marketing")));
}

TEST_F(RepairSessionTest, AServicePrincipalSeesNoMyWorkspace)
{
    stack.useServicePrincipal();
    const Result<QList<Workspace>> workspaces =
        stack.await<QList<Workspace>>([&](QObject *context, Callback<QList<Workspace>> done) {
            session()->finder()->loadWorkspaces(context, done);
        });
    ASSERT_TRUE(workspaces.ok()) << workspaces.error().technicalDetails().toStdString();
    ASSERT_FALSE(workspaces.value().isEmpty());
    for (const Workspace &workspace : workspaces.value())
        EXPECT_FALSE(workspace.id().isEmpty()) << workspace.name().toStdString();
}

TEST_F(RepairSessionTest, AServicePrincipalTheTenantRefusesIsToldWhichSettingAllowsIt)
{
    stack.useServicePrincipal(SandboxScenario::servicePrincipalNotAllowedClientId);
    const Result<QList<Workspace>> workspaces =
        stack.await<QList<Workspace>>([&](QObject *context, Callback<QList<Workspace>> done) {
            session()->finder()->loadWorkspaces(context, done);
        });
    ASSERT_FALSE(workspaces.ok());
    // Not "sign in again": a token was given; the tenant setting is what is missing.
    const QString sentence = workspaces.error().plainSentence();
    EXPECT_TRUE(sentence.contains(QLatin1String("Service principals can use Fabric APIs")))
        << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("sign in again"), Qt::CaseInsensitive))
        << sentence.toStdString();
}

TEST_F(RepairSessionTest, MyWorkspaceIsNamedWhereverItIsShown)
{
    const Result<DatasetCatalogue> catalogue =
        stack.await<DatasetCatalogue>([&](QObject *context, Callback<DatasetCatalogue> done) {
            session()->finder()->loadFullCatalogue(context, done);
        });
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().technicalDetails().toStdString();
    const DatasetCatalogue::Group mine = catalogue.value().groups().first();
    ASSERT_TRUE(mine.isMyWorkspace());
    EXPECT_EQ(mine.workspace.name(), QStringLiteral("My workspace"));
    ASSERT_FALSE(mine.datasets.isEmpty());
    EXPECT_EQ(mine.datasets.first().workspace.name(), QStringLiteral("My workspace"));

    // Chosen by that name, the selection (shown by the status window and the report) keeps it.
    const Result<DatasetSelection> selection =
        select(QStringLiteral("My workspace"), QStringLiteral("Budget 2026"));
    ASSERT_TRUE(selection.ok() && selection.value().isFound());
    EXPECT_TRUE(chosen().isInMyWorkspace());
    EXPECT_EQ(chosen().workspace.name(), QStringLiteral("My workspace"));
}

TEST_F(RepairSessionTest, TheFullCatalogueMarksXeroDatasetsAndPutsThemFirst)
{
    const Result<DatasetCatalogue> catalogue =
        stack.await<DatasetCatalogue>([&](QObject *context, Callback<DatasetCatalogue> done) {
            session()->finder()->loadFullCatalogue(context, done);
        });
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().technicalDetails().toStdString();
    const QList<DatasetCatalogue::Group> groups = catalogue.value().groups();
    ASSERT_GE(groups.size(), 3);
    EXPECT_TRUE(groups.first().isMyWorkspace());
    const auto finance = std::find_if(groups.cbegin(), groups.cend(), [](const auto &group) {
        return group.workspace.id() == SandboxScenario::financeWorkspaceId;
    });
    ASSERT_NE(finance, groups.cend());
    // Xero, Xero via connector and Cash Flow (Web calls to the Xero API) first, then Sales
    // Pipeline.
    ASSERT_EQ(finance->datasets.size(), 4);
    EXPECT_EQ(finance->datasets.first().dataset.id(), SandboxScenario::xeroDatasetId);
    EXPECT_TRUE(finance->datasets.first().isXero);
    EXPECT_EQ(finance->datasets.at(1).dataset.id(), SandboxScenario::connectorDatasetId);
    EXPECT_TRUE(finance->datasets.at(1).isXero);
    EXPECT_EQ(finance->datasets.at(2).dataset.id(), SandboxScenario::webDatasetId);
    EXPECT_TRUE(finance->datasets.at(2).isXero);
    EXPECT_FALSE(finance->datasets.last().isXero);
    EXPECT_EQ(catalogue.value().xeroCandidates().size(), 3);
}

TEST_F(RepairSessionTest, AnInvalidScheduleChangeSendsNothing)
{
    selectXeroDataset();
    sandbox.addFault(SandboxFault::onAnyMethod(QStringLiteral("^/")));

    const Result<RefreshSchedule> badTime = changeSchedule(
        RefreshScheduleChange::daily({QStringLiteral("7:15")}, QStringLiteral("UTC")));
    ASSERT_FALSE(badTime.ok());
    EXPECT_EQ(badTime.error().code(), QStringLiteral("InvalidScheduleChange"));
    EXPECT_TRUE(badTime.error().message().contains(QLatin1String("7:15")))
        << badTime.error().message().toStdString();

    QStringList nineTimes;
    for (int hour = 1; hour <= 9; ++hour)
        nineTimes.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    EXPECT_FALSE(
        changeSchedule(RefreshScheduleChange::daily(nineTimes, QStringLiteral("UTC"))).ok());
    EXPECT_FALSE(changeSchedule(RefreshScheduleChange::daily({QStringLiteral("06:00")},
                                                             QStringLiteral("Mars/Olympus")))
                     .ok());
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a request reached the service";
}

TEST_F(RepairSessionTest, MakingTheScheduleDailyIsReadBackFromTheService)
{
    selectXeroDataset();
    const Result<RefreshSchedule> changed = changeSchedule(
        RefreshScheduleChange::daily({QStringLiteral("06:00"), QStringLiteral("18:30")},
                                     QStringLiteral("Romance Standard Time")));
    ASSERT_TRUE(changed.ok()) << changed.error().technicalDetails().toStdString();
    EXPECT_TRUE(changed.value().isEnabled());
    EXPECT_TRUE(changed.value().isDaily());
    EXPECT_EQ(changed.value().times(),
              QStringList({QStringLiteral("06:00"), QStringLiteral("18:30")}));

    const Result<RefreshSchedule> reread =
        stack.await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
            session()->status()->loadSchedule(context, done);
        });
    ASSERT_TRUE(reread.ok());
    EXPECT_TRUE(reread.value().isEnabled());
    EXPECT_TRUE(reread.value().isDaily());
    EXPECT_EQ(reread.value().localTimeZoneId(), QStringLiteral("Romance Standard Time"));
}

TEST_F(RepairSessionTest, RefreshNowWithAPushedXeroTokenIsFollowedToCompleted)
{
    signInToXero();
    selectXeroDataset();
    ASSERT_NO_FATAL_FAILURE(chooseTheTemporaryCredential());
    finishRunningRefreshesWhenSeen();
    // The grant was adopted a while ago: its first access token would be dead by now.
    sandbox.advanceClock(45 * 60);
    QSignalSpy xeroTokensIssued(xeroAccount(), &XeroAccount::refreshTokenSaved);

    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok()) << started.error().technicalDetails().toStdString();
    EXPECT_TRUE(started.value().credentialsPushed);
    EXPECT_EQ(xeroTokensIssued.size(), 1);
    EXPECT_FALSE(started.value().start.requestId.isEmpty());

    const Result<RefreshRun> ended = follow(started.value());
    ASSERT_TRUE(ended.ok()) << ended.error().technicalDetails().toStdString();
    ASSERT_TRUE(ended.value().refresh.has_value());
    EXPECT_EQ(ended.value().refresh->status(), Refresh::Status::Completed);
    EXPECT_EQ(ended.value().refresh->refreshTypeText(), QStringLiteral("ViaApi"));
    EXPECT_EQ(ended.value().refresh->requestId(), started.value().start.requestId);
    EXPECT_GE(ended.value().elapsedSeconds, 5);
    EXPECT_FALSE(ended.value().timedOut);
    EXPECT_TRUE(clockMoved);
}

TEST_F(RepairSessionTest, RefreshNowWithoutAXeroSignInFailsAgainWithTheCredentialsDiagnosis)
{
    selectXeroDataset();
    finishRunningRefreshesWhenSeen();
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok());
    EXPECT_FALSE(started.value().credentialsPushed);

    const Result<RefreshRun> ended = follow(started.value());
    ASSERT_TRUE(ended.ok());
    ASSERT_TRUE(ended.value().hasEnded());
    EXPECT_EQ(ended.value().refresh->status(), Refresh::Status::Failed);
    const std::optional<Diagnosis> diagnosis =
        RefreshExplanation::diagnosis(*ended.value().refresh);
    ASSERT_TRUE(diagnosis.has_value());
    EXPECT_EQ(diagnosis->category(), Diagnosis::Category::Credentials);
}

TEST_F(RepairSessionTest, ASecondRefreshWhileOneRunsIsExplained)
{
    selectXeroDataset();
    ASSERT_TRUE(startRefresh().ok());
    const Result<RefreshRun> second = startRefresh();
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(DiagnosisCatalogue::forApiError(second.error()).category(),
              Diagnosis::Category::RefreshRunning);
}

TEST_F(RepairSessionTest, FollowingTimesOutOnTheSessionClockWithoutAnError)
{
    selectXeroDataset();
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok());
    const Result<RefreshRun> ended = follow(started.value(), 0s);
    ASSERT_TRUE(ended.ok());
    EXPECT_TRUE(ended.value().timedOut);
    ASSERT_TRUE(ended.value().refresh.has_value());
    EXPECT_TRUE(ended.value().refresh->isRunning());
}

TEST_F(RepairSessionTest, RefreshNowNeverPushesOverACredentialThisProgramDidNotPush)
{
    // Signed in to Xero, but the credential Power BI holds is not one this program pushed: a
    // push would replace it (a lasting one, perhaps) with one that dies in 30 minutes.
    signInToXero();
    selectXeroDataset();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/")).answering(500));
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok()) << started.error().technicalDetails().toStdString();
    EXPECT_FALSE(started.value().credentialsPushed);
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a credential was pushed";
}

TEST_F(RepairSessionTest, ShortThrottlingWhileFollowingIsWaitedOut)
{
    signInToXero();
    selectXeroDataset();
    ASSERT_NO_FATAL_FAILURE(chooseTheTemporaryCredential());
    finishRunningRefreshesWhenSeen();
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok());

    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .answering(429)
                         .withHeader("Retry-After", "1"));

    const Result<RefreshRun> ended = follow(started.value());
    ASSERT_TRUE(ended.ok()) << ended.error().technicalDetails().toStdString();
    EXPECT_EQ(ended.value().refresh->status(), Refresh::Status::Completed);
    EXPECT_EQ(sandbox.pendingFaults(), 0);
}

TEST_F(RepairSessionTest, LongThrottlingWhileFollowingEndsItWithTheWaitAskedFor)
{
    selectXeroDataset();
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok());
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .answering(429)
                         .withHeader("Retry-After", "3600"));

    const Result<RefreshRun> ended = follow(started.value());
    ASSERT_FALSE(ended.ok());
    EXPECT_EQ(ended.error().kind(), ApiError::Kind::Throttled);
    EXPECT_EQ(ended.error().retryAfterSeconds(), 3600);
    EXPECT_FALSE(session()->operations()->isBusy());
}

TEST_F(RepairSessionTest, AnExpiredPowerBiTokenIsRenewedOnceAndTheCallRetried)
{
    // A service principal renews with client credentials, so the renewal really happens.
    stack.useServicePrincipal();
    selectXeroDataset();
    // The token is now an hour old on the sandbox's clock, not yet on the account's: the
    // service answers 403 TokenExpired and the account must renew it.
    sandbox.advanceClock(3601);
    const Result<QList<Refresh>> history =
        stack.await<QList<Refresh>>([&](QObject *context, Callback<QList<Refresh>> done) {
            session()->status()->loadHistory(3, context, done);
        });
    ASSERT_TRUE(history.ok()) << history.error().technicalDetails().toStdString();
    EXPECT_EQ(history.value().size(), 3);
}

TEST_F(RepairSessionTest, CancelStopsWhatRunsAndTellsTheCaller)
{
    selectXeroDataset();
    sandbox.setLatency(3000);
    QSignalSpy busy(session()->operations(), &OperationTracker::busyChanged);
    std::optional<Result<DatasetStatus>> outcome;
    session()->status()->loadStatus(&context,
                                    [&](Result<DatasetStatus> status) { outcome = status; });
    EXPECT_TRUE(session()->operations()->isBusy());
    QTest::qWait(100);
    session()->cancel();
    ASSERT_TRUE(outcome.has_value());
    ASSERT_FALSE(outcome->ok());
    EXPECT_EQ(outcome->error().kind(), ApiError::Kind::Cancelled);
    EXPECT_FALSE(session()->operations()->isBusy());
    ASSERT_EQ(busy.size(), 2);
    EXPECT_FALSE(busy.last().first().toBool());
}

TEST_F(RepairSessionTest, TakingOverMakesTheSignedInUserTheOwner)
{
    const Result<DatasetSelection> selection =
        select(QStringLiteral("Finance"), QStringLiteral("Sales Pipeline"));
    ASSERT_TRUE(selection.ok() && selection.value().isFound());
    const auto status = [&] {
        return loadStatus();
    };
    const Result<DatasetStatus> before = status();
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before.value().signedInUserIsOwner);
    EXPECT_EQ(before.value().diagnoses.last().category(), Diagnosis::Category::NotOwner);

    const Result<Done> taken = takeOver();
    ASSERT_TRUE(taken.ok()) << taken.error().technicalDetails().toStdString();
    EXPECT_EQ(chosen().dataset.configuredBy(), SandboxScenario::microsoftUser);
    const Result<DatasetStatus> after = status();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after.value().signedInUserIsOwner);
}

TEST_F(RepairSessionTest, AnOwnerChangedElsewhereShowsInTheNextStatus)
{
    selectXeroDataset();
    const auto status = [&] {
        return loadStatus();
    };
    const Result<DatasetStatus> before = status();
    ASSERT_TRUE(before.ok()) << before.error().technicalDetails().toStdString();
    EXPECT_TRUE(before.value().signedInUserIsOwner);

    // Jordan takes the dataset over in the web page while the assistant stays open.
    letSomeoneElseOwnTheXeroDataset();
    const Result<DatasetStatus> after = status();
    ASSERT_TRUE(after.ok()) << after.error().technicalDetails().toStdString();
    EXPECT_FALSE(after.value().signedInUserIsOwner);
    EXPECT_EQ(after.value().dataset.dataset.configuredBy(), SandboxScenario::otherOwner);
    ASSERT_FALSE(after.value().diagnoses.isEmpty());
    EXPECT_EQ(after.value().diagnoses.last().category(), Diagnosis::Category::NotOwner);
    // What is done next (a refresh, a schedule change) goes by the new owner too.
    EXPECT_EQ(chosen().dataset.configuredBy(), SandboxScenario::otherOwner);
}

TEST_F(RepairSessionTest, CredentialsArePushedOnlyWhenAXeroSignInIsStored)
{
    selectXeroDataset();
    const Result<bool> pushed = pushCredentials();
    ASSERT_TRUE(pushed.ok());
    EXPECT_FALSE(pushed.value());

    signInToXero();
    const Result<bool> pushedNow = pushCredentials();
    ASSERT_TRUE(pushedNow.ok()) << pushedNow.error().technicalDetails().toStdString();
    EXPECT_TRUE(pushedNow.value());
}

TEST_F(RepairSessionTest, WithoutAnOrganisationChosenNothingIsPushed)
{
    // A grant kept, but no organisation chosen for it (the sign-in was left half-way).
    const Result<Done> adopted = stack.await<Done>([&](QObject *context, Callback<Done> done) {
        xeroAccount()->adoptGrant(
            SandboxScenario::contosoLtdTenantId,
            sandboxXeroGrant(sandbox, AssistantServices::sandboxXeroClientId()), context, done);
    });
    ASSERT_TRUE(adopted.ok());
    selectXeroDataset();
    const Result<bool> pushed = pushCredentials();
    ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
    EXPECT_FALSE(pushed.value());
}

TEST_F(RepairSessionTest, ADatasetWithoutAXeroDataSourceIsRefreshedWithoutAPushWhoeverOwnsIt)
{
    // Sales Pipeline reads SQL and is Jordan's: with no Xero credential to change, who owns it
    // does not matter and the refresh starts as before.
    signInToXero();
    const Result<DatasetSelection> selection =
        select(QStringLiteral("Finance"), QStringLiteral("Sales Pipeline"));
    ASSERT_TRUE(selection.ok() && selection.value().isFound());
    ASSERT_EQ(chosen().dataset.configuredBy(), SandboxScenario::otherOwner);
    const Result<RefreshRun> started = startRefresh();
    ASSERT_TRUE(started.ok()) << started.error().technicalDetails().toStdString();
    EXPECT_FALSE(started.value().credentialsPushed);
}

TEST_F(RepairSessionTest, PushingTellsEachStepInPlainWords)
{
    signInToXero();
    selectXeroDataset();
    QSignalSpy progress(session()->operations(), &OperationTracker::progress);
    const Result<bool> pushed = pushCredentials();
    ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
    QStringList sentences;
    for (const QList<QVariant> &signal : progress)
        sentences.append(signal.first().toString());
    EXPECT_EQ(sentences,
              QStringList({QStringLiteral("Finding the dataset's Xero data source…"),
                           QStringLiteral("Getting a fresh Xero sign-in…"),
                           QStringLiteral("Giving Power BI the new Xero credentials…")}));
}

TEST_F(RepairSessionTest, APushOnADatasetSomeoneElseOwnsOffersTakeOverAndSendsNothing)
{
    signInToXero();
    letSomeoneElseOwnTheXeroDataset();
    selectXeroDataset();
    ASSERT_EQ(chosen().dataset.configuredBy(), SandboxScenario::otherOwner);
    sandbox.addFault(
        SandboxFault::onAnyMethod(QStringLiteral("(/gateways/|/connect/token|/refreshes$)"))
            .answering(500));

    const Result<bool> refused = pushCredentials();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(CredentialPush::isNotOwner(refused.error()));
    EXPECT_EQ(refused.error().code(), QStringLiteral("NotDatasetOwner"));
    EXPECT_TRUE(refused.error().message().contains(SandboxScenario::otherOwner));
    EXPECT_EQ(sandbox.pendingFaults(), 1)
        << "a Xero token was refreshed or a credential pushed anyway";
    const Diagnosis diagnosis = DiagnosisCatalogue::forApiError(refused.error());
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::NotOwner);
    EXPECT_EQ(diagnosis.fixStep(), RepairStep::XeroSettings);
    EXPECT_TRUE(diagnosis.explanation().contains(SandboxScenario::otherOwner));
    EXPECT_FALSE(session()->operations()->isBusy());
}

TEST_F(RepairSessionTest, AfterTakingOverTheCredentialsArePushed)
{
    signInToXero();
    letSomeoneElseOwnTheXeroDataset();
    selectXeroDataset();
    ASSERT_FALSE(pushCredentials().ok());

    const Result<Done> taken = takeOver();
    ASSERT_TRUE(taken.ok()) << taken.error().technicalDetails().toStdString();
    const Result<bool> pushed = pushCredentials();
    ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
    EXPECT_TRUE(pushed.value());
}

TEST_F(RepairSessionTest, TheServiceRefusingThePushIsTheNotOwnerErrorToo)
{
    signInToXero();
    selectXeroDataset();
    sandbox.addFault(SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/"))
                         .withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException"),
                                           QStringLiteral("Only the owner")));

    const Result<bool> pushed = pushCredentials();
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(CredentialPush::isNotOwner(pushed.error()));
    EXPECT_EQ(pushed.error().httpStatus(), 403);
    EXPECT_EQ(DiagnosisCatalogue::forApiError(pushed.error()).fixStep(), RepairStep::XeroSettings);
}

TEST_F(RepairSessionTest, A401OnThePushFromTheDataSourcesOwnerIsSaidAsNotTheOwner)
{
    // The dataset was listed as Alex's, then Jordan took it over in the web page: Power BI
    // answers the credential PATCH with 401, which is not an expired sign-in.
    signInToXero();
    selectXeroDataset();
    letSomeoneElseOwnTheXeroDataset();
    const Result<bool> pushed = pushCredentials();
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(CredentialPush::isNotOwner(pushed.error()));
    EXPECT_EQ(pushed.error().httpStatus(), 401);
    EXPECT_NE(pushed.error().kind(), ApiError::Kind::TokenExpired);
    EXPECT_TRUE(pushed.error().plainSentence().contains(QLatin1String("Take it over")))
        << pushed.error().plainSentence().toStdString();
}

TEST_F(RepairSessionTest, APermissionRefusalIsNotRenewedAndSaysWhatIsMissing)
{
    selectXeroDataset();
    // Any renewal of the sign-in would hit this first.
    const auto refuseWith401 = [&] {
        sandbox.addFault(
            SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshSchedule$"))
                .withPowerBiError(401, QStringLiteral("PowerBINotAuthorizedException"),
                                  QStringLiteral("x")));
    };
    const auto readSchedule = [&] {
        return stack.await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
            session()->status()->loadSchedule(context, done);
        });
    };
    const auto setTokenTripwire = [&] {
        sandbox.addFault(SandboxFault::onAnyMethod(QStringLiteral("/oauth2/v2.0/token$")));
    };

    setTokenTripwire();
    refuseWith401();
    const Result<RefreshSchedule> asUser = readSchedule();
    ASSERT_FALSE(asUser.ok());
    EXPECT_EQ(asUser.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(asUser.error().code(), QStringLiteral("PowerBINotAuthorizedException"));
    EXPECT_TRUE(asUser.error().plainSentence().contains(QLatin1String("Member or Contributor")))
        << asUser.error().plainSentence().toStdString();
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "the sign-in was renewed on a permission refusal";

    sandbox.clearFaults();
    stack.useServicePrincipal();
    ASSERT_TRUE(readSchedule().ok()); // the principal's first token
    setTokenTripwire();
    refuseWith401();
    const Result<RefreshSchedule> asPrincipal = readSchedule();
    ASSERT_FALSE(asPrincipal.ok());
    EXPECT_TRUE(asPrincipal.error().plainSentence().contains(QLatin1String("tenant setting")))
        << asPrincipal.error().plainSentence().toStdString();
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "the sign-in was renewed on a permission refusal";
}

TEST_F(RepairSessionTest, CancelDuringThePushSendsNoCredentialAndTellsTheCaller)
{
    signInToXero();
    selectXeroDataset();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/")).answering(500));
    // Cancelled while Xero answers the refresh of the grant, before the token is handed out.
    QObject::connect(xeroAccount(), &XeroAccount::refreshAnswered, &context,
                     [this] { session()->cancel(); });
    QSignalSpy rotatedTokenSaved(xeroAccount(), &XeroAccount::refreshTokenSaved);

    std::optional<Result<bool>> outcome;
    session()->runner()->pushCredentials(&context, [&](Result<bool> pushed) { outcome = pushed; });
    ASSERT_TRUE(rotatedTokenSaved.wait(5000)) << "the rotated Xero token must be kept anyway";
    ASSERT_TRUE(outcome.has_value());
    ASSERT_FALSE(outcome->ok());
    EXPECT_EQ(outcome->error().kind(), ApiError::Kind::Cancelled);
    EXPECT_FALSE(session()->operations()->isBusy());
    // A PATCH sent after the cancel would reach the sandbox well within this.
    QTest::qWait(300);
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "a credential was pushed after cancel()";
}
