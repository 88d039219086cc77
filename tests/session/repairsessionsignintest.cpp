#include "../signin/sandboxbrowser.h"
#include "awaitresult.h"
#include "credentialpush.h"
#include "endpoints.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "powerbiclient.h"
#include "repairsession.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "tokenkey.h"
#include "tokenstore.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;

namespace {

std::string details(const ApiError &error)
{
    return error.technicalDetails().toStdString();
}

// The wizard's side of the sign-ins: the pages only talk to the session, which is handed the
// sign-in classes as the program does. The user at the sign-in pages is played over HTTP by
// SandboxBrowser, whose final redirect is what the embedded view would catch.
class RepairSessionSignInTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
        ASSERT_TRUE(sandbox.listen()) << sandbox.errorString().toStdString();
        ASSERT_TRUE(settingsDir.isValid());
        const UtcClock clock = [this] {
            return sandbox.now();
        };
        endpoints = Endpoints::sandbox(sandbox.rootUrl());
        settings = std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("test.ini")),
                                               QSettings::IniFormat);
        client = std::make_unique<PowerBiClient>(&transport, endpoints.powerBiApiRoot());

        microsoftSignIn = std::make_unique<MicrosoftSignIn>(&transport, endpoints);
        microsoftSignIn->setClientId(QStringLiteral("assistant-test-client"));
        microsoftSignIn->setClock(clock);
        account = std::make_unique<MicrosoftAccount>(microsoftSignIn.get(), &store, client.get());
        account->setClock(clock);

        xeroSignIn = std::make_unique<XeroSignIn>(&transport, endpoints);
        xeroSignIn->setClientId(QStringLiteral("sandbox-xero-client"));
        xeroSignIn->setClock(clock);
        xeroAccount = std::make_unique<XeroAccount>(xeroSignIn.get(), &store, settings.get());
        xeroAccount->setClock(clock);
        credentialPush = std::make_unique<CredentialPush>(account.get(), xeroAccount.get());

        session = std::make_unique<RepairSession>(client.get(), account.get());
        session->setClock(clock);
        session->setPollInterval(50ms, 200ms);
        session->setSettings(settings.get());
        session->setMicrosoftSignIn(microsoftSignIn.get());
        session->setXeroSignIn(xeroSignIn.get(), xeroAccount.get());
        // Nobody signed in to Xero yet: the push has no organisation until the Xero sign-in.
        session->setCredentialPush(credentialPush.get(), QString());
    }

    Result<Done> completeMicrosoftSignIn(const QUrl &redirect)
    {
        return awaitResult<Done>([&](Callback<Done> done) {
            session->completeMicrosoftSignIn(redirect, &context, done);
        });
    }

    void signInToPowerBi()
    {
        const QUrl redirect = browser.microsoftSignIn(session->beginMicrosoftSignIn());
        ASSERT_FALSE(redirect.isEmpty()) << browser.lastBody().toStdString();
        const Result<Done> signedIn = completeMicrosoftSignIn(redirect);
        ASSERT_TRUE(signedIn) << details(signedIn.error());
    }

    Result<XeroSignInOutcome> signInToXero(const QString &organisationName)
    {
        const QUrl redirect = browser.xeroSignIn(
            session->beginXeroSignIn(),
            {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});
        return awaitResult<XeroSignInOutcome>([&](Callback<XeroSignInOutcome> done) {
            session->completeXeroSignIn(redirect, organisationName, &context, done);
        });
    }

    Result<Done> chooseXeroOrganisation(const QString &tenantId)
    {
        return awaitResult<Done>([&](Callback<Done> done) {
            session->chooseXeroOrganisation(tenantId, &context, done);
        });
    }

    std::optional<QString> stored(const TokenKey &key)
    {
        const Result<std::optional<QString>> value = awaitResult<std::optional<QString>>(
            [&](Callback<std::optional<QString>> done) { store.read(key, &context, done); });
        return value ? value.value() : std::nullopt;
    }

    QString setting(const QString &key) const { return settings->value(key).toString(); }

    SandboxServer sandbox;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    Endpoints endpoints;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    TokenStore store{TokenStore::Backend::MemoryOnly, QStringLiteral("xra-session-signin-test")};
    std::unique_ptr<PowerBiClient> client;
    std::unique_ptr<MicrosoftSignIn> microsoftSignIn;
    std::unique_ptr<MicrosoftAccount> account;
    std::unique_ptr<XeroSignIn> xeroSignIn;
    std::unique_ptr<XeroAccount> xeroAccount;
    std::unique_ptr<CredentialPush> credentialPush;
    std::unique_ptr<RepairSession> session;
    SandboxBrowser browser;
    QObject context;
};

} // namespace

