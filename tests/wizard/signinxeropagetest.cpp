#include "signinxeropage.h"
#include "configurexeropage.h"
#include "editcredentialspage.h"
#include "operationpanel.h"
#include "sandboxsigninpages.h"
#include "signinview.h"
#include "webpagedriver.h"
#include "wizardfixture.h"
#include "xerosignin.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

class SignInXeroPageTest : public WizardFixture
{
protected:
    SignInXeroPageTest()
        : WizardFixture(Palette::DarkOnRequest)
    {}

    static constexpr int webWaitMs = 30000;

    SignInXeroPage *signInPage() const
    {
        return page<SignInXeroPage>(RepairWizard::PageSignInXero);
    }

    // Step 3 with name typed, then Next, and the temporary credential chosen on Power BI's
    // page (the sandbox's dataset failed on its credential): the Xero page shows its embedded
    // view.
    void openSignInWith(const QString &name)
    {
        openAt(RepairStep::ConfigureXero);
        ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
        page<ConfigureXeroPage>(RepairWizard::PageConfigureXero)->nameEdit()->setText(name);
        ASSERT_NO_FATAL_FAILURE(nextThroughTheTemporaryChoice());
        ASSERT_NE(signInPage()->signInView(), nullptr);
        ASSERT_NE(xeroPages().page(), nullptr);
    }

    // Next from step 3, then the temporary credential chosen on Power BI's page.
    void nextThroughTheTemporaryChoice()
    {
        ASSERT_TRUE(clickNext());
        ASSERT_TRUE(waitForPage(RepairWizard::PageEditCredentials));
        auto *edit = page<EditCredentialsPage>(RepairWizard::PageEditCredentials);
        ASSERT_TRUE(waitUntil([&] { return edit->temporaryButton()->isEnabled(); }));
        edit->temporaryButton()->click();
        // Its cost is said first (the other datasets reading the source are looked up).
        ASSERT_TRUE(waitUntil(
            [&] { return edit->confirmTemporaryButton()->isVisible() && !edit->isBusy(); }));
        edit->confirmTemporaryButton()->click();
        ASSERT_TRUE(waitForPage(RepairWizard::PageSignInXero));
    }

    SandboxSignInPages xeroPages() const { return SandboxSignInPages(signInPage()->signInView()); }
    WebPageDriver xeroPage() const { return xeroPages().driver(); }

    void waitForXeroForm() const { ASSERT_TRUE(xeroPages().waitForXeroForm()); }
    void markXeroPageUsed() const { xeroPages().markXeroFormUsed(); }

    // Logs in as the sandbox's Xero user and allows access to tenantIds.
    void signInAndAllow(const QStringList &tenantIds) const
    {
        ASSERT_TRUE(xeroPages().signInToXeroAndAllow(tenantIds));
    }

    bool waitForStage(SignInXeroPage::Stage stage) const
    {
        return waitUntil([&] { return signInPage()->stage() == stage; }, webWaitMs);
    }

    std::string whatThePageSays() const
    {
        return (signInPage()->message() + QStringLiteral(" | ") +
                signInPage()->operationPanel()->sentence() + QStringLiteral(" | ") +
                signInPage()->operationPanel()->details())
            .toStdString();
    }

    // Whether the dataset's Xero data source holds a working credential: a refresh the session
    // starts WITHOUT pushing one of its own completes.
    void expectARefreshWithoutAPushCompletes()
    {
        const DatasetRef ref(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
        const Result<RefreshStart> started = await<RefreshStart>([&](QObject *context,
                                                                     Callback<RefreshStart> done) {
            services->powerBi()->refreshNow(ref, QStringLiteral("NoNotification"), context, done);
        });
        ASSERT_TRUE(started) << started.error().technicalDetails().toStdString();
        // The sandbox ends a refresh 5 seconds later on its clock.
        sandbox.advanceClock(6);
        const Result<QList<Refresh>> history =
            await<QList<Refresh>>([&](QObject *context, Callback<QList<Refresh>> done) {
                session()->status()->loadHistory(1, context, done);
            });
        ASSERT_TRUE(history) << history.error().technicalDetails().toStdString();
        ASSERT_EQ(history.value().size(), 1);
        EXPECT_EQ(history.value().first().requestId(), started.value().requestId);
        EXPECT_EQ(history.value().first().status(), Refresh::Status::Completed);
    }
};

} // namespace

