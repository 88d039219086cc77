#include "sandboxfixture.h"

#include <QRegularExpression>

static const QString xeroRedirectUri = QStringLiteral("http://127.0.0.1:53999/xero");
static const QString xeroClientId = QStringLiteral("xra-xero-client");
static const QString xeroScope =
    QStringLiteral("openid profile email offline_access accounting.reports.read");

class XeroIdentitySandboxTest : public SandboxFixture
{
protected:
    QString authorizePath(const QString &challenge, const QString &state) const
    {
        const QList<QPair<QString, QString>> parameters{
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), xeroClientId},
            {QStringLiteral("redirect_uri"), xeroRedirectUri},
            {QStringLiteral("scope"), xeroScope},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        return QStringLiteral("/identity/connect/authorize?") +
               QString::fromLatin1(SandboxTestClient::formEncode(parameters));
    }

    // GET the sign-in page, post it, and answer the consent page.
    HttpResult consentPage(const QString &challenge, const QString &state)
    {
        const HttpResult page = client->get(authorizePath(challenge, state));
        EXPECT_EQ(page.status, 200);
        auto fields = SandboxTestClient::hiddenFields(page.body);
        fields.append({QStringLiteral("email"), SandboxScenario::xeroUser});
        fields.append({QStringLiteral("password"), SandboxScenario::password});
        fields.append({QStringLiteral("action"), QStringLiteral("signin")});
        return client->postForm(QStringLiteral("/identity/connect/authorize"), fields);
    }

    HttpResult consent(const QString &challenge, const QString &state, const QStringList &tenants,
                       const QString &action = QStringLiteral("allow"))
    {
        const HttpResult page = consentPage(challenge, state);
        auto fields = SandboxTestClient::hiddenFields(page.body);
        for (const QString &tenant : tenants)
            fields.append({QStringLiteral("tenant"), tenant});
        fields.append({QStringLiteral("action"), action});
        return client->postForm(QStringLiteral("/identity/connect/authorize"), fields);
    }

    HttpResult redeem(const QString &code, const QString &verifier)
    {
        return client->postForm(
            QStringLiteral("/connect/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("client_id"), xeroClientId},
             {QStringLiteral("code"), code},
             {QStringLiteral("redirect_uri"), xeroRedirectUri},
             {QStringLiteral("code_verifier"), verifier}});
    }

    HttpResult refresh(const QString &refreshToken,
                       const QString &clientId = QStringLiteral("sandbox-xero-client"))
    {
        return client->postForm(QStringLiteral("/connect/token"),
                                {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("refresh_token"), refreshToken}});
    }
};

TEST_F(XeroIdentitySandboxTest, ConsentPageListsBothOrganisationsWithCheckboxes)
{
    const HttpResult page = consentPage(SandboxTestClient::pkcePair().second, QStringLiteral("s"));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Contoso Ltd"));
    EXPECT_TRUE(page.body.contains("Contoso Holdings"));
    EXPECT_EQ(page.body.count("type=\"checkbox\" name=\"tenant\""), 2);
    EXPECT_TRUE(page.body.contains("Allow access"));
}

