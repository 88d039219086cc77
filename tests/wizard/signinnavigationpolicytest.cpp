#include "signinnavigationpolicy.h"

#include <gtest/gtest.h>

using Decision = SignInNavigationPolicy::Decision;

static const QUrl nativeClientRedirect(
    QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));

static SignInNavigationPolicy microsoftPolicy()
{
    return SignInNavigationPolicy(nativeClientRedirect,
                                  {QStringLiteral("login.microsoftonline.com")});
}

TEST(SignInNavigationPolicy, CatchesTheRedirectWithItsAnswerInEveryFrame)
{
    const QUrl answer(QStringLiteral(
        "https://login.microsoftonline.com/common/oauth2/nativeclient?code=abc&state=xyz"));
    EXPECT_EQ(microsoftPolicy().decide(answer, true), Decision::CatchRedirect);
    EXPECT_EQ(microsoftPolicy().decide(answer, false), Decision::CatchRedirect);
}

TEST(SignInNavigationPolicy, RedirectMatchesSchemeHostAndExactPath)
{
    const SignInNavigationPolicy policy = microsoftPolicy();
    EXPECT_TRUE(policy.isRedirect(
        QUrl(QStringLiteral("https://LOGIN.microsoftonline.com/common/oauth2/nativeclient"))));
    EXPECT_FALSE(policy.isRedirect(
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient2"))));
    EXPECT_FALSE(policy.isRedirect(
        QUrl(QStringLiteral("http://login.microsoftonline.com/common/oauth2/nativeclient"))));
    EXPECT_FALSE(policy.isRedirect(
        QUrl(QStringLiteral("https://login.microsoftonline.com:8443/common/oauth2/nativeclient"))));
    EXPECT_FALSE(policy.isRedirect(
        QUrl(QStringLiteral("https://evil.example/common/oauth2/nativeclient?code=abc"))));
}

TEST(SignInNavigationPolicy, LoopbackHttpRedirectMatchesAnyPort)
{
    const SignInNavigationPolicy policy(QUrl(QStringLiteral("http://127.0.0.1:5000/callback")), {});
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("http://127.0.0.1:6123/callback?code=a")), true),
              Decision::CatchRedirect);
    EXPECT_NE(policy.decide(QUrl(QStringLiteral("http://127.0.0.1:6123/other?code=a")), true),
              Decision::CatchRedirect);
}

TEST(SignInNavigationPolicy, SignInHostsLoadInTheView)
{
    const QUrl page(
        QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    EXPECT_EQ(microsoftPolicy().decide(page, true), Decision::Load);
}

TEST(SignInNavigationPolicy, OtherSitesOpenInTheSystemBrowser)
{
    const QUrl help(QStringLiteral("https://support.example/help"));
    EXPECT_EQ(microsoftPolicy().decide(help, true), Decision::OpenInBrowser);
    // Inside a sign-in page, a frame of another site is part of that page, but only over https.
    EXPECT_EQ(microsoftPolicy().decide(help, false), Decision::Load);
    EXPECT_EQ(microsoftPolicy().decide(QUrl(QStringLiteral("http://support.example/")), false),
              Decision::Refuse);
}

TEST(SignInNavigationPolicy, PlainHttpIsRefusedExceptOnLoopback)
{
    const SignInNavigationPolicy policy(
        nativeClientRedirect, {QStringLiteral("signin.example.test"), QStringLiteral("127.0.0.1")});
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("http://signin.example.test/login")), true),
              Decision::Refuse);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("https://signin.example.test/login")), true),
              Decision::Load);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("http://127.0.0.1:8123/login")), true),
              Decision::Load);
}

TEST(SignInNavigationPolicy, HostWithPortAllowsOnlyThatPort)
{
    const SignInNavigationPolicy policy(nativeClientRedirect, {QStringLiteral("127.0.0.1:8123")});
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("http://127.0.0.1:8123/a")), true), Decision::Load);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("http://127.0.0.1:8124/a")), true),
              Decision::OpenInBrowser);
}

TEST(SignInNavigationPolicy, NonWebSchemesNeverBecomeTheWholePage)
{
    const SignInNavigationPolicy policy = microsoftPolicy();
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("file:///etc/passwd")), true), Decision::Refuse);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("data:text/html,hello")), true), Decision::Refuse);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("ms-outlook://compose")), true), Decision::Refuse);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("about:blank")), false), Decision::Load);
}

TEST(SignInNavigationPolicy, WhatIsShownOfAUrlLeavesOutTheCodeAndCredentials)
{
    const QString shown = SignInNavigationPolicy::forDisplay(
        QUrl(QStringLiteral("https://user:pw@login.example/cb?code=secret-code&state=s#frag")));
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
