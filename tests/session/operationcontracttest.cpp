#include "repairsession.h"
#include "sandboxscenario.h"
#include "sandboxstack.h"

#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

// OperationTracker's contract, checked once for every operation of the repair's parts: the
// callback never runs before the call has returned (even when the answer is known at once), it
// runs exactly once, and never after its context is gone.
class OperationContractTest : public ::testing::Test
{
protected:
    // Starts an operation: context, then a callback that counts its calls.
    using Start = std::function<void(RepairSession *, QObject *, std::function<void()>)>;

    struct Operation
    {
        const char *name;
        Start start;
    };

    void SetUp() override
    {
        ASSERT_TRUE(stack.start()) << stack.sandbox.errorString().toStdString();
        ASSERT_TRUE(stack.signInAsSandboxUser().ok());
    }

    template<typename T> static Callback<T> counting(std::function<void()> called)
    {
        return [called](const Result<T> &) {
            called();
        };
    }

    static QList<Operation> everyOperation()
    {
        const RefreshScheduleChange daily =
            RefreshScheduleChange::daily({QStringLiteral("07:00")}, QStringLiteral("UTC"));
        return {
            {"finder.loadWorkspaces",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->finder()->loadWorkspaces(c, counting<QList<Workspace>>(f));
             }},
            {"finder.loadCatalogue",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->finder()->loadCatalogue({}, true, c, counting<DatasetCatalogue>(f));
             }},
            {"finder.loadFullCatalogue",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->finder()->loadFullCatalogue(c, counting<DatasetCatalogue>(f));
             }},
            {"finder.selectDataset",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->finder()->selectDataset({}, c, counting<DatasetSelection>(f));
             }},
            {"status.loadStatus",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->status()->loadStatus(c, counting<DatasetStatus>(f));
             }},
            {"status.loadHistory",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->status()->loadHistory(3, c, counting<QList<Refresh>>(f));
             }},
            {"status.loadSchedule",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->status()->loadSchedule(c, counting<RefreshSchedule>(f));
             }},
            {"editor.changeSchedule",
             [daily](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->editor()->changeSchedule(daily, c, counting<RefreshSchedule>(f));
             }},
            {"editor.takeOver",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->editor()->takeOver(c, counting<Done>(f));
             }},
            {"runner.pushCredentials",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->runner()->pushCredentials(c, counting<bool>(f));
             }},
            {"runner.startRefresh",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->runner()->startRefresh(c, counting<RefreshRun>(f));
             }},
            {"runner.followRefresh",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->runner()->followRefresh(RefreshRun(), 0s, c, counting<RefreshRun>(f));
             }},
            {"microsoft.complete",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->microsoft()->complete(QUrl(QStringLiteral("https://example.invalid/?code=x")),
                                          c, counting<Done>(f));
             }},
            {"microsoft.signOut",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->microsoft()->signOut(c, counting<Done>(f));
             }},
            {"xero.complete",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->xero()->complete(QUrl(QStringLiteral("https://example.invalid/?code=x")),
                                     QStringLiteral("Contoso Ltd"), c,
                                     counting<XeroSignInOutcome>(f));
             }},
            {"xero.chooseOrganisation",
             [](RepairSession *s, QObject *c, std::function<void()> f) {
                 s->xero()->chooseOrganisation(SandboxScenario::contosoLtdTenantId, c,
                                               counting<Done>(f));
             }},
        };
    }

    // Starts the operation and checks the contract; false with the reason in `why`.
    void checkContract(const Operation &operation)
    {
        SCOPED_TRACE(operation.name);
        auto calls = std::make_shared<int>(0);
        QObject context;
        operation.start(stack.session(), &context, [calls] { ++*calls; });
        EXPECT_EQ(*calls, 0) << "the callback ran before the call returned";
        EXPECT_TRUE(QTest::qWaitFor([calls] { return *calls > 0; }, 15000))
            << "the callback never ran";
        QTest::qWait(50);
        EXPECT_EQ(*calls, 1) << "the callback ran more than once";
    }

    SandboxStack stack;
};

TEST_F(OperationContractTest, WithNothingChosenEveryAnswerComesAfterTheCallReturns)
{
    // Most operations fail at once here (no dataset chosen, no sign-in under way): the case
    // where an answer is known before anything is sent.
    for (const Operation &operation : everyOperation())
        checkContract(operation);
}

TEST_F(OperationContractTest, WithADatasetChosenEveryAnswerComesAfterTheCallReturns)
{
    ASSERT_TRUE(stack.chooseXeroDataset().ok());
    for (const Operation &operation : everyOperation()) {
        checkContract(operation);
        stack.session()->cancel();
    }
}

TEST_F(OperationContractTest, CancelAnswersEveryRunningOperationOnceAndAtOnce)
{
    ASSERT_TRUE(stack.chooseXeroDataset().ok());
    stack.sandbox.setLatency(2000);
    for (const Operation &operation : everyOperation()) {
        SCOPED_TRACE(operation.name);
        auto calls = std::make_shared<int>(0);
        QObject context;
        operation.start(stack.session(), &context, [calls] { ++*calls; });
        QTest::qWait(10);
        stack.session()->cancel();
        EXPECT_TRUE(QTest::qWaitFor([calls] { return *calls > 0; }, 200))
            << "cancel did not answer the operation";
        QTest::qWait(50);
        EXPECT_EQ(*calls, 1);
        EXPECT_FALSE(stack.session()->operations()->isBusy());
    }
}

TEST_F(OperationContractTest, NoAnswerReachesAContextThatIsGone)
{
    ASSERT_TRUE(stack.chooseXeroDataset().ok());
    for (const Operation &operation : everyOperation()) {
        SCOPED_TRACE(operation.name);
        auto calls = std::make_shared<int>(0);
        auto context = std::make_unique<QObject>();
        operation.start(stack.session(), context.get(), [calls] { ++*calls; });
        context.reset();
        QTest::qWait(300);
        stack.session()->cancel();
        EXPECT_EQ(*calls, 0);
    }
}

} // namespace