TEST_F(SignInXeroPageTest, TheRightOrganisationIsFoundAndItsSignInSetOnTheDataset)
{
    openSignInWith(QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(signInPage()->stage(), SignInXeroPage::Stage::SigningIn);
    EXPECT_FALSE(nextButton()->isEnabled());
    waitForXeroForm();
    keepScreenshot(QStringLiteral("signin-xero-form"));
    signInAndAllow({SandboxScenario::contosoLtdTenantId});

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Done)) << whatThePageSays();
    EXPECT_TRUE(signInPage()->message().contains(QStringLiteral("Contoso Ltd found")));
    EXPECT_TRUE(signInPage()->message().contains(
        QStringLiteral("The new Xero sign-in was set on the dataset")));
    // The grant's 60 days are not the credential's lifetime: both are said, apart.
    EXPECT_TRUE(signInPage()->grantWarning().contains(QStringLiteral("30 minutes only")))
        << signInPage()->grantWarning().toStdString();
    EXPECT_TRUE(signInPage()->grantWarning().contains(QStringLiteral("not used before")));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(session()->xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
    keepScreenshot(QStringLiteral("signin-xero-done"));

    expectARefreshWithoutAPushCompletes();
}

TEST_F(SignInXeroPageTest, AWrongNameOffersTheOrganisationsTheSignInReached)
{
    openSignInWith(QStringLiteral("Fabrikam"));
    signInAndAllow({SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Choosing)) << whatThePageSays();
    // The list's separators follow the user's locale.
    EXPECT_TRUE(signInPage()->message().startsWith(
        QStringLiteral("No organisation called “Fabrikam” was found; this sign-in gave access "
                       "to: Contoso Ltd")))
        << whatThePageSays();
    EXPECT_TRUE(signInPage()->message().contains(QStringLiteral("Contoso Holdings")));
    EXPECT_FALSE(nextButton()->isEnabled());
    QListWidget *list = signInPage()->organisationList();
    ASSERT_EQ(list->count(), 2);
    keepScreenshot(QStringLiteral("signin-xero-choose"));

    const QList<QListWidgetItem *> contoso =
        list->findItems(QStringLiteral("Contoso Ltd"), Qt::MatchExactly);
    ASSERT_EQ(contoso.size(), 1);
    list->setCurrentItem(contoso.first());
    ASSERT_TRUE(signInPage()->useOrganisationButton()->isEnabled());
    signInPage()->useOrganisationButton()->click();

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Done)) << whatThePageSays();
    EXPECT_TRUE(signInPage()->message().contains(QStringLiteral("Contoso Ltd found")));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(session()->xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
    expectARefreshWithoutAPushCompletes();
}

TEST_F(SignInXeroPageTest, CancelOnXerosPageChangesNothingAndSigningInAgainWorks)
{
    openSignInWith(QStringLiteral("Contoso Ltd"));
    waitForXeroForm();
    markXeroPageUsed();
    xeroPage().click(QStringLiteral("cancel"));

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Cancelled)) << whatThePageSays();
    EXPECT_EQ(signInPage()->message(),
              QStringLiteral("Xero sign-in cancelled: nothing was changed."));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(session()->xero()->tenantId().isEmpty());
    keepScreenshot(QStringLiteral("signin-xero-cancelled"));

    QPushButton *again = signInPage()->signInAgainButton();
    ASSERT_TRUE(again->isVisible());
    again->click();
    EXPECT_EQ(signInPage()->stage(), SignInXeroPage::Stage::SigningIn);
    signInAndAllow({SandboxScenario::contosoLtdTenantId});
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Done)) << whatThePageSays();
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(SignInXeroPageTest, TheViewsOwnCancelButtonGivesTheSameNote)
{
    openSignInWith(QStringLiteral("Contoso Ltd"));
    waitForXeroForm();
    QPushButton *cancel = nullptr;
    for (QPushButton *button : signInPage()->signInView()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Cancel sign-in"))
            cancel = button;
    }
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Cancelled));
    EXPECT_EQ(signInPage()->message(),
              QStringLiteral("Xero sign-in cancelled: nothing was changed."));
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(SignInXeroPageTest, BackThenNextKeepsTheViewAndADoneSignIn)
{
    openSignInWith(QStringLiteral("Contoso Ltd"));
    SignInBrowser *view = signInPage()->signInView();
    signInAndAllow({SandboxScenario::contosoLtdTenantId});
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Done)) << whatThePageSays();

    wizard->back();
    ASSERT_TRUE(waitForPage(RepairWizard::PageEditCredentials));
    wizard->back();
    ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
    ASSERT_NO_FATAL_FAILURE(nextThroughTheTemporaryChoice());
    EXPECT_EQ(signInPage()->signInView(), view);
    EXPECT_EQ(signInPage()->stage(), SignInXeroPage::Stage::Done);
    EXPECT_TRUE(nextButton()->isEnabled());

    // Another name needs another check: a new sign-in starts in the same view.
    wizard->back();
    ASSERT_TRUE(waitForPage(RepairWizard::PageEditCredentials));
    wizard->back();
    ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
    page<ConfigureXeroPage>(RepairWizard::PageConfigureXero)
        ->nameEdit()
        ->setText(QStringLiteral("Contoso Holdings"));
    ASSERT_NO_FATAL_FAILURE(nextThroughTheTemporaryChoice());
    EXPECT_EQ(signInPage()->signInView(), view);
    EXPECT_EQ(signInPage()->stage(), SignInXeroPage::Stage::SigningIn);
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(SignInXeroPageTest, APushRefusedToSomeoneNotTheOwnerPointsToTakeOver)
{
    openSignInWith(QStringLiteral("Contoso Ltd"));
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("PATCH"), QStringLiteral("/gateways/.*/datasources/"))
            .withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException")));
    signInAndAllow({SandboxScenario::contosoLtdTenantId});

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Failed)) << whatThePageSays();
    EXPECT_TRUE(signInPage()->operationPanel()->isShowingError());
    EXPECT_FALSE(nextButton()->isEnabled());
    bool pointsToTakeOver = false;
    for (const QLabel *label : signInPage()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("Take over")) &&
            label->text().contains(QStringLiteral("step 2")))
            pointsToTakeOver = true;
    }
    EXPECT_TRUE(pointsToTakeOver) << whatThePageSays();
    keepScreenshot(QStringLiteral("signin-xero-not-owner"));
}

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

