#include "signinfixture.h"

#include <QUrlQuery>

namespace {

QUrl withState(QUrl url, const QString &state)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), state);
    url.setQuery(query);
    return url;
}

} // namespace

class MicrosoftSignInTest : public SignInFixture
{
protected:
    Result<OAuthTokens> complete(const QUrl &redirect)
    {
        return await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->completeSignIn(redirect, context, done);
        });
    }

    const QString tokenPath = QStringLiteral("/oauth2/v2\\.0/token$");
};

TEST_F(MicrosoftSignInTest, AuthorizeUrlAsksForPkceStateQueryModeAndAccountChoice)
{
    const QUrl url = microsoft->begin();
    EXPECT_EQ(url.path(), QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("client_id")), microsoftClientId);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("response_mode")), QStringLiteral("query"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("select_account"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")),
              QStringLiteral("S256"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    EXPECT_NE(query.queryItemValue(QStringLiteral("state")),
              query.queryItemValue(QStringLiteral("code_challenge")));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
              QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));
    const QStringList scopes =
        query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '));
    EXPECT_TRUE(scopes.contains(QStringLiteral("offline_access")));
    EXPECT_TRUE(scopes.contains(
        QStringLiteral("https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All")));
    EXPECT_TRUE(scopes.contains(
        QStringLiteral("https://analysis.windows.net/powerbi/api/Workspace.Read.All")));
}

TEST_F(MicrosoftSignInTest, ACompleteSignInGivesTokensForTheSandboxUser)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
    ASSERT_TRUE(microsoft->isRedirect(redirect)) << browser.lastBody().toStdString();
    const Result<OAuthTokens> tokens = complete(redirect);
    ASSERT_TRUE(tokens) << details(tokens.error());
    EXPECT_FALSE(tokens.value().accessToken().isEmpty());
    EXPECT_TRUE(tokens.value().hasRefreshToken());
    EXPECT_EQ(tokens.value().accountName(), SandboxScenario::microsoftUser);
    EXPECT_EQ(tokens.value().displayName(), SandboxScenario::microsoftUserName);
    EXPECT_NEAR(sandbox.now().addSecs(3600).secsTo(tokens.value().expiresAt()), 0, 2);
}

TEST_F(MicrosoftSignInTest, MismatchedStateIsRefusedAndNothingIsSent)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
    armTokenEndpointTripwire(tokenPath);

    const Result<OAuthTokens> forged = complete(withState(redirect, QStringLiteral("forged")));
    ASSERT_FALSE(forged);
    EXPECT_EQ(forged.error().code(), QStringLiteral("state_mismatch"));
    EXPECT_FALSE(forged.error().message().isEmpty());
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "the token endpoint was called";
    // The code is not in the error anywhere.
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
    EXPECT_FALSE(forged.error().technicalDetails().contains(code));

    // The forged answer did not spend the attempt: the genuine one still completes.
    sandbox.clearFaults();
    EXPECT_TRUE(complete(redirect));
}

TEST_F(MicrosoftSignInTest, ASecondCompletionWithTheSameCodeIsRefusedLocally)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
    ASSERT_TRUE(complete(redirect));
    armTokenEndpointTripwire(tokenPath);

    const Result<OAuthTokens> again = complete(redirect);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), QStringLiteral("answer_already_used"));
    EXPECT_EQ(sandbox.pendingFaults(), 1) << "the used code was sent again";
}

TEST_F(MicrosoftSignInTest, AnAnswerAtAnotherAddressIsRefused)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
    QUrl elsewhere = redirect;
    elsewhere.setHost(QStringLiteral("evil.example"));
    const Result<OAuthTokens> refused = complete(elsewhere);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), QStringLiteral("wrong_redirect"));
}

TEST_F(MicrosoftSignInTest, TheSandboxRefusesACodeWithAnotherVerifier)
{
    const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
    ASSERT_FALSE(code.isEmpty());

    // Somebody who caught the code but not the verifier tries to redeem it.
    OAuthClient thief(&transport, ApiError::Service::MicrosoftIdentity);
    const Result<OAuthTokens> stolen =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            thief.requestTokens(
                endpoints.microsoftTokenUrl(QStringLiteral("organizations")),
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("client_id"), microsoftClientId},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), MicrosoftSignIn::defaultRedirectUri().toString()},
                 {QStringLiteral("code_verifier"), Pkce::generate().verifier()}},
                context, done);
        });
    ASSERT_FALSE(stolen);
    EXPECT_EQ(stolen.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(stolen.error().httpStatus(), 400);
    EXPECT_EQ(stolen.error().code(), QStringLiteral("invalid_grant"));
    EXPECT_TRUE(stolen.error().message().contains(QStringLiteral("Code_Verifier")));
}

