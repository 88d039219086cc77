#include "sandboxfixture.h"

#include <QJsonDocument>

const QString redirectUri = QStringLiteral("http://localhost:53682/callback");
const QString clientId = QStringLiteral("xra-desktop-client");
const QString scope = QStringLiteral(
    "https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All offline_access openid profile");
const QString tokenPath = QStringLiteral("/organizations/oauth2/v2.0/token");

class MicrosoftIdentitySandboxTest : public SandboxFixture
{
protected:
    QString authorizePath(const QString &challenge, const QString &state) const
    {
        const QList<QPair<QString, QString>> parameters{
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        return QStringLiteral("/organizations/oauth2/v2.0/authorize?") +
               QString::fromLatin1(SandboxTestClient::formEncode(parameters));
    }

    // Walks the HTML page as a browser would and answers the final redirect.
    HttpResult signIn(const QString &challenge, const QString &state, const QString &password,
                      const QString &action = QStringLiteral("signin"))
    {
        const HttpResult page = client->get(authorizePath(challenge, state));
        EXPECT_EQ(page.status, 200);
        auto fields = SandboxTestClient::hiddenFields(page.body);
        fields.append({QStringLiteral("email"), SandboxScenario::microsoftUser});
        fields.append({QStringLiteral("password"), password});
        fields.append({QStringLiteral("action"), action});
        return client->postForm(QStringLiteral("/organizations/oauth2/v2.0/authorize"), fields);
    }

    // The Microsoft page for a user of the federated domain: the answer is where it sends them.
    HttpResult federatedSignIn(const QString &challenge, const QString &state)
    {
        const HttpResult page = client->get(authorizePath(challenge, state));
        auto fields = SandboxTestClient::hiddenFields(page.body);
        fields.append({QStringLiteral("email"), SandboxScenario::federatedUser});
        fields.append({QStringLiteral("password"), QString()});
        fields.append({QStringLiteral("action"), QStringLiteral("signin")});
        return client->postForm(QStringLiteral("/organizations/oauth2/v2.0/authorize"), fields);
    }

    QString codeFromSignIn(const QString &challenge)
    {
        const HttpResult redirect =
            signIn(challenge, QStringLiteral("st"), SandboxScenario::password);
        return SandboxTestClient::queryOf(redirect.location()).value(QStringLiteral("code"));
    }

    HttpResult redeem(const QString &code, const QString &verifier,
                      const QString &redirect = redirectUri)
    {
        return client->postForm(
            tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("client_id"), clientId},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("redirect_uri"), redirect},
                        {QStringLiteral("code_verifier"), verifier}});
    }
};

TEST_F(MicrosoftIdentitySandboxTest, AuthorizePageIsASignInFormCarryingTheRequest)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult page = client->get(authorizePath(challenge, QStringLiteral("s1")));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("name=\"password\""));
    EXPECT_TRUE(page.body.contains("value=\"cancel\""));
    const auto fields = SandboxTestClient::hiddenFields(page.body);
    EXPECT_TRUE(fields.contains(qMakePair(QStringLiteral("code_challenge"), challenge)));
    EXPECT_TRUE(fields.contains(qMakePair(QStringLiteral("redirect_uri"), redirectUri)));
    EXPECT_TRUE(fields.contains(qMakePair(QStringLiteral("state"), QStringLiteral("s1"))));
}

TEST_F(MicrosoftIdentitySandboxTest, SignInRedirectsWithCodeAndStateAndTheCodeGivesWorkingTokens)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult redirect =
        signIn(challenge, QStringLiteral("state-42"), SandboxScenario::password);
    ASSERT_EQ(redirect.status, 302);
    const QUrl location = redirect.location();
    EXPECT_EQ(location.host(), QStringLiteral("localhost"));
    EXPECT_EQ(location.port(), 53682);
    EXPECT_EQ(location.path(), QStringLiteral("/callback"));
    const auto query = SandboxTestClient::queryOf(location);
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("state-42"));
    ASSERT_FALSE(query.value(QStringLiteral("code")).isEmpty());

    const HttpResult tokens = redeem(query.value(QStringLiteral("code")), verifier);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QJsonObject answer = tokens.json();
    EXPECT_EQ(answer.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(answer.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_FALSE(answer.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QString idToken = answer.value(QStringLiteral("id_token")).toString();
    const QJsonObject claims =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(idToken.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    EXPECT_EQ(claims.value(QStringLiteral("preferred_username")).toString(),
              SandboxScenario::microsoftUser);

    const HttpResult groups = client->get(QStringLiteral("/v1.0/myorg/groups"),
                                          answer.value(QStringLiteral("access_token")).toString());
    EXPECT_EQ(groups.status, 200);
}

TEST_F(MicrosoftIdentitySandboxTest, WrongPasswordShowsTheFormAgainWithAMessage)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult page = signIn(challenge, QStringLiteral("s"), QStringLiteral("wrong"));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("incorrect"));
    EXPECT_TRUE(page.body.contains("name=\"password\""));
}

TEST_F(MicrosoftIdentitySandboxTest, CancelRedirectsWithAccessDeniedAndState)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult redirect =
        signIn(challenge, QStringLiteral("s9"), {}, QStringLiteral("cancel"));
    ASSERT_EQ(redirect.status, 302);
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_EQ(query.value(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_FALSE(query.value(QStringLiteral("error_description")).isEmpty());
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("s9"));
    EXPECT_FALSE(query.contains(QStringLiteral("code")));
}

TEST_F(MicrosoftIdentitySandboxTest, WrongVerifierIsRefusedWithInvalidGrant)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = codeFromSignIn(challenge);
    const HttpResult refused = redeem(code, SandboxTestClient::pkcePair().first);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_grant"));
    EXPECT_TRUE(refused.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QStringLiteral("AADSTS")));
}

