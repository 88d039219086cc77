#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "repairsession.h"
#include "sandboxbrowser.h"
#include "sandboxscenario.h"
#include "sandboxstack.h"
#include "tokenkey.h"
#include "tokenstore.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace {

std::string details(const ApiError &error)
{
    return error.technicalDetails().toStdString();
}

// The wizard's side of the sign-ins: the pages only talk to the session's sign-in flows. The
// user at the sign-in pages is played over HTTP by SandboxBrowser, whose final redirect is what
// the embedded view would catch.
class RepairSessionSignInTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(stack.start()) << sandbox.errorString().toStdString(); }

    RepairSession *session() const { return stack.session(); }
    MicrosoftSignInFlow *microsoft() const { return session()->microsoft(); }
    XeroSignInFlow *xero() const { return session()->xero(); }

    Result<Done> completeMicrosoftSignIn(const QUrl &redirect)
    {
        return stack.await<Done>([&](QObject *context, Callback<Done> done) {
            microsoft()->complete(redirect, context, done);
        });
    }

    void signInToPowerBi()
    {
        const Result<Done> signedIn = stack.signInToPowerBi(browser);
        ASSERT_TRUE(signedIn) << details(signedIn.error());
    }

    Result<XeroSignInOutcome> signInToXero(const QString &organisationName)
    {
        return stack.signInToXero(
            browser, organisationName,
            {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});
    }

    Result<Done> chooseXeroOrganisation(const QString &tenantId)
    {
        return stack.await<Done>([&](QObject *context, Callback<Done> done) {
            xero()->chooseOrganisation(tenantId, context, done);
        });
    }

    std::optional<QString> stored(const TokenKey &key)
    {
        const Result<std::optional<QString>> value = stack.await<std::optional<QString>>(
            [&](QObject *context, Callback<std::optional<QString>> done) {
                stack.services()->tokenStore()->read(key, context, done);
            });
        return value ? value.value() : std::nullopt;
    }

    QString setting(const QString &key) const { return stack.settings()->value(key).toString(); }
    bool hasSetting(const QString &key) const { return stack.settings()->contains(key); }
    bool isSignedIn() const { return stack.services()->microsoftAccount()->isSignedIn(); }

    SandboxStack stack;
    SandboxServer &sandbox = stack.sandbox;
    SandboxBrowser browser;
};

} // namespace

TEST_F(RepairSessionSignInTest, SignInPagesMayOnlyGoToTheConfiguredSignInHosts)
{
    const QString sandboxHost = sandbox.rootUrl().authority();
    EXPECT_EQ(microsoft()->signInHosts(), QStringList{sandboxHost});
    EXPECT_EQ(xero()->signInHosts(), QStringList{sandboxHost});
    EXPECT_EQ(microsoft()->redirectUri(), stack.services()->microsoftSignIn()->redirectUri());
    EXPECT_EQ(xero()->redirectUri(), stack.services()->xeroSignIn()->redirectUri());

    const Endpoints publicCloud = Endpoints::preset(Endpoints::Cloud::Public);
    stack.services()->microsoftSignIn()->setEndpoints(publicCloud);
    stack.services()->xeroSignIn()->setEndpoints(publicCloud);
    // The authority first, then Microsoft's other sign-in hosts (personal accounts among them).
    const QStringList microsoftHosts = microsoft()->signInHosts();
    ASSERT_FALSE(microsoftHosts.isEmpty());
    EXPECT_EQ(microsoftHosts.first(), QStringLiteral("login.microsoftonline.com"));
    EXPECT_TRUE(microsoftHosts.contains(QStringLiteral("login.live.com")));
    EXPECT_EQ(microsoftHosts.count(QStringLiteral("login.microsoftonline.com")), 1);
    EXPECT_FALSE(microsoftHosts.contains(sandboxHost));
    // Xero's log-in hands over to authorize.xero.com for the consent.
    EXPECT_EQ(xero()->signInHosts(),
              (QStringList{QStringLiteral("login.xero.com"), QStringLiteral("identity.xero.com"),
                           QStringLiteral("authorize.xero.com")}));
    EXPECT_EQ(xero()->browserOnlyHosts(), (QStringList{QStringLiteral("accounts.google.com"),
                                                       QStringLiteral("appleid.apple.com")}));
}

