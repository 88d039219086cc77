#include "signinpowerbipage.h"
#include "operationpanel.h"
#include "sandboxfault.h"
#include "sandboxsigninpages.h"
#include "scratchdatahome.h"
#include "signinview.h"
#include "webpagedriver.h"
#include "wizardfixture.h"

#include <QPushButton>

// Step 0, Sign in to Power BI, with the real embedded view on the sandbox's sign-in pages.

class SignInPowerBiPageTest : public WizardFixture
{
protected:
    void SetUp() override
    {
        // The sign-in profile's files go under this test's own folder, never the user's.
        ASSERT_FALSE(ScratchDataHome::useForCurrentTest().isEmpty());
        WizardFixture::SetUp();
    }

    SignInPowerBiPage *signInPage() const
    {
        return page<SignInPowerBiPage>(RepairWizard::PageSignInPowerBi);
    }

    // The wizard opened on the sign-in, its view showing the sandbox's form.
    void showSignInForm()
    {
        wizard->show();
        ASSERT_TRUE(waitUntil([&] { return signInPage()->signInView() != nullptr; }));
        ASSERT_TRUE(pages().waitForMicrosoftForm());
    }

    SandboxSignInPages pages() const { return SandboxSignInPages(signInPage()->signInView()); }
    WebPageDriver driver() const { return pages().driver(); }

    QPushButton *button(const QString &objectName) const
    {
        return signInPage()->findChild<QPushButton *>(objectName);
    }

    QPushButton *retryButton() const
    {
        const auto buttons = signInPage()->operationPanel()->findChildren<QPushButton *>();
        for (QPushButton *candidate : buttons) {
            if (candidate->accessibleName() == OperationPanel::tr("Try the step again"))
                return candidate;
        }
        return nullptr;
    }
};

TEST_F(SignInPowerBiPageTest, SigningInThroughTheViewEnablesNextAndShowsTheAccount)
{
    showSignInForm();
    EXPECT_FALSE(nextButton()->isEnabled());

    keepScreenshot(QStringLiteral("signinpowerbi-1-form"), 300);
    ASSERT_TRUE(pages().signInToMicrosoft());

    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    keepScreenshot(QStringLiteral("signinpowerbi-2-signed-in"), 300);
    EXPECT_TRUE(signInPage()->accountText().contains(SandboxScenario::microsoftUser));
    EXPECT_TRUE(signInPage()->accountText().contains(SandboxScenario::microsoftUserName));
    EXPECT_EQ(settings->value(MicrosoftSignInFlow::accountSettingsKey()).toString(),
              SandboxScenario::microsoftUser);
    EXPECT_TRUE(button(QStringLiteral("useAnotherAccount"))->isVisible());
}

TEST_F(SignInPowerBiPageTest, AFederatedWorkAccountSignsInThroughItsCompanysOwnPage)
{
    showSignInForm();
    QList<QUrl> opened;
    signInPage()->signInView()->setExternalOpener([&](const QUrl &url) { opened.append(url); });
    ASSERT_TRUE(pages().signInToMicrosoftAsFederatedUser());
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }))
        << signInPage()->operationPanel()->sentence().toStdString();
    EXPECT_TRUE(signInPage()->accountText().contains(SandboxScenario::federatedUser));
    EXPECT_TRUE(signInPage()->accountText().contains(SandboxScenario::federatedUserName));
    // Nothing of the sign-in went to the system browser.
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(SignInPowerBiPageTest, CancellingTheSignInLeavesNextDisabledWithANoteAndAWayBack)
{
    showSignInForm();
    driver().click(QStringLiteral("cancel"));

    ASSERT_TRUE(waitUntil([&] { return !signInPage()->stoppedText().isEmpty(); }));
    keepScreenshot(QStringLiteral("signinpowerbi-3-cancelled"), 300);
    EXPECT_EQ(signInPage()->operationPanel()->sentence(),
              SignInPowerBiPage::tr("Sign-in cancelled."));
    EXPECT_FALSE(signInPage()->operationPanel()->isShowingError());
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_FALSE(session()->microsoft()->isSignedIn());

    // Sign in again shows Microsoft's form once more, and this time it goes through.
    QPushButton *again = button(QStringLiteral("signInAgain"));
    ASSERT_TRUE(again && again->isVisible());
    again->click();
    ASSERT_TRUE(pages().waitForMicrosoftForm());
    ASSERT_TRUE(pages().signInToMicrosoft());
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
}