TEST_F(RepairSessionSignInTest, SignInPagesMayOnlyGoToTheConfiguredSignInHosts)
{
    const QString sandboxHost = sandbox.rootUrl().authority();
    EXPECT_EQ(session->microsoftSignInHosts(), QStringList{sandboxHost});
    EXPECT_EQ(session->xeroSignInHosts(), QStringList{sandboxHost});
    EXPECT_EQ(session->microsoftRedirectUri(), microsoftSignIn->redirectUri());
    EXPECT_EQ(session->xeroRedirectUri(), xeroSignIn->redirectUri());

    const Endpoints publicCloud = Endpoints::preset(Endpoints::Cloud::Public);
    microsoftSignIn->setEndpoints(publicCloud);
    xeroSignIn->setEndpoints(publicCloud);
    // The authority first, then Microsoft's other sign-in hosts (personal accounts among them).
    const QStringList microsoftHosts = session->microsoftSignInHosts();
    ASSERT_FALSE(microsoftHosts.isEmpty());
    EXPECT_EQ(microsoftHosts.first(), QStringLiteral("login.microsoftonline.com"));
    EXPECT_TRUE(microsoftHosts.contains(QStringLiteral("login.live.com")));
    EXPECT_EQ(microsoftHosts.count(QStringLiteral("login.microsoftonline.com")), 1);
    EXPECT_FALSE(microsoftHosts.contains(sandboxHost));
    EXPECT_EQ(session->xeroSignInHosts(),
              (QStringList{QStringLiteral("login.xero.com"), QStringLiteral("identity.xero.com")}));
}

TEST_F(RepairSessionSignInTest, MicrosoftSignInLetsTheSessionReadThatUsersDatasets)
{
    signInToPowerBi();

    const Result<DatasetCatalogue> catalogue = awaitResult<DatasetCatalogue>(
        [&](Callback<DatasetCatalogue> done) { session->loadFullCatalogue(&context, done); },
        15000);
    ASSERT_TRUE(catalogue) << details(catalogue.error());
    ASSERT_FALSE(catalogue.value().groups().isEmpty());
    const DatasetCatalogue::Group myWorkspace = catalogue.value().groups().first();
    EXPECT_TRUE(myWorkspace.isMyWorkspace());
    ASSERT_EQ(myWorkspace.datasets.size(), 1);
    EXPECT_EQ(myWorkspace.datasets.first().dataset.id(), SandboxScenario::budgetDatasetId);
    // The command line signs in silently as this account next time.
    EXPECT_EQ(setting(RepairSession::microsoftAccountSettingsKey()),
              SandboxScenario::microsoftUser);
}

TEST_F(RepairSessionSignInTest, MicrosoftRedirectWithAnotherStateIsRefused)
{
    const QUrl redirect = browser.microsoftSignIn(session->beginMicrosoftSignIn());
    ASSERT_FALSE(redirect.isEmpty()) << browser.lastBody().toStdString();
    QUrlQuery query(redirect);
    query.removeQueryItem(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    QUrl forged = redirect;
    forged.setQuery(query);

    const Result<Done> signedIn = completeMicrosoftSignIn(forged);
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code(), QStringLiteral("state_mismatch"));
    EXPECT_FALSE(account->isSignedIn());
    EXPECT_FALSE(settings->contains(RepairSession::microsoftAccountSettingsKey()));
}

TEST_F(RepairSessionSignInTest, SignOutRemovesTheStoredTokenAndTellsTheView)
{
    signInToPowerBi();
    const TokenKey key = TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser);
    ASSERT_TRUE(stored(key).has_value());
    QSignalSpy signedOut(session.get(), &RepairSession::signedOut);

    const Result<Done> done =
        awaitResult<Done>([&](Callback<Done> done) { session->signOut(&context, done); });
    ASSERT_TRUE(done) << details(done.error());
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(stored(key).has_value());
    EXPECT_FALSE(account->isSignedIn());
    EXPECT_FALSE(settings->contains(RepairSession::microsoftAccountSettingsKey()));
}