TEST_F(SignInXeroPageTest, SigningInWithGoogleGoesOnInTheBrowserAndComesBackToThePage)
{
    const QUrl loopback(QStringLiteral("http://localhost:%1/callback").arg(freePort()));
    services->xeroSignIn()->setLoopbackRedirectUri(loopback);
    openSignInWith(QStringLiteral("Contoso Ltd"));
    QList<QUrl> opened;
    signInPage()->signInView()->setExternalOpener([&](const QUrl &url) { opened.append(url); });

    // Xero's page offers Google, whose page refuses embedded browsers: the page says so.
    ASSERT_TRUE(xeroPages().chooseGoogleAtXero());
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::InBrowser)) << whatThePageSays();
    EXPECT_TRUE(
        signInPage()->message().contains(QStringLiteral("does not work inside this program")))
        << whatThePageSays();
    EXPECT_TRUE(signInPage()->continueInBrowserButton()->isVisible());
    EXPECT_FALSE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("signin-xero-google-offered"));

    signInPage()->continueInBrowserButton()->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_TRUE(signInPage()->operationPanel()->isBusy());
    EXPECT_TRUE(signInPage()->message().contains(QStringLiteral("Your web browser shows")));
    keepScreenshot(QStringLiteral("signin-xero-google-waiting"));

    // The browser: Xero's log-in, Google's, the consent, then the program's loopback address.
    const QUrl authorize = opened.first();
    EXPECT_EQ(
        QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        loopback.toString());
    const QUrl redirect =
        browser.xeroSignInWithGoogle(authorize, {SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(redirect.port(), loopback.port()) << browser.lastBody().toStdString();
    EXPECT_EQ(browser.open(redirect), 200);

    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Done)) << whatThePageSays();
    EXPECT_TRUE(signInPage()->message().contains(QStringLiteral("Contoso Ltd found")));
    EXPECT_EQ(session()->xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_TRUE(nextButton()->isEnabled());
    expectARefreshWithoutAPushCompletes();
}

TEST_F(SignInXeroPageTest, CancellingTheWaitForTheBrowserChangesNothing)
{
    services->xeroSignIn()->setLoopbackRedirectUri(
        QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort())));
    openSignInWith(QStringLiteral("Contoso Ltd"));
    signInPage()->signInView()->setExternalOpener([](const QUrl &) {});
    ASSERT_TRUE(xeroPages().chooseGoogleAtXero());
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::InBrowser)) << whatThePageSays();
    signInPage()->continueInBrowserButton()->click();
    ASSERT_TRUE(signInPage()->operationPanel()->isBusy());
    session()->cancel();
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Cancelled)) << whatThePageSays();
    EXPECT_TRUE(session()->xero()->tenantId().isEmpty());
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(SignInXeroPageTest, ScopesXeroRefusesAreExplainedWithWhatToChange)
{
    // An app created after 2 March 2026 (any client id but the sandbox's legacy one) asked for
    // the broad scopes: Xero shows its error screen in the view.
    services->xeroSignIn()->setScopes(XeroSignIn::broadScopes());
    openSignInWith(QStringLiteral("Contoso Ltd"));
    ASSERT_TRUE(waitForStage(SignInXeroPage::Stage::Failed)) << whatThePageSays();
    const QString sentence = signInPage()->operationPanel()->sentence();
    EXPECT_TRUE(sentence.contains(QStringLiteral("2 March 2026"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("xero/scopeSet=granular")))
        << sentence.toStdString();
    EXPECT_FALSE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("signin-xero-scope-refused"));
}