TEST_F(MicrosoftSignInTest, CancelOnTheSignInPageGivesCancelled)
{
    const QUrl redirect =
        browser.microsoftSignIn(microsoft->begin(), SandboxBrowser::Choice::Cancel);
    const Result<OAuthTokens> cancelled = complete(redirect);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind(), ApiError::Kind::Cancelled);
}

TEST_F(MicrosoftSignInTest, AnErrorAnswerGivesItsDescription)
{
    const QUrl url = microsoft->begin();
    const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
    QUrl answer = MicrosoftSignIn::defaultRedirectUri();
    answer.setQuery(
        QStringLiteral(
            "error=invalid_scope&error_description=AADSTS70011%3A+The+scope+is+not+valid.&state=") +
        state);
    const Result<OAuthTokens> refused = complete(answer);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), QStringLiteral("invalid_scope"));
    EXPECT_EQ(refused.error().message(), QStringLiteral("AADSTS70011: The scope is not valid."));
}

TEST_F(MicrosoftSignInTest, RefreshGivesANewAccessTokenAndARotatedRefreshToken)
{
    const Result<OAuthTokens> first = signInToMicrosoft();
    ASSERT_TRUE(first) << details(first.error());
    sandbox.advanceClock(3700);
    const Result<OAuthTokens> refreshed =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->refresh(first.value().refreshToken(), context, done);
        });
    ASSERT_TRUE(refreshed) << details(refreshed.error());
    EXPECT_NE(refreshed.value().accessToken(), first.value().accessToken());
    EXPECT_NE(refreshed.value().refreshToken(), first.value().refreshToken());
    EXPECT_NEAR(sandbox.now().addSecs(3600).secsTo(refreshed.value().expiresAt()), 0, 2);
}

TEST_F(MicrosoftSignInTest, ClientCredentialsWithTheRightSecretGiveAToken)
{
    const Result<OAuthTokens> token =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->clientCredentials(QStringLiteral("contoso-tenant"),
                                         SandboxScenario::servicePrincipalClientId,
                                         SandboxScenario::servicePrincipalSecret, context, done);
        });
    ASSERT_TRUE(token) << details(token.error());
    EXPECT_FALSE(token.value().accessToken().isEmpty());
    EXPECT_FALSE(token.value().hasRefreshToken());
}

TEST_F(MicrosoftSignInTest, AWrongSecretIsAnOrdinaryErrorThatNeverShowsTheSecret)
{
    const QString wrong = QStringLiteral("not-the-secret+&=");
    const Result<OAuthTokens> token =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->clientCredentials(QStringLiteral("contoso-tenant"),
                                         SandboxScenario::servicePrincipalClientId, wrong, context,
                                         done);
        });
    ASSERT_FALSE(token);
    // 401 invalid_client is not an expired token: no refresh would fix it.
    EXPECT_EQ(token.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(token.error().httpStatus(), 401);
    EXPECT_EQ(token.error().code(), QStringLiteral("invalid_client"));
    EXPECT_FALSE(token.error().technicalDetails().contains(wrong));
    EXPECT_FALSE(token.error().plainSentence().contains(wrong));
}

TEST(ServicePrincipal, IsReadFromTheAzureVariablesOnlyWhenAllThreeAreSet)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("tenant"));
    environment.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("client"));
    EXPECT_FALSE(ServicePrincipal::fromEnvironment(environment));
    environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("s3cret"));
    environment.insert(QStringLiteral("AZURE_AUTHORITY_HOST"),
                       QStringLiteral("https://login.microsoftonline.us/"));
    const auto principal = ServicePrincipal::fromEnvironment(environment);
    ASSERT_TRUE(principal);
    EXPECT_EQ(principal->tenantId(), QStringLiteral("tenant"));
    EXPECT_EQ(principal->clientId(), QStringLiteral("client"));
    EXPECT_EQ(principal->secret(), QStringLiteral("s3cret"));
    EXPECT_EQ(principal->authorityHost().toString(),
              QStringLiteral("https://login.microsoftonline.us"));
}
