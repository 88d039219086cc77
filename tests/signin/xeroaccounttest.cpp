#include "signinfixture.h"

#include <QElapsedTimer>
#include <QFile>

class XeroAccountTest : public SignInFixture
{
protected:
    Result<OAuthTokens> refreshDirectly(const QString &refreshToken)
    {
        return await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            xero->refresh(refreshToken, context, done);
        });
    }

    const QString tenant = SandboxScenario::contosoLtdTenantId;
    const TokenKey key = TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId);
};

TEST_F(XeroAccountTest, RefreshSavesTheRotatedTokenBeforeHandingOutTheAccessToken)
{
    const QString original = adoptContosoLtdGrant();
    ASSERT_FALSE(original.isEmpty());

    bool handedOut = false;
    std::optional<QString> storedAtSave;
    QObject::connect(xeroAccount.get(), &XeroAccount::refreshTokenSaved, &context,
                     [&](const QString &savedTenant) {
                         EXPECT_EQ(savedTenant, tenant);
                         EXPECT_FALSE(handedOut) << "the access token was used before the save";
                         // The memory store answers with the value it held when asked.
                         store.read(key, &context, [&](Result<std::optional<QString>> value) {
                             storedAtSave = value ? value.value() : std::nullopt;
                         });
                     });
    const Result<QString> access = await<QString>([&](QObject *context, Callback<QString> done) {
        xeroAccount->freshAccessToken(tenant, context, [&, done](Result<QString> result) {
            handedOut = true;
            done(result);
        });
    });
    ASSERT_TRUE(access) << details(access.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedAtSave.has_value(); }, 2000));
    EXPECT_NE(*storedAtSave, original)
        << "the store held the old token when the save was signalled";
    EXPECT_EQ(stored(key), storedAtSave);
    EXPECT_TRUE(connections(access.value())) << "the new access token works";
}