TEST_F(RepairSessionSignInTest, MicrosoftSignInLetsTheSessionReadThatUsersDatasets)
{
    signInToPowerBi();

    const Result<DatasetCatalogue> catalogue =
        stack.await<DatasetCatalogue>([&](QObject *context, Callback<DatasetCatalogue> done) {
            session()->finder()->loadFullCatalogue(context, done);
        });
    ASSERT_TRUE(catalogue) << details(catalogue.error());
    ASSERT_FALSE(catalogue.value().groups().isEmpty());
    const DatasetCatalogue::Group myWorkspace = catalogue.value().groups().first();
    EXPECT_TRUE(myWorkspace.isMyWorkspace());
    ASSERT_EQ(myWorkspace.datasets.size(), 1);
    EXPECT_EQ(myWorkspace.datasets.first().dataset.id(), SandboxScenario::budgetDatasetId);
    // The command line signs in silently as this account next time.
    EXPECT_EQ(setting(MicrosoftSignInFlow::accountSettingsKey()), SandboxScenario::microsoftUser);
}

TEST_F(RepairSessionSignInTest, AFederatedWorkAccountSignsInThroughItsCompanysIdentityProvider)
{
    // Microsoft's page sends casey@fabrikam.example to Fabrikam's own sign-in, on another
    // origin, whose answer comes back to Microsoft and on to the redirect URI.
    const QUrl redirect = browser.microsoftFederatedSignIn(microsoft()->begin());
    ASSERT_TRUE(redirect.isValid()) << browser.lastBody().toStdString();
    const Result<Done> signedIn = completeMicrosoftSignIn(redirect);
    ASSERT_TRUE(signedIn) << details(signedIn.error());
    EXPECT_EQ(microsoft()->accountName(), SandboxScenario::federatedUser);
    EXPECT_EQ(microsoft()->displayName(), SandboxScenario::federatedUserName);
    EXPECT_TRUE(stored(TokenKey::microsoftRefreshToken(SandboxScenario::federatedUser)));
}

TEST_F(RepairSessionSignInTest, MicrosoftRedirectWithAnotherStateIsRefused)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft()->begin());
    ASSERT_FALSE(redirect.isEmpty()) << browser.lastBody().toStdString();
    QUrlQuery query(redirect);
    query.removeQueryItem(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    QUrl forged = redirect;
    forged.setQuery(query);

    const Result<Done> signedIn = completeMicrosoftSignIn(forged);
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code(), QStringLiteral("state_mismatch"));
    EXPECT_FALSE(isSignedIn());
    EXPECT_FALSE(hasSetting(MicrosoftSignInFlow::accountSettingsKey()));
}

TEST_F(RepairSessionSignInTest, SignOutRemovesTheStoredTokenAndTellsTheView)
{
    signInToPowerBi();
    const TokenKey key = TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser);
    ASSERT_TRUE(stored(key).has_value());
    QSignalSpy signedOut(microsoft(), &MicrosoftSignInFlow::signedOut);

    const Result<Done> done = stack.await<Done>(
        [&](QObject *context, Callback<Done> done) { microsoft()->signOut(context, done); });
    ASSERT_TRUE(done) << details(done.error());
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(stored(key).has_value());
    EXPECT_FALSE(isSignedIn());
    EXPECT_FALSE(hasSetting(MicrosoftSignInFlow::accountSettingsKey()));
}

TEST_F(RepairSessionSignInTest, XeroOrganisationFoundByNameIsPushedBeforeTheRefresh)
{
    signInToPowerBi();
    const Result<XeroSignInOutcome> outcome = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(outcome) << details(outcome.error());
    ASSERT_TRUE(outcome.value().isChosen());
    EXPECT_EQ(outcome.value().chosen.tenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(setting(ChosenOrganisation::tenantIdSettingsKey()),
              SandboxScenario::contosoLtdTenantId);
    // An unused grant dies after 60 days: the status window warns ahead.
    EXPECT_LE(std::abs(xero()->grantExpiresAt().secsTo(sandbox.now().addDays(60))), 60);

    const Result<DatasetSelection> selection = stack.chooseXeroDataset();
    ASSERT_TRUE(selection) << details(selection.error());
    ASSERT_TRUE(selection.value().isFound());
    // The temporary credential, chosen: pushed once, then renewed by each Refresh now.
    const Result<bool> pushed = stack.await<bool>([&](QObject *context, Callback<bool> done) {
        session()->runner()->pushCredentials(context, done);
    });
    ASSERT_TRUE(pushed && pushed.value()) << (pushed ? std::string() : details(pushed.error()));
    const Result<RefreshRun> started =
        stack.await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
            session()->runner()->startRefresh(context, done);
        });
    ASSERT_TRUE(started) << details(started.error());
    EXPECT_TRUE(started.value().credentialsPushed);

    // The sandbox ends a refresh 5 seconds later on its clock.
    sandbox.advanceClock(6);
    const Result<RefreshRun> ended =
        stack.await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
            session()->runner()->followRefresh(started.value(), 60s, context, done);
        });
    ASSERT_TRUE(ended) << details(ended.error());
    ASSERT_TRUE(ended.value().hasEnded());
    EXPECT_EQ(ended.value().refresh->status(), Refresh::Status::Completed);
}