TEST_F(SignInPowerBiPageTest, TheViewsOwnCancelButtonAlsoStopsWithTheNote)
{
    showSignInForm();
    signInPage()->signInView()->cancel();
    EXPECT_EQ(signInPage()->operationPanel()->sentence(),
              SignInPowerBiPage::tr("Sign-in cancelled."));
    EXPECT_FALSE(signInPage()->stoppedText().isEmpty());
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(SignInPowerBiPageTest, AFailedCodeExchangeShowsTheErrorAndRetryStartsTheSignInAgain)
{
    showSignInForm();
    sandbox.addFault(
        SandboxFault::on(QStringLiteral("POST"), QStringLiteral("/oauth2/v2\\.0/token$"))
            .answering(400)
            .withBody(
                R"({"error":"invalid_grant","error_description":"AADSTS70008: The code has expired."})"));

    ASSERT_TRUE(pages().signInToMicrosoft());
    ASSERT_TRUE(waitUntil([&] { return signInPage()->operationPanel()->isShowingError(); }));
    keepScreenshot(QStringLiteral("signinpowerbi-4-error"), 300);
    EXPECT_FALSE(signInPage()->operationPanel()->sentence().isEmpty());
    EXPECT_FALSE(nextButton()->isEnabled());

    QPushButton *retry = retryButton();
    ASSERT_TRUE(retry && retry->isVisible());
    retry->click();
    EXPECT_FALSE(signInPage()->operationPanel()->isShowingError());
    ASSERT_TRUE(pages().waitForMicrosoftForm());
    ASSERT_TRUE(pages().signInToMicrosoft());
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    EXPECT_TRUE(session()->microsoft()->isSignedIn());
}

TEST_F(SignInPowerBiPageTest, AnAccountAlreadySignedInIsShownWithoutTheView)
{
    signInToPowerBi();
    wizard->show();

    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    EXPECT_EQ(signInPage()->signInView(), nullptr) << "the web engine started for nothing";
    EXPECT_TRUE(signInPage()->accountText().contains(SandboxScenario::microsoftUser));
}

TEST_F(SignInPowerBiPageTest, UseAnotherAccountSignsOutAndShowsTheSignIn)
{
    signInToPowerBi();
    wizard->show();
    ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
    ASSERT_TRUE(settings->contains(MicrosoftSignInFlow::accountSettingsKey()));

    button(QStringLiteral("useAnotherAccount"))->click();

    ASSERT_TRUE(waitUntil([&] { return signInPage()->signInView() != nullptr; }));
    EXPECT_FALSE(session()->microsoft()->isSignedIn());
    EXPECT_FALSE(settings->contains(MicrosoftSignInFlow::accountSettingsKey()));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(signInPage()->accountText().isEmpty());
    ASSERT_TRUE(pages().waitForMicrosoftForm());
}

TEST_F(SignInPowerBiPageTest, WithoutAnAppRegistrationThePageSaysSoPlainly)
{
    // No app registration: the settings name no client id.
    services->microsoftSignIn()->setClientId(QString());
    SignInPowerBiPage page(session()->operations(), session()->microsoft(), webContent.get());
    page.resize(700, 400);
    page.show();
    page.initializePage();
    ::keepScreenshot(&page, QStringLiteral("signinpowerbi-5-not-set-up"), 300);

    EXPECT_EQ(page.stoppedText(),
              SignInPowerBiPage::tr("Signing in to Power BI is not set up in this copy of the "
                                    "program: it has no app registration to sign in with."));
    EXPECT_EQ(page.signInView(), nullptr);
    EXPECT_FALSE(page.isComplete());
}