TEST_F(XeroAccountTest, TheOldTokenStillWorksInsideTheThirtyMinuteGraceAndNotAfter)
{
    const QString original = adoptContosoLtdGrant();
    ASSERT_TRUE(freshXeroToken());

    sandbox.advanceClock(29 * 60);
    const Result<OAuthTokens> insideGrace = refreshDirectly(original);
    EXPECT_TRUE(insideGrace) << details(insideGrace.error());

    sandbox.advanceClock(2 * 60); // 31 minutes after the rotation
    const Result<OAuthTokens> afterGrace = refreshDirectly(original);
    ASSERT_FALSE(afterGrace);
    EXPECT_EQ(afterGrace.error().code(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroAccountTest, InvalidGrantRemovesTheStoredTokenAndSaysSignInAgain)
{
    const QString original = adoptContosoLtdGrant();
    ASSERT_TRUE(freshXeroToken());
    // Another holder of the old token (a copy put back in the store) past the grace.
    storeToken(key, original);
    sandbox.advanceClock(31 * 60);

    QString needed;
    QObject::connect(xeroAccount.get(), &XeroAccount::signInAgainNeeded, &context,
                     [&](const QString &which) { needed = which; });
    const Result<QString> access = freshXeroToken();
    ASSERT_FALSE(access);
    EXPECT_EQ(access.error().code(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(access.error().service(), ApiError::Service::Xero);
    EXPECT_EQ(access.error().httpStatus(), 400);
    EXPECT_TRUE(access.error().plainSentence().contains(QStringLiteral("Sign in to Xero again")));
    EXPECT_EQ(needed, tenant);
    EXPECT_FALSE(stored(key).has_value());
    EXPECT_FALSE(xeroAccount->grantExpiresAt(tenant).isValid());
}

TEST_F(XeroAccountTest, ARefusedTokenAlreadyReplacedByAnotherProcessIsNotRemoved)
{
    const QString original = adoptContosoLtdGrant();
    ASSERT_TRUE(freshXeroToken());
    const std::optional<QString> newer = stored(key);
    ASSERT_TRUE(newer.has_value());
    // This process still holds the old token, past its grace; its refresh is on the way when
    // another process (the window, a command run by cron) saves the newer token.
    storeToken(key, original);
    sandbox.advanceClock(31 * 60);
    sandbox.setLatency(400);
    bool signInAgain = false;
    QObject::connect(xeroAccount.get(), &XeroAccount::signInAgainNeeded, &context,
                     [&] { signInAgain = true; });
    std::optional<Result<QString>> access;
    xeroAccount->freshAccessToken(tenant, &context,
                                  [&](Result<QString> result) { access = std::move(result); });
    QTest::qWait(100);
    ASSERT_FALSE(access.has_value()) << "the refresh answered before the other process saved";
    storeToken(key, *newer);

    ASSERT_TRUE(QTest::qWaitFor([&] { return access.has_value(); }, 5000));
    ASSERT_TRUE(*access) << details(access->error());
    EXPECT_FALSE(signInAgain) << "the user was told to sign in to Xero again for nothing";
    const std::optional<QString> kept = stored(key);
    ASSERT_TRUE(kept.has_value()) << "the grant the other process saved was removed";
    EXPECT_NE(*kept, original);
    EXPECT_TRUE(connections(access->value())) << "the access token works";
}

TEST_F(XeroAccountTest, NothingStoredSaysSignInAgainWithoutCallingXero)
{
    armTokenEndpointTripwire(QStringLiteral("^/connect/token$"));
    const Result<QString> access = freshXeroToken();
    ASSERT_FALSE(access);
    EXPECT_EQ(access.error().code(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(sandbox.pendingFaults(), 1);
}

TEST_F(XeroAccountTest, AStopRightAfterTheSaveLeavesTheNewTokenInTheStore)
{
    const QString original = adoptContosoLtdGrant();
    // The caller goes away (the program stops) the moment the rotated token is saved, before
    // anyone used the new access token.
    auto caller = std::make_unique<QObject>();
    bool delivered = false;
    QObject::connect(xeroAccount.get(), &XeroAccount::refreshTokenSaved, &context,
                     [&] { caller.reset(); });
    xeroAccount->freshAccessToken(tenant, caller.get(), [&](Result<QString>) { delivered = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !caller; }, 5000));
    QTest::qWait(50);
    EXPECT_FALSE(delivered);

    const std::optional<QString> saved = stored(key);
    ASSERT_TRUE(saved);
    EXPECT_NE(*saved, original);
    // Long after the grace of the old token, the saved one still refreshes: nothing was lost.
    sandbox.advanceClock(2 * 3600);
    XeroAccount restarted(xero.get(), &store, settings.get());
    restarted.setClock(clock());
    const Result<QString> access = await<QString>([&](QObject *context, Callback<QString> done) {
        restarted.freshAccessToken(tenant, context, done);
    });
    EXPECT_TRUE(access) << details(access.error());
}

TEST_F(XeroAccountTest, AStopBeforeTheSaveLeavesTheOldTokenUsableForThirtyMinutes)
{
    const QString original = adoptContosoLtdGrant();
    // Xero rotated the token but the program stopped before saving the answer.
    ASSERT_TRUE(refreshDirectly(original));
    ASSERT_EQ(stored(key).value_or(QString()), original);

    sandbox.advanceClock(20 * 60);
    XeroAccount restarted(xero.get(), &store, settings.get());
    restarted.setClock(clock());
    const Result<QString> access = await<QString>([&](QObject *context, Callback<QString> done) {
        restarted.freshAccessToken(tenant, context, done);
    });
    ASSERT_TRUE(access) << details(access.error());
    EXPECT_NE(stored(key).value_or(original), original) << "the recovered grant was saved again";
}

TEST_F(XeroAccountTest, AStopBeforeTheSaveLosesTheGrantOnlyAfterTheGrace)
{
    const QString original = adoptContosoLtdGrant();
    ASSERT_TRUE(refreshDirectly(original));
    sandbox.advanceClock(31 * 60);
    const Result<QString> access = freshXeroToken();
    ASSERT_FALSE(access);
    EXPECT_EQ(access.error().code(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroAccountTest, TheGrantDiesSixtyDaysAfterItsLastUse)
{
    const QDateTime signedInAt = sandbox.now();
    adoptContosoLtdGrant();
    EXPECT_NEAR(signedInAt.addDays(60).secsTo(xeroAccount->grantExpiresAt(tenant)), 0, 2);

    sandbox.advanceClock(10 * 24 * 3600);
    const QDateTime usedAt = sandbox.now();
    ASSERT_TRUE(freshXeroToken());
    EXPECT_NEAR(usedAt.secsTo(xeroAccount->lastUsed(tenant)), 0, 2);
    EXPECT_NEAR(usedAt.addDays(60).secsTo(xeroAccount->grantExpiresAt(tenant)), 0, 2);
    // The date survives a restart: it is in the settings, not in memory.
    XeroAccount restarted(xero.get(), &store, settings.get());
    EXPECT_EQ(restarted.grantExpiresAt(tenant), xeroAccount->grantExpiresAt(tenant));
    EXPECT_TRUE(settings->contains(QStringLiteral("xero/%1/lastUsed").arg(tenant)));

    // Xero agrees: one minute after that date, the grant is gone.
    sandbox.advanceClock(60 * 24 * 3600 + 60);
    const Result<QString> dead = freshXeroToken();
    ASSERT_FALSE(dead);
    EXPECT_EQ(dead.error().code(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroAccountTest, CallersAskingTogetherShareOneRefresh)
{
    adoptContosoLtdGrant();
    int saves = 0;
    QObject::connect(xeroAccount.get(), &XeroAccount::refreshTokenSaved, &context,
                     [&] { ++saves; });
    std::optional<Result<QString>> first;
    std::optional<Result<QString>> second;
    xeroAccount->freshAccessToken(tenant, &context, [&](Result<QString> r) { first.emplace(r); });
    xeroAccount->freshAccessToken(tenant, &context, [&](Result<QString> r) { second.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first && second; }, 5000));
    ASSERT_TRUE(*first);
    ASSERT_TRUE(*second);
    EXPECT_EQ(first->value(), second->value());
    EXPECT_EQ(saves, 1);
}

// The window and the watch's timer are two processes with one keychain: here two accounts with
// their own memory and one store. Renewing together must leave one unbroken chain of tokens: the
// second renewal starts from the token the first saved, not from the same token again.
TEST_F(XeroAccountTest, TwoProcessesRenewingTogetherKeepOneGrant)
{
    QTemporaryDir locks;
    ASSERT_TRUE(locks.isValid());
    XeroAccount window(xero.get(), &store, nullptr);
    window.setClock(clock());
    window.setLockFolder(locks.path());
    xeroAccount->setLockFolder(locks.path());
    adoptContosoLtdGrant();

    QStringList events;
    std::optional<QString> firstSaved;
    bool firstSeen = false;
    for (XeroAccount *account : {xeroAccount.get(), &window}) {
        const QString who = account == &window ? QStringLiteral("window") : QStringLiteral("watch");
        QObject::connect(account, &XeroAccount::refreshAnswered, &context,
                         [&events, who] { events << who + QStringLiteral(" answered"); });
        QObject::connect(account, &XeroAccount::refreshTokenSaved, &context, [&, who] {
            events << who + QStringLiteral(" saved");
            if (std::exchange(firstSeen, true))
                return;
            store.read(key, &context, [&](Result<std::optional<QString>> value) {
                firstSaved = value && value.value() ? *value.value() : QString();
            });
        });
    }
    sandbox.setLatency(300); // long enough for the two renewals to overlap if nothing stops them
    std::optional<Result<QString>> watchToken;
    std::optional<Result<QString>> windowToken;
    xeroAccount->freshAccessToken(tenant, &context,
                                  [&](Result<QString> r) { watchToken.emplace(std::move(r)); });
    window.freshAccessToken(tenant, &context,
                            [&](Result<QString> r) { windowToken.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return watchToken && windowToken && firstSaved; }, 10000));
    ASSERT_TRUE(*watchToken) << details(watchToken->error());
    ASSERT_TRUE(*windowToken) << details(windowToken->error());
    EXPECT_EQ(events,
              QStringList({QStringLiteral("watch answered"), QStringLiteral("watch saved"),
                           QStringLiteral("window answered"), QStringLiteral("window saved")}))
        << "the renewals overlapped: " << events.join(QStringLiteral(", ")).toStdString();
    sandbox.setLatency(0);

    // Past the grace, only the chain's last token lives: the one the watch saved was renewed by
    // the window (no second live token left aside), and the stored one still renews.
    sandbox.advanceClock(31 * 60);
    ASSERT_FALSE(firstSaved->isEmpty());
    const Result<OAuthTokens> aside = refreshDirectly(*firstSaved);
    EXPECT_FALSE(aside) << "the window renewed the same token as the watch: the grant forked";
    const Result<QString> later = freshXeroToken();
    ASSERT_TRUE(later) << details(later.error());
    EXPECT_TRUE(connections(later.value())) << "the grant survived";
}

// A process that crashed while renewing leaves its lock file behind: it must not hold the next
// renewals up for the whole wait (or make them fail).
TEST_F(XeroAccountTest, ALockLeftByACrashedProcessDoesNotHoldRenewalsUp)
{
    QTemporaryDir locks;
    ASSERT_TRUE(locks.isValid());
    xeroAccount->setLockFolder(locks.path());
    adoptContosoLtdGrant();
    QFile left(xeroAccount->renewalLockPath(tenant));
    ASSERT_TRUE(left.open(QIODevice::WriteOnly));
    left.write("999999999\nxero-refresh-assistant\n\n"); // QLockFile's format: pid, app, host
    left.close();

    QElapsedTimer waited;
    waited.start();
    const Result<QString> access = freshXeroToken();
    ASSERT_TRUE(access) << details(access.error());
    EXPECT_LT(waited.elapsed(), 2000) << "waited for a dead process's lock";
    EXPECT_FALSE(xeroAccount->renewalLockPath(tenant).contains(tenant))
        << "the lock's name says which organisation it is";
}
