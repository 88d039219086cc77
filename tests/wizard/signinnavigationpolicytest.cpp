#include "signinnavigationpolicy.h"

#include <gtest/gtest.h>

using Decision = SignInNavigationPolicy::Decision;
using Trigger = SignInNavigationPolicy::Trigger;

static const QUrl nativeClientRedirect(
    QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));
static const QUrl xeroRedirect(QStringLiteral("http://localhost:5000/callback"));

static SignInNavigationPolicy microsoftPolicy()
{
    return SignInNavigationPolicy(nativeClientRedirect,
                                  {QStringLiteral("login.microsoftonline.com")});
}

static SignInNavigationPolicy xeroPolicy()
{
    return SignInNavigationPolicy(
        xeroRedirect,
        {QStringLiteral("login.xero.com"), QStringLiteral("identity.xero.com"),
         QStringLiteral("authorize.xero.com")},
        {QStringLiteral("accounts.google.com"), QStringLiteral("appleid.apple.com")});
}

static QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

TEST(SignInNavigationPolicy, CatchesTheRedirectWithItsAnswerWhereverItComesFrom)
{
    const QUrl answer =
        url("https://login.microsoftonline.com/common/oauth2/nativeclient?code=abc&state=xyz");
    for (const Trigger trigger : {Trigger::SignIn, Trigger::UserLink}) {
        EXPECT_EQ(microsoftPolicy().decide(answer, trigger, true), Decision::CatchRedirect);
        EXPECT_EQ(microsoftPolicy().decide(answer, trigger, false), Decision::CatchRedirect);
    }
    EXPECT_EQ(microsoftPolicy().decidePopup(answer), Decision::CatchRedirect);
}

TEST(SignInNavigationPolicy, RedirectMatchesSchemeHostAndExactPath)
{
    const SignInNavigationPolicy policy = microsoftPolicy();
    EXPECT_TRUE(
        policy.isRedirect(url("https://LOGIN.microsoftonline.com/common/oauth2/nativeclient")));
    EXPECT_FALSE(
        policy.isRedirect(url("https://login.microsoftonline.com/common/oauth2/nativeclient2")));
    EXPECT_FALSE(
        policy.isRedirect(url("http://login.microsoftonline.com/common/oauth2/nativeclient")));
    EXPECT_FALSE(policy.isRedirect(
        url("https://login.microsoftonline.com:8443/common/oauth2/nativeclient")));
    EXPECT_FALSE(
        policy.isRedirect(url("https://evil.example/common/oauth2/nativeclient?code=abc")));
}

TEST(SignInNavigationPolicy, LoopbackHttpRedirectMatchesAnyPort)
{
    const SignInNavigationPolicy policy(url("http://127.0.0.1:5000/callback"), {});
    EXPECT_EQ(policy.decide(url("http://127.0.0.1:6123/callback?code=a"), Trigger::SignIn, true),
              Decision::CatchRedirect);
    EXPECT_NE(policy.decide(url("http://127.0.0.1:6123/other?code=a"), Trigger::SignIn, true),
              Decision::CatchRedirect);
}

TEST(SignInNavigationPolicy, TheMainFrameFollowsTheSignInToWhateverHostItGoesTo)
{
    // Xero's log-in hands over to its consent host; a work account goes to its company's identity
    // provider, to certificate sign-in, to MFA registration: by redirect, form or script.
    EXPECT_EQ(
        xeroPolicy().decide(url("https://authorize.xero.com/signin-oidc"), Trigger::SignIn, true),
        Decision::Load);
    for (const char *page : {"https://adfs.fabrikam.example/adfs/ls/?wa=wsignin1.0",
                             "https://fabrikam.okta.example/app/office365/sso/wsfed/passive",
                             "https://certauth.login.microsoftonline.com/common/login",
                             "https://mysignins.microsoft.com/register"})
        EXPECT_EQ(microsoftPolicy().decide(url(page), Trigger::SignIn, true), Decision::Load)
            << page;
}

TEST(SignInNavigationPolicy, ALinkTheUserClicksToASiteOutsideTheSignInOpensInTheSystemBrowser)
{
    const SignInNavigationPolicy policy = xeroPolicy();
    EXPECT_EQ(policy.decide(url("https://www.xero.com/legal/privacy/"), Trigger::UserLink, true),
              Decision::OpenInBrowser);
    // A link to a page of the sign-in stays in the view.
    EXPECT_EQ(policy.decide(url("https://login.xero.com/identity/forgottenpassword"),
                            Trigger::UserLink, true),
              Decision::Load);
    EXPECT_EQ(policy.decide(url("https://authorize.xero.com/consent"), Trigger::UserLink, true),
              Decision::Load);
}

TEST(SignInNavigationPolicy, AHostTheSignInReachedIsPartOfItFromThenOn)
{
    SignInNavigationPolicy policy = microsoftPolicy();
    const QUrl company = url("https://adfs.fabrikam.example/adfs/ls/");
    const QUrl help = url("https://adfs.fabrikam.example/help");
    EXPECT_FALSE(policy.isPartOfSignIn(help));
    EXPECT_EQ(policy.decide(help, Trigger::UserLink, true), Decision::OpenInBrowser);

    policy.noteReached(company);
    EXPECT_TRUE(policy.isPartOfSignIn(help));
    EXPECT_EQ(policy.decide(help, Trigger::UserLink, true), Decision::Load);
    // The host as reached: same port only.
    EXPECT_FALSE(policy.isPartOfSignIn(url("https://adfs.fabrikam.example:8443/help")));
    EXPECT_FALSE(policy.isPartOfSignIn(url("https://www.fabrikam.example/")));
}

