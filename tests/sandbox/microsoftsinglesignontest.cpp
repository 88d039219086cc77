#include "sandboxfixture.h"

// The Microsoft sign-in remembers the browser that signed in (its session cookie) and does not
// ask again, as login.microsoftonline.com does. The test client keeps cookies like a browser.
class MicrosoftSingleSignOnTest : public SandboxFixture
{
protected:
    static QString authorize(const QString &prompt = {})
    {
        QString path = QStringLiteral("/organizations/oauth2/v2.0/authorize?client_id=app&"
                                      "response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&"
                                      "scope=openid&state=s1&code_challenge_method=S256&"
                                      "code_challenge=") +
                       SandboxTestClient::pkcePair().second;
        if (!prompt.isEmpty())
            path += QStringLiteral("&prompt=") + prompt;
        return path;
    }

    // The sign-in page's form, filled and sent.
    HttpResult signIn(SandboxTestClient &browser)
    {
        const HttpResult page = browser.get(authorize());
        auto fields = SandboxTestClient::hiddenFields(page.body);
        fields.append({QStringLiteral("email"), SandboxScenario::microsoftUser});
        fields.append({QStringLiteral("password"), SandboxScenario::password});
        fields.append({QStringLiteral("action"), QStringLiteral("signin")});
        return browser.postForm(QStringLiteral("/organizations/oauth2/v2.0/authorize"), fields);
    }
};

TEST_F(MicrosoftSingleSignOnTest, ABrowserThatSignedInIsNotAskedAgain)
{
    EXPECT_EQ(client->get(authorize()).status, 200);
    const HttpResult signedIn = signIn(*client);
    ASSERT_EQ(signedIn.status, 302);
    EXPECT_TRUE(signedIn.header("Set-Cookie").startsWith("ESTSAUTH="));

    const HttpResult again = client->get(authorize());
    ASSERT_EQ(again.status, 302) << again.body.toStdString();
    const auto answer = SandboxTestClient::queryOf(again.location());
    EXPECT_FALSE(answer.value(QStringLiteral("code")).isEmpty());
    EXPECT_EQ(answer.value(QStringLiteral("state")), QStringLiteral("s1"));
}

TEST_F(MicrosoftSingleSignOnTest, APromptForAnAccountOrALoginShowsThePageAnyway)
{
    ASSERT_EQ(signIn(*client).status, 302);
    EXPECT_EQ(client->get(authorize(QStringLiteral("select_account"))).status, 200);
    EXPECT_EQ(client->get(authorize(QStringLiteral("login"))).status, 200);
    EXPECT_EQ(client->get(authorize(QStringLiteral("none"))).status, 302);
}

TEST_F(MicrosoftSingleSignOnTest, ASilentRequestWithoutSessionIsLoginRequired)
{
    const HttpResult silent = client->get(authorize(QStringLiteral("none")));
    ASSERT_EQ(silent.status, 302);
    EXPECT_EQ(SandboxTestClient::queryOf(silent.location()).value(QStringLiteral("error")),
              QStringLiteral("login_required"));
}

TEST_F(MicrosoftSingleSignOnTest, TheSessionEndsAndAnotherBrowserHasNone)
{
    ASSERT_EQ(signIn(*client).status, 302);
    SandboxTestClient otherBrowser(server.rootUrl());
    EXPECT_EQ(otherBrowser.get(authorize()).status, 200);
    server.advanceClock(89 * 24 * 3600);
    EXPECT_EQ(client->get(authorize()).status, 302);
    server.advanceClock(2 * 24 * 3600);
    EXPECT_EQ(client->get(authorize()).status, 200);
}
