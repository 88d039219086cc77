#include "signinfixture.h"

class MicrosoftAccountTest : public SignInFixture
{
protected:
    // The workspaces, listed through the account; attempts counts the calls it made.
    Result<QList<Workspace>> workspaces(int *attempts = nullptr)
    {
        return await<QList<Workspace>>([&](QObject *context, Callback<QList<Workspace>> done) {
            account->call<QList<Workspace>>(
                [attempts](PowerBiClient &client, QObject *callContext,
                           Callback<QList<Workspace>> listed) {
                    if (attempts)
                        ++*attempts;
                    client.listWorkspaces(callContext, listed);
                },
                context, done);
        });
    }

    Result<QString> accessToken()
    {
        return await<QString>(
            [&](QObject *context, Callback<QString> done) { account->accessToken(context, done); });
    }

    Result<MicrosoftAccount::StartOutcome> startSilently(MicrosoftAccount &which,
                                                         const QString &user)
    {
        return await<MicrosoftAccount::StartOutcome>(
            [&](QObject *context, auto done) { which.startSilently(user, context, done); });
    }

    const TokenKey alexKey = TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser);
};

TEST_F(MicrosoftAccountTest, ASignInKeepsTheRefreshTokenInTheStoreAndCallsPowerBi)
{
    signInAccount();
    EXPECT_EQ(account->accountName(), SandboxScenario::microsoftUser);
    EXPECT_EQ(account->mode(), MicrosoftAccount::Mode::User);
    ASSERT_TRUE(stored(alexKey).has_value());
    const Result<QList<Workspace>> listed = workspaces();
    ASSERT_TRUE(listed) << details(listed.error());
    EXPECT_FALSE(listed.value().isEmpty());
}

TEST_F(MicrosoftAccountTest, AnExpiredAccessTokenIsRefreshedAndTheRotatedRefreshTokenSaved)
{
    signInAccount();
    const QString firstRefresh = stored(alexKey).value_or(QString());
    const Result<QString> firstAccess = accessToken();
    ASSERT_TRUE(firstAccess);

    // Inside its life (and outside the 5-minute margin) the token is reused as it is.
    sandbox.advanceClock(3000);
    EXPECT_EQ(accessToken().value(), firstAccess.value());

    sandbox.advanceClock(400); // 100 s before its end: refreshed ahead
    const Result<QString> secondAccess = accessToken();
    ASSERT_TRUE(secondAccess) << details(secondAccess.error());
    EXPECT_NE(secondAccess.value(), firstAccess.value());
    const std::optional<QString> rotated = stored(alexKey);
    ASSERT_TRUE(rotated);
    EXPECT_NE(*rotated, firstRefresh);
    EXPECT_TRUE(workspaces());
}

TEST_F(MicrosoftAccountTest, CallRefreshesOnceOn403TokenExpiredThenSucceeds)
{
    signInAccount();
    // The account's clock lags behind the service's: it believes its token still valid, and
    // Power BI answers 403 TokenExpired.
    account->setClock([] { return QDateTime::currentDateTimeUtc(); });
    sandbox.advanceClock(3700);

    int attempts = 0;
    const Result<QList<Workspace>> listed = workspaces(&attempts);
    ASSERT_TRUE(listed) << details(listed.error());
    EXPECT_EQ(attempts, 2);
}

TEST_F(MicrosoftAccountTest, ASecondTokenExpiredIsReturnedWithoutAThirdAttempt)
{
    signInAccount();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/myorg/groups$"))
            .withPowerBiError(403, QStringLiteral("TokenExpired"),
                              QStringLiteral("Access token has expired"))
            .forRequests(5));

    int attempts = 0;
    const Result<QList<Workspace>> listed = workspaces(&attempts);
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().kind(), ApiError::Kind::TokenExpired);
    EXPECT_EQ(attempts, 2);
}