TEST(SignInNavigationPolicy, ABrowserOnlySignInPageContinuesInTheSystemBrowser)
{
    const SignInNavigationPolicy policy = xeroPolicy();
    const QUrl google = url("https://accounts.google.com/o/oauth2/v2/auth?client_id=x");
    for (const Trigger trigger : {Trigger::SignIn, Trigger::UserLink})
        EXPECT_EQ(policy.decide(google, trigger, true), Decision::ContinueInBrowser);
    EXPECT_EQ(policy.decide(url("https://appleid.apple.com/auth/authorize"), Trigger::SignIn, true),
              Decision::ContinueInBrowser);
    EXPECT_EQ(policy.decidePopup(google), Decision::ContinueInBrowser);
    // Google's own "Sign in with Google" button is a frame inside Xero's page.
    EXPECT_EQ(policy.decide(url("https://accounts.google.com/gsi/button"), Trigger::SignIn, false),
              Decision::Load);
}

TEST(SignInNavigationPolicy, PopUpsOpenInTheSystemBrowser)
{
    const SignInNavigationPolicy policy = xeroPolicy();
    EXPECT_EQ(policy.decidePopup(url("https://www.xero.com/legal/terms/")),
              Decision::OpenInBrowser);
    // Even to a page of the sign-in: the view has one window.
    EXPECT_EQ(policy.decidePopup(url("https://login.xero.com/identity/help")),
              Decision::OpenInBrowser);
    EXPECT_EQ(policy.decidePopup(url("file:///etc/passwd")), Decision::Refuse);
}

TEST(SignInNavigationPolicy, AFrameOfAnotherSiteIsPartOfItsPage)
{
    const QUrl captcha = url("https://captcha.example/frame");
    EXPECT_EQ(microsoftPolicy().decide(captcha, Trigger::SignIn, false), Decision::Load);
    EXPECT_EQ(microsoftPolicy().decide(url("http://captcha.example/"), Trigger::SignIn, false),
              Decision::Refuse);
}

TEST(SignInNavigationPolicy, PlainHttpIsRefusedExceptOnLoopback)
{
    const SignInNavigationPolicy policy(
        nativeClientRedirect, {QStringLiteral("signin.example.test"), QStringLiteral("127.0.0.1")});
    for (const Trigger trigger : {Trigger::SignIn, Trigger::UserLink}) {
        EXPECT_EQ(policy.decide(url("http://signin.example.test/login"), trigger, true),
                  Decision::Refuse);
        EXPECT_EQ(policy.decide(url("http://elsewhere.example/login"), trigger, true),
                  Decision::Refuse);
        EXPECT_EQ(policy.decide(url("https://signin.example.test/login"), trigger, true),
                  Decision::Load);
        EXPECT_EQ(policy.decide(url("http://127.0.0.1:8123/login"), trigger, true), Decision::Load);
    }
}

TEST(SignInNavigationPolicy, HostWithPortIsThatPortOnly)
{
    const SignInNavigationPolicy policy(nativeClientRedirect, {QStringLiteral("127.0.0.1:8123")});
    EXPECT_EQ(policy.decide(url("http://127.0.0.1:8123/a"), Trigger::UserLink, true),
              Decision::Load);
    EXPECT_EQ(policy.decide(url("http://127.0.0.1:8124/a"), Trigger::UserLink, true),
              Decision::OpenInBrowser);
    EXPECT_EQ(policy.decide(url("http://127.0.0.1:8124/a"), Trigger::SignIn, true), Decision::Load);
}

TEST(SignInNavigationPolicy, NonWebSchemesNeverBecomeTheWholePage)
{
    const SignInNavigationPolicy policy = microsoftPolicy();
    for (const Trigger trigger : {Trigger::SignIn, Trigger::UserLink}) {
        EXPECT_EQ(policy.decide(url("file:///etc/passwd"), trigger, true), Decision::Refuse);
        EXPECT_EQ(policy.decide(url("data:text/html,hello"), trigger, true), Decision::Refuse);
        EXPECT_EQ(policy.decide(url("ms-outlook://compose"), trigger, true), Decision::Refuse);
    }
    EXPECT_EQ(policy.decide(url("about:blank"), Trigger::SignIn, false), Decision::Load);
    EXPECT_EQ(policy.decide(url("ms-outlook://compose"), Trigger::SignIn, false), Decision::Refuse);
}

TEST(SignInNavigationPolicy, WhatIsShownOfAUrlLeavesOutTheCodeAndCredentials)
{
    const QString shown = SignInNavigationPolicy::forDisplay(
        url("https://user:pw@login.example/cb?code=secret-code&state=s#frag"));
    EXPECT_EQ(shown, QStringLiteral("https://login.example/cb"));
}

TEST(SignInNavigationPolicy, LoopbackHostsAreTheLoopbackAddressesAndLocalhost)
{
    EXPECT_TRUE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("127.5.6.7")));
    EXPECT_TRUE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("::1")));
    EXPECT_TRUE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("LOCALHOST")));
    EXPECT_FALSE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("127.0.0.1.example")));
    EXPECT_FALSE(SignInNavigationPolicy::isLoopbackHost(QStringLiteral("10.0.0.1")));
}