TEST_F(XeroIdentitySandboxTest,
       AllowAccessRedirectsWithCodeAndStateAndConnectsTheTickedOrganisation)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult redirect =
        consent(challenge, QStringLiteral("xs-1"), {SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(redirect.status, 302);
    EXPECT_TRUE(redirect.location().toString().startsWith(xeroRedirectUri));
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("xs-1"));

    const HttpResult tokens = redeem(query.value(QStringLiteral("code")), verifier);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    EXPECT_EQ(tokens.json().value(QStringLiteral("expires_in")).toInt(), 1800);
    EXPECT_FALSE(tokens.json().value(QStringLiteral("refresh_token")).toString().isEmpty());

    const HttpResult connections =
        client->get(QStringLiteral("/connections"),
                    tokens.json().value(QStringLiteral("access_token")).toString());
    ASSERT_EQ(connections.status, 200);
    const QJsonArray list = connections.jsonArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject connection = list.first().toObject();
    EXPECT_EQ(connection.value(QStringLiteral("tenantId")).toString(),
              SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(connection.value(QStringLiteral("tenantName")).toString(),
              QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(connection.value(QStringLiteral("tenantType")).toString(),
              QStringLiteral("ORGANISATION"));
    static const QRegularExpression noZoneSevenDigits(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}$"));
    EXPECT_TRUE(
        noZoneSevenDigits.match(connection.value(QStringLiteral("createdDateUtc")).toString())
            .hasMatch());
}

TEST_F(XeroIdentitySandboxTest, CancelOnTheConsentPageRedirectsWithAccessDenied)
{
    const HttpResult redirect = consent(SandboxTestClient::pkcePair().second,
                                        QStringLiteral("xs-2"), {}, QStringLiteral("cancel"));
    ASSERT_EQ(redirect.status, 302);
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_EQ(query.value(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("xs-2"));
}

TEST_F(XeroIdentitySandboxTest, AllowWithoutAnyOrganisationAsksAgain)
{
    const HttpResult page = consent(SandboxTestClient::pkcePair().second, QStringLiteral("s"), {});
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("at least one organisation"));
}

TEST_F(XeroIdentitySandboxTest, WrongVerifierAndReusedCodeAreInvalidGrant)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const QString code = SandboxTestClient::queryOf(consent(challenge, QStringLiteral("s"),
                                                            {SandboxScenario::contosoLtdTenantId})
                                                        .location())
                             .value(QStringLiteral("code"));
    const HttpResult wrong = redeem(code, SandboxTestClient::pkcePair().first);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("invalid_grant"));

    const auto [verifier2, challenge2] = SandboxTestClient::pkcePair();
    const QString code2 = SandboxTestClient::queryOf(consent(challenge2, QStringLiteral("s"),
                                                             {SandboxScenario::contosoLtdTenantId})
                                                         .location())
                              .value(QStringLiteral("code"));
    EXPECT_EQ(redeem(code2, verifier2).status, 200);
    EXPECT_EQ(redeem(code2, verifier2).errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroIdentitySandboxTest, VerifierOutsideTheAllowedAlphabetIsRefused)
{
    const QString badVerifier = QString(50, QLatin1Char('!'));
    const auto [unused, challenge] = SandboxTestClient::pkcePair();
    Q_UNUSED(unused);
    const QString code = SandboxTestClient::queryOf(consent(challenge, QStringLiteral("s"),
                                                            {SandboxScenario::contosoLtdTenantId})
                                                        .location())
                             .value(QStringLiteral("code"));
    EXPECT_EQ(redeem(code, badVerifier).errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroIdentitySandboxTest, RefreshRotatesAndTheOldTokenWorksOnlyDuringTheGracePeriod)
{
    const SandboxXeroTokens first = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    const HttpResult rotated = refresh(first.refreshToken);
    ASSERT_EQ(rotated.status, 200) << rotated.body.toStdString();
    const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
    EXPECT_NE(second, first.refreshToken);

    server.advanceClock(1700); // inside the 30-minute grace
    EXPECT_EQ(refresh(first.refreshToken).status, 200);

    server.advanceClock(200); // 1900 s after the rotation: grace is over
    const HttpResult late = refresh(first.refreshToken);
    EXPECT_EQ(late.status, 400);
    EXPECT_EQ(late.errorCode(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(refresh(second).status, 200);
}

TEST_F(XeroIdentitySandboxTest, UnusedRefreshTokenDiesAfterSixtyDays)
{
    const SandboxXeroTokens young = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    const SandboxXeroTokens old =
        server.issueXeroTokens({SandboxScenario::contosoHoldingsTenantId});
    server.advanceClock(59 * 24 * 3600);
    EXPECT_EQ(refresh(young.refreshToken).status, 200);
    server.advanceClock(24 * 3600 + 1);
    const HttpResult dead = refresh(old.refreshToken);
    EXPECT_EQ(dead.status, 400);
    EXPECT_EQ(dead.errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroIdentitySandboxTest, RefreshWithAnotherClientIdIsRefused)
{
    const SandboxXeroTokens tokens = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    EXPECT_EQ(refresh(tokens.refreshToken, QStringLiteral("someone-else")).status, 400);
}

TEST_F(XeroIdentitySandboxTest, RevocationEndsTheGrantAndItsConnections)
{
    const SandboxXeroTokens tokens = server.issueXeroTokens(
        {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});
    EXPECT_EQ(client->get(QStringLiteral("/connections"), tokens.accessToken).jsonArray().size(),
              2);
    const HttpResult revoked =
        client->postForm(QStringLiteral("/connect/revocation"),
                         {{QStringLiteral("token"), tokens.refreshToken},
                          {QStringLiteral("client_id"), QStringLiteral("sandbox-xero-client")}});
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(refresh(tokens.refreshToken).errorCode(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(client->get(QStringLiteral("/connections"), tokens.accessToken).status, 401);
}

TEST_F(XeroIdentitySandboxTest, TokenEndpointErrorsFollowTheOAuthShape)
{
    EXPECT_EQ(client
                  ->postForm(QStringLiteral("/connect/token"),
                             {{QStringLiteral("grant_type"), QStringLiteral("password")}})
                  .errorCode(),
              QStringLiteral("unsupported_grant_type"));
    EXPECT_EQ(client
                  ->postForm(QStringLiteral("/connect/token"),
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), QStringLiteral("x")}})
                  .errorCode(),
              QStringLiteral("invalid_client"));
    EXPECT_EQ(refresh(QStringLiteral("not-a-token")).errorCode(), QStringLiteral("invalid_grant"));
}

TEST_F(XeroIdentitySandboxTest, ExpiredAccessTokenGetsTokenExpiredFromConnections)
{
    const SandboxXeroTokens tokens = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    server.advanceClock(1801);
    const HttpResult expired = client->get(QStringLiteral("/connections"), tokens.accessToken);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json().value(QStringLiteral("Title")).toString(),
              QStringLiteral("Unauthorized"));
    EXPECT_EQ(expired.json().value(QStringLiteral("Status")).toInt(), 401);
    EXPECT_TRUE(expired.json()
                    .value(QStringLiteral("Detail"))
                    .toString()
                    .startsWith(QStringLiteral("TokenExpired: ")));
}

TEST_F(XeroIdentitySandboxTest, DeletingAConnectionAnswers204AndRemovesIt)
{
    const SandboxXeroTokens tokens = server.issueXeroTokens(
        {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});
    const QString id = client->get(QStringLiteral("/connections"), tokens.accessToken)
                           .jsonArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    EXPECT_EQ(
        client->deleteResource(QStringLiteral("/connections/") + id, tokens.accessToken).status,
        204);
    EXPECT_EQ(client->get(QStringLiteral("/connections"), tokens.accessToken).jsonArray().size(),
              1);
    EXPECT_EQ(
        client->deleteResource(QStringLiteral("/connections/") + id, tokens.accessToken).status,
        404);
}