TEST_F(MicrosoftIdentitySandboxTest, ACodeWorksOnlyOnce)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = codeFromSignIn(challenge);
    EXPECT_EQ(redeem(code, verifier).status, 200);
    const HttpResult again = redeem(code, verifier);
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(MicrosoftIdentitySandboxTest, MismatchedRedirectUriIsRefused)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = codeFromSignIn(challenge);
    const HttpResult refused =
        redeem(code, verifier, QStringLiteral("https://evil.example/callback"));
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(MicrosoftIdentitySandboxTest, LoopbackRedirectMatchesWhateverThePort)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = codeFromSignIn(challenge);
    EXPECT_EQ(redeem(code, verifier, QStringLiteral("http://localhost:1234/callback")).status, 200);
}

TEST_F(MicrosoftIdentitySandboxTest, CodeExpiresAfterTenMinutes)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = codeFromSignIn(challenge);
    server.advanceClock(601);
    const HttpResult refused = redeem(code, verifier);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(MicrosoftIdentitySandboxTest, RefreshTokenGrantRotatesAndGivesAFreshAccessToken)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QJsonObject first = redeem(codeFromSignIn(challenge), verifier).json();
    server.advanceClock(3601);
    const HttpResult refreshed = client->postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("client_id"), clientId},
                    {QStringLiteral("refresh_token"),
                     first.value(QStringLiteral("refresh_token")).toString()}});
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    const QJsonObject second = refreshed.json();
    EXPECT_NE(second.value(QStringLiteral("refresh_token")).toString(),
              first.value(QStringLiteral("refresh_token")).toString());
    EXPECT_EQ(client
                  ->get(QStringLiteral("/v1.0/myorg/groups"),
                        first.value(QStringLiteral("access_token")).toString())
                  .status,
              403);
    EXPECT_EQ(client
                  ->get(QStringLiteral("/v1.0/myorg/groups"),
                        second.value(QStringLiteral("access_token")).toString())
                  .status,
              200);
}

// A kept sandbox (--sandbox) is another SandboxServer at the next start of the program, on
// other ports: the refresh token in the program's keychain must still be good there.
TEST_F(MicrosoftIdentitySandboxTest, ARefreshTokenStillWorksInTheKeptSandboxOfTheNextStart)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QJsonObject first = redeem(codeFromSignIn(challenge), verifier).json();
    SandboxServer nextStart;
    ASSERT_TRUE(nextStart.listen());
    QString problem;
    ASSERT_TRUE(nextStart.restore(server.snapshot(), &problem)) << problem.toStdString();
    server.reset(); // the first one is gone

    SandboxTestClient nextClient(nextStart.rootUrl());
    const HttpResult refreshed = nextClient.postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("client_id"), clientId},
                    {QStringLiteral("refresh_token"),
                     first.value(QStringLiteral("refresh_token")).toString()}});
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    EXPECT_EQ(nextClient
                  .get(QStringLiteral("/v1.0/myorg/groups"),
                       refreshed.json().value(QStringLiteral("access_token")).toString())
                  .status,
              200);
}

TEST_F(MicrosoftIdentitySandboxTest, RefreshTokenDiesAfterNinetyDays)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QJsonObject first = redeem(codeFromSignIn(challenge), verifier).json();
    server.advanceClock(90 * 24 * 3600 + 1);
    const HttpResult refused = client->postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("client_id"), clientId},
                    {QStringLiteral("refresh_token"),
                     first.value(QStringLiteral("refresh_token")).toString()}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(MicrosoftIdentitySandboxTest, ClientCredentialsWithTheRightSecretGiveAServicePrincipalToken)
{
    const HttpResult tokens = client->postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("client_id"), SandboxScenario::servicePrincipalClientId},
                    {QStringLiteral("client_secret"), SandboxScenario::servicePrincipalSecret},
                    {QStringLiteral("scope"),
                     QStringLiteral("https://analysis.windows.net/powerbi/api/.default")}});
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    EXPECT_FALSE(tokens.json().contains(QStringLiteral("refresh_token")));
    const QString access = tokens.json().value(QStringLiteral("access_token")).toString();
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/groups"), access).status, 200);
    // A service principal has no My workspace.
    EXPECT_EQ(client->get(QStringLiteral("/v1.0/myorg/datasets"), access).status, 401);
}