TEST_F(MicrosoftAccountTest, SilentStartWithAStoredRefreshTokenNeedsNoPage)
{
    signInAccount();
    // The program restarts: a new account object over the same keychain.
    MicrosoftAccount restarted(microsoft.get(), &store, powerBi.get());
    restarted.setClock(clock());
    sandbox.advanceClock(7 * 24 * 3600);
    const auto started = startSilently(restarted, SandboxScenario::microsoftUser);
    ASSERT_TRUE(started) << details(started.error());
    EXPECT_EQ(started.value(), MicrosoftAccount::StartOutcome::SignedIn);
    EXPECT_EQ(restarted.accountName(), SandboxScenario::microsoftUser);
    const Result<QString> token = await<QString>(
        [&](QObject *context, Callback<QString> done) { restarted.accessToken(context, done); });
    ASSERT_TRUE(token);
    powerBi->setAccessToken(token.value());
    const Result<QList<Workspace>> listed =
        await<QList<Workspace>>([&](QObject *context, Callback<QList<Workspace>> done) {
            powerBi->listWorkspaces(context, done);
        });
    EXPECT_TRUE(listed);
}

TEST_F(MicrosoftAccountTest, SilentStartWithNothingStoredSaysSignInIsNeeded)
{
    const auto started = startSilently(*account, SandboxScenario::microsoftUser);
    ASSERT_TRUE(started) << details(started.error());
    EXPECT_EQ(started.value(), MicrosoftAccount::StartOutcome::SignInNeeded);
    EXPECT_FALSE(account->isSignedIn());
    const Result<QString> token = accessToken();
    ASSERT_FALSE(token);
    EXPECT_EQ(token.error().kind(), ApiError::Kind::TokenExpired);
}

TEST_F(MicrosoftAccountTest, SilentStartWithAnExpiredRefreshTokenRemovesItAndAsksForSignIn)
{
    signInAccount();
    sandbox.advanceClock(91 * 24 * 3600); // Microsoft refresh tokens last 90 days
    MicrosoftAccount restarted(microsoft.get(), &store, powerBi.get());
    restarted.setClock(clock());
    const auto started = startSilently(restarted, SandboxScenario::microsoftUser);
    ASSERT_TRUE(started) << details(started.error());
    EXPECT_EQ(started.value(), MicrosoftAccount::StartOutcome::SignInNeeded);
    QTest::qWait(0);
    EXPECT_FALSE(stored(alexKey).has_value());
}

TEST_F(MicrosoftAccountTest, SignOutRemovesTheStoredTokensAndTellsTheView)
{
    signInAccount();
    QString signedOutAccount;
    QObject::connect(account.get(), &MicrosoftAccount::signedOut,
                     [&](const QString &name) { signedOutAccount = name; });
    const Result<Done> done = await<Done>(
        [&](QObject *context, Callback<Done> finished) { account->signOut(context, finished); });
    ASSERT_TRUE(done);
    EXPECT_EQ(signedOutAccount, SandboxScenario::microsoftUser);
    EXPECT_FALSE(stored(alexKey).has_value());
    EXPECT_FALSE(account->isSignedIn());
    EXPECT_FALSE(accessToken());
}

TEST_F(MicrosoftAccountTest, AServicePrincipalGetsAFreshTokenWhenItsTokenExpiresAndStoresNothing)
{
    account->useServicePrincipal(ServicePrincipal(QStringLiteral("contoso-tenant"),
                                                  SandboxScenario::servicePrincipalClientId,
                                                  SandboxScenario::servicePrincipalSecret));
    const Result<QString> first = accessToken();
    ASSERT_TRUE(first) << details(first.error());
    const Result<QList<Workspace>> listed = workspaces();
    ASSERT_TRUE(listed) << details(listed.error());

    sandbox.advanceClock(3700);
    const Result<QString> second = accessToken();
    ASSERT_TRUE(second);
    EXPECT_NE(second.value(), first.value());
    EXPECT_FALSE(stored(TokenKey::microsoftRefreshToken(SandboxScenario::servicePrincipalClientId))
                     .has_value());
}

TEST_F(MicrosoftAccountTest, AServicePrincipalWithAWrongSecretGetsInvalidClient)
{
    account->useServicePrincipal(ServicePrincipal(QStringLiteral("contoso-tenant"),
                                                  SandboxScenario::servicePrincipalClientId,
                                                  QStringLiteral("wrong")));
    const Result<QList<Workspace>> listed = workspaces();
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code(), QStringLiteral("invalid_client"));
    EXPECT_EQ(listed.error().service(), ApiError::Service::MicrosoftIdentity);
}