TEST_F(RepairSessionSignInTest, XeroOrganisationFoundByNameIsPushedBeforeTheRefresh)
{
    signInToPowerBi();
    const Result<XeroSignInOutcome> outcome = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(outcome) << details(outcome.error());
    ASSERT_TRUE(outcome.value().isChosen());
    EXPECT_EQ(outcome.value().chosen.tenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(session->xeroTenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(setting(XeroAccount::tenantIdSettingsKey()), SandboxScenario::contosoLtdTenantId);
    // An unused grant dies after 60 days: the status window warns ahead.
    EXPECT_LE(std::abs(session->grantExpiresAt().secsTo(sandbox.now().addDays(60))), 60);

    const Result<DatasetSelection> selection =
        awaitResult<DatasetSelection>([&](Callback<DatasetSelection> done) {
            session->selectDataset(
                {SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId}, &context,
                done);
        });
    ASSERT_TRUE(selection) << details(selection.error());
    ASSERT_TRUE(selection.value().isFound());
    const Result<RefreshRun> started = awaitResult<RefreshRun>(
        [&](Callback<RefreshRun> done) { session->startRefresh(&context, done); }, 15000);
    ASSERT_TRUE(started) << details(started.error());
    EXPECT_TRUE(started.value().credentialsPushed);

    // The sandbox ends a refresh 5 seconds later on its clock.
    sandbox.advanceClock(6);
    const Result<RefreshRun> ended = awaitResult<RefreshRun>(
        [&](Callback<RefreshRun> done) {
            session->followRefresh(started.value(), 60s, &context, done);
        },
        15000);
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
    EXPECT_TRUE(session->xeroTenantId().isEmpty());
    EXPECT_FALSE(settings->contains(XeroAccount::tenantIdSettingsKey()));
    EXPECT_FALSE(stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoHoldingsTenantId)));

    const Result<Done> notGranted = chooseXeroOrganisation(QStringLiteral("not-a-tenant"));
    ASSERT_FALSE(notGranted);
    EXPECT_EQ(notGranted.error().code(), QStringLiteral("OrganisationNotGranted"));

    const Result<Done> chosen = chooseXeroOrganisation(SandboxScenario::contosoHoldingsTenantId);
    ASSERT_TRUE(chosen) << details(chosen.error());
    EXPECT_EQ(session->xeroTenantId(), SandboxScenario::contosoHoldingsTenantId);
    EXPECT_EQ(setting(XeroAccount::tenantIdSettingsKey()),
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
    EXPECT_FALSE(xeroAccount->lastUsed(SandboxScenario::contosoLtdTenantId).isValid());
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
    EXPECT_TRUE(session->lastXeroOrganisationName().isEmpty());
    const Result<XeroSignInOutcome> found = signInToXero(QStringLiteral("contoso ltd"));
    ASSERT_TRUE(found) << details(found.error());
    // Xero's own spelling, not the typed one.
    EXPECT_EQ(session->lastXeroOrganisationName(), QStringLiteral("Contoso Ltd"));

    const Result<XeroSignInOutcome> none = signInToXero(QStringLiteral("Fabrikam"));
    ASSERT_TRUE(none) << details(none.error());
    const Result<Done> chosen = chooseXeroOrganisation(SandboxScenario::contosoHoldingsTenantId);
    ASSERT_TRUE(chosen) << details(chosen.error());
    EXPECT_EQ(session->lastXeroOrganisationName(), QStringLiteral("Contoso Holdings"));

    // A plain name in the settings, read again by a later session.
    EXPECT_EQ(setting(RepairSession::xeroOrganisationNameSettingsKey()),
              QStringLiteral("Contoso Holdings"));
    RepairSession later(client.get(), account.get());
    later.setSettings(settings.get());
    EXPECT_EQ(later.lastXeroOrganisationName(), QStringLiteral("Contoso Holdings"));
}