TEST_F(MicrosoftIdentitySandboxTest, ClientCredentialsWithAWrongSecretAre401InvalidClient)
{
    const HttpResult refused = client->postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("client_id"), SandboxScenario::servicePrincipalClientId},
                    {QStringLiteral("client_secret"), QStringLiteral("not-the-secret")},
                    {QStringLiteral("scope"),
                     QStringLiteral("https://analysis.windows.net/powerbi/api/.default")}});
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_client"));
}

TEST_F(MicrosoftIdentitySandboxTest, ClientCredentialsNeedADefaultScope)
{
    const HttpResult refused = client->postForm(
        tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("client_id"), SandboxScenario::servicePrincipalClientId},
                    {QStringLiteral("client_secret"), SandboxScenario::servicePrincipalSecret},
                    {QStringLiteral("scope"),
                     QStringLiteral("https://analysis.windows.net/powerbi/api/Dataset.Read.All")}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_scope"));
}

TEST_F(MicrosoftIdentitySandboxTest, UnknownGrantTypeIsUnsupported)
{
    const HttpResult refused =
        client->postForm(tokenPath, {{QStringLiteral("grant_type"), QStringLiteral("password")}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("unsupported_grant_type"));
}

TEST_F(MicrosoftIdentitySandboxTest, AuthorizeWithoutPkceRedirectsWithInvalidRequest)
{
    const HttpResult redirect = client->get(
        QStringLiteral("/common/oauth2/v2.0/authorize?client_id=a&response_type=code"
                       "&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&scope=openid&state=z"));
    ASSERT_EQ(redirect.status, 302);
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_EQ(query.value(QStringLiteral("error")), QStringLiteral("invalid_request"));
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("z"));
}

TEST_F(MicrosoftIdentitySandboxTest, AFederatedUserSignsInAtTheIdentityProviderAndComesBack)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult toCompany = federatedSignIn(challenge, QStringLiteral("fed-1"));
    ASSERT_EQ(toCompany.status, 302) << toCompany.body.toStdString();
    const QUrl identityProvider = toCompany.location();
    EXPECT_EQ(identityProvider.authority(),
              server.originUrl(SandboxOrigin::IdentityProvider).authority());
    EXPECT_EQ(SandboxTestClient::queryOf(identityProvider).value(QStringLiteral("username")),
              SandboxScenario::federatedUser);

    const HttpResult form = client->getUrl(identityProvider);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(form.body.contains("organisational account"));
    auto fields = SandboxTestClient::hiddenFields(form.body);
    fields.append({QStringLiteral("username"), SandboxScenario::federatedUser});
    fields.append({QStringLiteral("password"), QStringLiteral("wrong")});
    const QUrl formAction = identityProvider.resolved(QUrl(QStringLiteral("/adfs/ls/")));
    EXPECT_TRUE(client->postFormTo(formAction, fields).body.contains("Incorrect user ID"));
    fields.replace(fields.size() - 1, {QStringLiteral("password"), SandboxScenario::password});
    const HttpResult posted = client->postFormTo(formAction, fields);
    ASSERT_EQ(posted.status, 200);

    // The identity provider's page posts its assertion back to Microsoft by itself.
    const auto assertion = SandboxTestClient::hiddenFields(posted.body);
    EXPECT_TRUE(posted.body.contains(
        (server.rootUrl().toString() + QStringLiteral("/login.srf")).toUtf8()));
    const HttpResult redirect = client->postForm(QStringLiteral("/login.srf"), assertion);
    ASSERT_EQ(redirect.status, 302) << redirect.body.toStdString();
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_TRUE(redirect.location().toString().startsWith(redirectUri));
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("fed-1"));

    const HttpResult tokens = redeem(query.value(QStringLiteral("code")), verifier);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QString idToken = tokens.json().value(QStringLiteral("id_token")).toString();
    const QJsonObject claims =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(idToken.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    EXPECT_EQ(claims.value(QStringLiteral("preferred_username")).toString(),
              SandboxScenario::federatedUser);
    // The assertion is spent.
    EXPECT_EQ(client->postForm(QStringLiteral("/login.srf"), assertion).status, 400);
}