TEST_F(RepairSessionSignInTest, XeroNameMatchingNoneOffersTheGrantedOrganisationsToPick)
{
    const Result<XeroSignInOutcome> outcome = signInToXero(QStringLiteral("Fabrikam"));
    ASSERT_TRUE(outcome) << details(outcome.error());
    EXPECT_EQ(outcome.value().outcome, OrganisationMatcher::Outcome::None);
    ASSERT_EQ(outcome.value().candidates.size(), 2);
    // Nothing is kept until the user picks.
    EXPECT_TRUE(xero()->tenantId().isEmpty());
    EXPECT_FALSE(hasSetting(ChosenOrganisation::tenantIdSettingsKey()));
    EXPECT_FALSE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoHoldingsTenantId)));

    const Result<Done> notGranted = chooseXeroOrganisation(QStringLiteral("not-a-tenant"));
    ASSERT_FALSE(notGranted);
    EXPECT_EQ(notGranted.error().code(), QStringLiteral("OrganisationNotGranted"));

    const Result<Done> chosen = chooseXeroOrganisation(SandboxScenario::contosoHoldingsTenantId);
    ASSERT_TRUE(chosen) << details(chosen.error());
    EXPECT_EQ(xero()->tenantId(), SandboxScenario::contosoHoldingsTenantId);
    EXPECT_EQ(setting(ChosenOrganisation::tenantIdSettingsKey()),
              SandboxScenario::contosoHoldingsTenantId);
    EXPECT_TRUE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoHoldingsTenantId)));

    // The waiting grant is spent: picking again needs a new sign-in.
    const Result<Done> again = chooseXeroOrganisation(SandboxScenario::contosoLtdTenantId);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), QStringLiteral("invalid_grant"));
}

TEST_F(RepairSessionSignInTest, SwitchingXeroOrganisationForgetsThePreviousOnesSignIn)
{
    const Result<XeroSignInOutcome> first = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(first) << details(first.error());
    ASSERT_TRUE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId)));

    const Result<XeroSignInOutcome> none = signInToXero(QStringLiteral("Fabrikam"));
    ASSERT_TRUE(none) << details(none.error());
    const Result<Done> chosen = chooseXeroOrganisation(SandboxScenario::contosoHoldingsTenantId);
    ASSERT_TRUE(chosen) << details(chosen.error());

    // Only the organisation in use keeps a refresh token in the keychain.
    EXPECT_TRUE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoHoldingsTenantId)));
    EXPECT_FALSE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId)));
    EXPECT_FALSE(
        stack.services()->xeroAccount()->lastUsed(SandboxScenario::contosoLtdTenantId).isValid());
}

TEST_F(RepairSessionSignInTest, SigningInAgainToTheSameXeroOrganisationKeepsItsNewSignIn)
{
    const Result<XeroSignInOutcome> first = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(first) << details(first.error());
    const std::optional<QString> before =
        stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId));
    ASSERT_TRUE(before);

    const Result<XeroSignInOutcome> again = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(again) << details(again.error());
    const std::optional<QString> after =
        stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId));
    ASSERT_TRUE(after);
    EXPECT_NE(*after, *before);
}

TEST_F(RepairSessionSignInTest, TheChosenXeroOrganisationsNameIsRememberedForTheNextStart)
{
    EXPECT_TRUE(xero()->lastOrganisationName().isEmpty());
    const Result<XeroSignInOutcome> found = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(found) << details(found.error());
    // Xero's own spelling, not the typed one.
    EXPECT_EQ(xero()->lastOrganisationName(), QStringLiteral("Contoso Ltd"));

    const Result<XeroSignInOutcome> none = signInToXero(QStringLiteral("Fabrikam"));
    ASSERT_TRUE(none) << details(none.error());
    const Result<Done> chosen = chooseXeroOrganisation(SandboxScenario::contosoHoldingsTenantId);
    ASSERT_TRUE(chosen) << details(chosen.error());
    EXPECT_EQ(xero()->lastOrganisationName(), QStringLiteral("Contoso Holdings"));

    // A plain name in the settings, read again by a later session.
    EXPECT_EQ(setting(ChosenOrganisation::nameSettingsKey()), QStringLiteral("Contoso Holdings"));
    stack.restartServices();
    EXPECT_EQ(xero()->lastOrganisationName(), QStringLiteral("Contoso Holdings"));
}

// ---- Xero in the system browser ------------------------------------------------------------

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

