// TokenStore against the real Secret Service (gnome-keyring) of the private session bus that
// tests/run-all.sh starts. Outside such a session these tests fail: they never pass on memory.

#include "keychaintestsupport.h"
#include "tokenstore.h"

#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

const TokenKey alex = TokenKey::microsoftRefreshToken(QStringLiteral("alex@contoso.example"));
const TokenKey jordan = TokenKey::microsoftRefreshToken(QStringLiteral("jordan@contoso.example"));
const TokenKey contosoLtd =
    TokenKey::xeroRefreshToken(QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b01"));
const TokenKey contosoHoldings =
    TokenKey::xeroRefreshToken(QStringLiteral("b7d3a1e0-2c4f-4a8b-9e61-5f0c3d2a1b02"));

class TokenStoreKeychain : public ::testing::Test
{
protected:
    void TearDown() override
    {
        TokenStore cleanup(TokenStore::Backend::SystemKeychain, program);
        for (const TokenKey &key : {alex, jordan, contosoLtd, contosoHoldings})
            removeNow(cleanup, key);
    }

    // A store that must use the system keychain: a keychainUnavailable fails the test.
    std::unique_ptr<TokenStore> makeStore()
    {
        auto store = std::make_unique<TokenStore>(TokenStore::Backend::SystemKeychain, program);
        QObject::connect(store.get(), &TokenStore::keychainUnavailable, [](const ApiError &error) {
            ADD_FAILURE() << "the keychain was reported unavailable: "
                          << error.technicalDetails().toStdString();
        });
        return store;
    }

    const QString program = uniqueTestProgram();
};

TEST_F(TokenStoreKeychain, WrittenSecretIsInTheSystemKeychainAndReadByANewStore)
{
    auto writer = makeStore();
    writeNow(*writer, contosoLtd, QStringLiteral("xero-refresh-1"));

    EXPECT_EQ(secretServiceLookup(program, contosoLtd), QStringLiteral("xero-refresh-1"));
    auto reader = makeStore(); // nothing in its memory: the answer comes from the keychain
    EXPECT_EQ(readNow(*reader, contosoLtd), QStringLiteral("xero-refresh-1"));
    EXPECT_FALSE(writer->isMemoryOnly());
    EXPECT_FALSE(reader->isMemoryOnly());
}

TEST_F(TokenStoreKeychain, OverwriteReplacesTheSecretInTheKeychain)
{
    auto store = makeStore();
    writeNow(*store, contosoLtd, QStringLiteral("xero-refresh-1"));
    writeNow(*store, contosoLtd, QStringLiteral("xero-refresh-2-rotated"));

    EXPECT_EQ(secretServiceLookup(program, contosoLtd), QStringLiteral("xero-refresh-2-rotated"));
    EXPECT_EQ(readNow(*makeStore(), contosoLtd), QStringLiteral("xero-refresh-2-rotated"));
}

TEST_F(TokenStoreKeychain, RemovedSecretReadsAsNothingAndIsGoneFromTheKeychain)
{
    auto store = makeStore();
    writeNow(*store, alex, QStringLiteral("microsoft-refresh"));
    removeNow(*store, alex);

    EXPECT_EQ(readNow(*store, alex), std::nullopt);
    EXPECT_EQ(readNow(*makeStore(), alex), std::nullopt);
    EXPECT_EQ(secretServiceLookup(program, alex), std::nullopt);
}

TEST_F(TokenStoreKeychain, KeyNeverWrittenReadsAsNothingAndRemovesWithoutError)
{
    auto store = makeStore();
    EXPECT_EQ(readNow(*store, jordan), std::nullopt);
    removeNow(*store, jordan);
    EXPECT_FALSE(store->isMemoryOnly());
}

TEST_F(TokenStoreKeychain, TwoAccountsAndTwoOrganisationsKeepTheirOwnSecrets)
{
    auto store = makeStore();
    // Asked all at once, as a sign-in that saves several grants would.
    int saved = 0;
    const auto countSaved = [&saved](const Result<Done> &result) {
        saved += result.ok();
    };
    store->write(alex, QStringLiteral("secret-of-alex"), store.get(), countSaved);
    store->write(jordan, QStringLiteral("secret-of-jordan"), store.get(), countSaved);
    store->write(contosoLtd, QStringLiteral("secret-of-contoso-ltd"), store.get(), countSaved);
    store->write(contosoHoldings, QStringLiteral("secret-of-contoso-holdings"), store.get(),
                 countSaved);
    ASSERT_TRUE(QTest::qWaitFor([&saved] { return saved == 4; }, 20000));

    auto reader = makeStore();
    EXPECT_EQ(readNow(*reader, alex), QStringLiteral("secret-of-alex"));
    EXPECT_EQ(readNow(*reader, jordan), QStringLiteral("secret-of-jordan"));
    EXPECT_EQ(readNow(*reader, contosoLtd), QStringLiteral("secret-of-contoso-ltd"));
    EXPECT_EQ(readNow(*reader, contosoHoldings), QStringLiteral("secret-of-contoso-holdings"));

    removeNow(*reader, contosoLtd);
    EXPECT_EQ(readNow(*reader, contosoLtd), std::nullopt);
    EXPECT_EQ(readNow(*reader, contosoHoldings), QStringLiteral("secret-of-contoso-holdings"));
}

TEST_F(TokenStoreKeychain, NonAsciiAndTwoKilobyteSecretsSurviveTheRoundTrip)
{
    const QString nonAscii = QStringLiteral("Zoë·Ærøskøbing·東京·🔑·\u00a0end");
    QString long2k;
    for (int i = 0; long2k.size() < 2048; ++i)
        long2k += QStringLiteral("%1-").arg(i, 4, 10, QLatin1Char('0'));
    long2k.truncate(2048);

    auto store = makeStore();
    writeNow(*store, alex, nonAscii);
    writeNow(*store, contosoLtd, long2k);

    auto reader = makeStore();
    EXPECT_EQ(readNow(*reader, alex), nonAscii);
    EXPECT_EQ(readNow(*reader, contosoLtd), long2k);
    EXPECT_EQ(secretServiceLookup(program, alex), nonAscii);
}

TEST_F(TokenStoreKeychain, ReadAskedRightAfterAWriteSeesThatWrite)
{
    auto store = makeStore();
    store->write(contosoLtd, QStringLiteral("first"), store.get(), [](const Result<Done> &) {});
    store->write(contosoLtd, QStringLiteral("rotated"), store.get(), [](const Result<Done> &) {});
    // Not waiting for the writes: the store keeps the order it was asked in.
    EXPECT_EQ(readNow(*store, contosoLtd), QStringLiteral("rotated"));
}

TEST_F(TokenStoreKeychain, EveryCallbackRunsExactlyOnce)
{
    auto store = makeStore();
    std::vector<int> calls(3, 0);
    store->write(alex, QStringLiteral("once"), store.get(),
                 [&calls](const Result<Done> &) { ++calls[0]; });
    store->read(alex, store.get(),
                [&calls](const Result<std::optional<QString>> &) { ++calls[1]; });
    store->remove(alex, store.get(), [&calls](const Result<Done> &) { ++calls[2]; });
    ASSERT_TRUE(QTest::qWaitFor([&calls] { return calls[2] == 1; }, 20000));
    QTest::qWait(300); // room for a second, wrong, call
    EXPECT_EQ(calls, std::vector<int>({1, 1, 1}));
}

TEST_F(TokenStoreKeychain, CallbackNeverRunsOnceItsContextIsDestroyed)
{
    auto store = makeStore();
    writeNow(*store, alex, QStringLiteral("microsoft-refresh"));
    bool called = false;
    auto context = std::make_unique<QObject>();
    store->read(alex, context.get(),
                [&called](const Result<std::optional<QString>> &) { called = true; });
    context.reset();
    // Operations run in order: once this later read is answered, the first one was handled.
    EXPECT_EQ(readNow(*store, alex), QStringLiteral("microsoft-refresh"));
    QTest::qWait(100);
    EXPECT_FALSE(called);
}

TEST_F(TokenStoreKeychain, StoreDestroyedWithWorkUnderWayNeverCallsBackAndBlocksNothing)
{
    bool called = false;
    QObject context;
    {
        auto store = makeStore();
        store->write(contosoHoldings, QStringLiteral("in-flight"), &context,
                     [&called](const Result<Done> &) { called = true; });
        QTest::qWait(20); // the keychain job is under way
    }
    // A new store still gets answers: the abandoned job did not wedge QtKeychain's queue.
    auto next = makeStore();
    writeNow(*next, alex, QStringLiteral("after"));
    EXPECT_EQ(readNow(*next, alex), QStringLiteral("after"));
    QTest::qWait(100);
    EXPECT_FALSE(called);
}

TEST_F(TokenStoreKeychain, SecretTextNeverAppearsInTheLog)
{
    const QString first = QStringLiteral("xero-rt-%1").arg(program);
    const QString rotated = QStringLiteral("rotated-xero-rt-%1").arg(program);
    LogCapture log;
    {
        auto store = makeStore();
        EXPECT_EQ(readNow(*store, contosoLtd), std::nullopt);
        writeNow(*store, contosoLtd, first);
        EXPECT_EQ(readNow(*store, contosoLtd), first);
        writeNow(*store, contosoLtd, rotated);
        EXPECT_EQ(readNow(*makeStore(), contosoLtd), rotated);
        removeNow(*store, contosoLtd);
        EXPECT_EQ(readNow(*store, contosoLtd), std::nullopt);
    }
    const QString text = log.text();
    // The capture really saw the store's debug lines (key names are allowed)...
    EXPECT_TRUE(text.contains(QStringLiteral("xra.keychain"))) << text.toStdString();
    EXPECT_TRUE(text.contains(contosoLtd.name())) << text.toStdString();
    // ...and never a secret.
    EXPECT_FALSE(text.contains(first));
    EXPECT_FALSE(text.contains(rotated));
}

TEST(TokenStoreMemoryOnly, KeepsSecretsForTheSessionWithoutTouchingTheKeychain)
{
    const QString program = uniqueTestProgram();
    TokenStore store(TokenStore::Backend::MemoryOnly, program);
    bool reported = false;
    QObject::connect(&store, &TokenStore::keychainUnavailable,
                     [&reported](const ApiError &) { reported = true; });

    writeNow(store, alex, QStringLiteral("memory-only"));
    EXPECT_EQ(readNow(store, alex), QStringLiteral("memory-only"));
    EXPECT_EQ(secretServiceLookup(program, alex), std::nullopt);
    removeNow(store, alex);
    EXPECT_EQ(readNow(store, alex), std::nullopt);
    EXPECT_TRUE(store.isMemoryOnly());
    EXPECT_FALSE(reported);
}

} // namespace
