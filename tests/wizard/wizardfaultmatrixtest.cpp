#include "operationpanel.h"
#include "repairpage.h"
#include "wizardfixture.h"

#include <QPushButton>

// The fault matrix of the wizard: every step that reads Power BI, opened while the route it
// reads answers with each fault a real service gives. Each cell asserts what the user sees: the
// step says in a sentence what went wrong (its meaning, not the service's words), Next stays
// closed, and once the service is well again Retry brings the step back, so that nothing is
// lost and the window stays usable. The command line has its own matrix (tests/faultmatrix).
namespace {

struct StepCase
{
    const char *name;
    RepairStep step;
    RepairWizard::PageId page;
    // The route whose answer the step cannot do without.
    const char *method;
    const char *route;
    // Whether Next waits for the read. Step 1 lets the user go on without the status (the
    // repair does not need it), and the finish page has no Next.
    bool nextWaitsForTheRead;
};

struct FaultCase
{
    const char *name;
    // What the sentence must say, in English.
    const char *meaning;
    std::function<SandboxFault(SandboxFault)> apply;
};

const StepCase steps[] = {
    {"RefreshStatus", RepairStep::RefreshStatus, RepairWizard::PageRefreshStatus, "GET",
     "/refreshes$", false},
    {"SettingsForXero", RepairStep::XeroSettings, RepairWizard::PageXeroSettings, "GET",
     "/datasources$", true},
    {"Schedule", RepairStep::Schedule, RepairWizard::PageSchedule, "GET", "/refreshSchedule$",
     true},
    {"RefreshNow", RepairStep::RefreshNow, RepairWizard::PageRefreshNow, "GET", "/refreshes$",
     true},
    {"Finish", RepairStep::ContactSupport, RepairWizard::PageFinish, "GET", "/refreshes$", false},
};

const FaultCase faults[] = {
    {"ServerError", "problem of its own",
     [](SandboxFault fault) {
         return fault.withPowerBiError(500, QStringLiteral("InternalServerError"),
                                       QStringLiteral("An error has occurred."));
     }},
    {"Unavailable", "problem of its own",
     [](SandboxFault fault) {
         return fault.answering(503).withHeader("Retry-After", "1");
     }},
    {"ThrottledForAnHour", "too many requests",
     [](SandboxFault fault) {
         return fault.answering(429).withHeader("Retry-After", "3600");
     }},
    {"UnreadableAnswer", "does not understand",
     [](SandboxFault fault) {
         return fault.answering(200).withBody("<html><body>Service Unavailable</body></html>");
     }},
    {"NotFound", "could not find",
     [](SandboxFault fault) {
         return fault.withPowerBiError(404, QStringLiteral("PowerBIEntityNotFound"),
                                       QStringLiteral("Couldn't find the dataset."));
     }},
    {"NoPermission", "permission",
     [](SandboxFault fault) {
         return fault.withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException"),
                                       QStringLiteral("Not authorized."));
     }},
    {"ConnectionDropped", "could not be reached",
     [](SandboxFault fault) {
         return fault.droppingTheConnection();
     }},
};

} // namespace

class WizardFaultMatrixTest : public WizardFixture,
                              public ::testing::WithParamInterface<std::tuple<int, int>>
{
protected:
    const StepCase &stepCase() const { return steps[std::get<0>(GetParam())]; }
    const FaultCase &faultCase() const { return faults[std::get<1>(GetParam())]; }

    OperationPanel *panel() const
    {
        return static_cast<RepairPage *>(wizard->page(stepCase().page))->operationPanel();
    }

    QPushButton *retryButton() const
    {
        for (QPushButton *candidate : panel()->findChildren<QPushButton *>()) {
            if (candidate->accessibleName() == OperationPanel::tr("Try the step again"))
                return candidate;
        }
        return nullptr;
    }
};

TEST_P(WizardFaultMatrixTest, TheStepSaysWhatWentWrongAndRetryRecovers)
{
    const StepCase &step = stepCase();
    // Enough answers for the transport's own retries: the fault lasts until it is lifted.
    sandbox.addFault(faultCase().apply(
        SandboxFault::on(QString::fromLatin1(step.method), QString::fromLatin1(step.route))
            .forRequests(50)));
    openAt(step.step);
    ASSERT_TRUE(waitForPage(step.page));

    ASSERT_TRUE(waitUntil([&] { return panel()->isShowingError(); }, 30000))
        << "no error shown; the panel says: " << panel()->sentence().toStdString();
    const QString sentence = panel()->sentence();
    EXPECT_TRUE(sentence.contains(QLatin1String(faultCase().meaning), Qt::CaseInsensitive))
        << sentence.toStdString();
    // The service's own English words stay in the details.
    EXPECT_FALSE(sentence.contains(QLatin1String("<html>")));
    if (step.nextWaitsForTheRead) {
        EXPECT_FALSE(nextButton()->isEnabled());
    }

    sandbox.clearFaults();
    QPushButton *retry = retryButton();
    ASSERT_TRUE(retry && retry->isVisible()) << "no Retry on the step";
    retry->click();
    EXPECT_TRUE(waitUntil([&] { return !panel()->isShowingError() && !panel()->isBusy(); }, 30000))
        << panel()->sentence().toStdString();
    EXPECT_EQ(wizard->currentId(), step.page);
}

INSTANTIATE_TEST_SUITE_P(EveryStepEveryFault, WizardFaultMatrixTest,
                         ::testing::Combine(::testing::Range(0, static_cast<int>(std::size(steps))),
                                            ::testing::Range(0,
                                                             static_cast<int>(std::size(faults)))),
                         [](const ::testing::TestParamInfo<std::tuple<int, int>> &info) {
                             return std::string(steps[std::get<0>(info.param)].name) + "_" +
                                    faults[std::get<1>(info.param)].name;
                         });