TEST_F(RepairSessionSignInTest, AXeroSignInInTheBrowserComesBackToTheProgramAndGoesOnAsUsual)
{
    const QUrl loopback(QStringLiteral("http://localhost:%1/callback").arg(freePort()));
    stack.services()->xeroSignIn()->setLoopbackRedirectUri(loopback);
    EXPECT_EQ(xero()->loopbackRedirectUri(), loopback);
    const Result<QUrl> authorize = xero()->beginInBrowser();
    ASSERT_TRUE(authorize) << details(authorize.error());
    std::optional<Result<QUrl>> answer;
    xero()->waitForBrowser(stack.context(), [&](Result<QUrl> caught) { answer = caught; });
    EXPECT_TRUE(session()->operations()->isBusy());

    // The browser signs in with Google, consents, and follows the redirect to the program.
    const QUrl redirect =
        browser.xeroSignInWithGoogle(authorize.value(), {SandboxScenario::contosoLtdTenantId,
                                                         SandboxScenario::contosoHoldingsTenantId});
    ASSERT_EQ(redirect.port(), loopback.port()) << browser.lastBody().toStdString();
    EXPECT_EQ(browser.open(QUrl(QStringLiteral("http://127.0.0.1:%1%2?%3")
                                    .arg(QString::number(loopback.port()), redirect.path(),
                                         redirect.query(QUrl::FullyEncoded)))),
              200);
    EXPECT_TRUE(browser.lastBody().contains("Xero Refresh Assistant"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    ASSERT_TRUE(*answer) << details(answer->error());

    const Result<XeroSignInOutcome> outcome =
        stack.await<XeroSignInOutcome>([&](QObject *context, Callback<XeroSignInOutcome> done) {
            xero()->complete(answer->value(), QStringLiteral("Contoso Ltd"), context, done);
        });
    ASSERT_TRUE(outcome) << details(outcome.error());
    ASSERT_TRUE(outcome.value().isChosen());
    EXPECT_EQ(xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
}

TEST_F(RepairSessionSignInTest, CancellingTheWaitForTheBrowserStopsListening)
{
    const QUrl loopback(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort()));
    stack.services()->xeroSignIn()->setLoopbackRedirectUri(loopback);
    ASSERT_TRUE(xero()->beginInBrowser());
    std::optional<Result<QUrl>> answer;
    xero()->waitForBrowser(stack.context(), [&](Result<QUrl> caught) { answer = caught; });
    session()->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().kind(), ApiError::Kind::Cancelled);
    EXPECT_EQ(browser.open(loopback), 0); // nothing listens there any more
}

TEST_F(RepairSessionSignInTest, ABusyLoopbackPortIsSaidBeforeTheBrowserOpens)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost));
    stack.services()->xeroSignIn()->setLoopbackRedirectUri(
        QUrl(QStringLiteral("http://localhost:%1/callback").arg(occupant.serverPort())));
    const Result<QUrl> authorize = xero()->beginInBrowser();
    ASSERT_FALSE(authorize);
    EXPECT_EQ(authorize.error().code(), QStringLiteral("LoopbackPortTaken"));
}

TEST_F(RepairSessionSignInTest, XerosErrorScreenForARefusedScopeGetsASentenceThatSaysWhatToChange)
{
    // The settings ask for the broad scopes, which the sandbox's app (created after 2 March
    // 2026) may not have: Xero shows its error screen.
    stack.settings()->setValue(XeroSignIn::scopeSetSettingsKey(), QStringLiteral("broad"));
    stack.restartServices();
    const QUrl redirect =
        browser.xeroSignIn(xero()->begin(), {SandboxScenario::contosoLtdTenantId});
    EXPECT_TRUE(redirect.isEmpty());
    const QString screen = QString::fromUtf8(browser.lastBody());
    const std::optional<ApiError> explained = xero()->errorShownByXero(500, screen);
    ASSERT_TRUE(explained);
    EXPECT_EQ(explained->code(), QStringLiteral("XeroScopeRefused"));
    EXPECT_TRUE(explained->plainSentence().contains(QStringLiteral("2 March 2026")));
    EXPECT_TRUE(explained->plainSentence().contains(QStringLiteral("xero/scopeSet=granular")));
    EXPECT_TRUE(explained->plainSentence().contains(stack.settings()->fileName()));

    // Back to the default, the same app signs in.
    stack.settings()->remove(XeroSignIn::scopeSetSettingsKey());
    stack.restartServices();
    const Result<XeroSignInOutcome> outcome = signInToXero(QStringLiteral("Contoso Ltd"));
    ASSERT_TRUE(outcome) << details(outcome.error());
}
