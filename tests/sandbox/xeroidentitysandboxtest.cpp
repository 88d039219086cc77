#include "sandboxfixture.h"

#include <QRegularExpression>

static const QString xeroRedirectUri = QStringLiteral("http://127.0.0.1:53999/xero");
static const QString xeroClientId = QStringLiteral("xra-xero-client");
static const QString xeroScope =
    QStringLiteral("openid profile email offline_access accounting.reports.profitandloss.read");
static const QString broadScope =
    QStringLiteral("openid profile email offline_access accounting.transactions.read "
                   "accounting.reports.read accounting.settings.read");

class XeroIdentitySandboxTest : public SandboxFixture
{
protected:
    QString authorizePath(const QString &challenge, const QString &state,
                          const QString &scope = xeroScope,
                          const QString &clientId = xeroClientId) const
    {
        const QList<QPair<QString, QString>> parameters{
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("redirect_uri"), xeroRedirectUri},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        return QStringLiteral("/identity/connect/authorize?") +
               QString::fromLatin1(SandboxTestClient::formEncode(parameters));
    }

    QUrl authorizeOrigin() const { return server.originUrl(SandboxOrigin::XeroAuthorize); }

    // GETs `from`, following redirects on the way, as a browser would; `url` ends as the URL of
    // the answer given.
    HttpResult follow(QUrl &url, HttpResult answer)
    {
        for (int hops = 0; answer.status == 302 && hops < 8; ++hops) {
            url = url.resolved(answer.location());
            answer = client->getUrl(url);
        }
        return answer;
    }

    // GET the log-in page and post it: the answer is the hand-over to the consent origin.
    HttpResult logIn(const QString &challenge, const QString &state)
    {
        const HttpResult page = client->get(authorizePath(challenge, state));
        EXPECT_EQ(page.status, 200);
        auto fields = SandboxTestClient::hiddenFields(page.body);
        fields.append({QStringLiteral("email"), SandboxScenario::xeroUser});
        fields.append({QStringLiteral("password"), SandboxScenario::password});
        fields.append({QStringLiteral("action"), QStringLiteral("signin")});
        return client->postForm(QStringLiteral("/identity/connect/authorize"), fields);
    }

    // Log in, then follow the hand-over to the consent page, on the consent origin.
    HttpResult consentPage(const QString &challenge, const QString &state)
    {
        QUrl url = client->root();
        return follow(url, logIn(challenge, state));
    }

    HttpResult consent(const QString &challenge, const QString &state, const QStringList &tenants,
                       const QString &action = QStringLiteral("allow"))
    {
        const HttpResult page = consentPage(challenge, state);
        auto fields = SandboxTestClient::hiddenFields(page.body);
        for (const QString &tenant : tenants)
            fields.append({QStringLiteral("tenant"), tenant});
        fields.append({QStringLiteral("action"), action});
        return client->postFormTo(authorizeOrigin().resolved(QUrl(QStringLiteral("/consent"))),
                                  fields);
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

TEST_F(XeroIdentitySandboxTest, TheLogInHandsOverToTheAuthorizeOriginWhichAsksForConsent)
{
    // As login.xero.com hands over to authorize.xero.com: a redirect to another origin.
    const HttpResult handOver = logIn(SandboxTestClient::pkcePair().second, QStringLiteral("s"));
    ASSERT_EQ(handOver.status, 302) << handOver.body.toStdString();
    const QUrl signInOidc = handOver.location();
    EXPECT_EQ(signInOidc.authority(), authorizeOrigin().authority());
    EXPECT_EQ(signInOidc.path(), QStringLiteral("/signin-oidc"));
    EXPECT_NE(authorizeOrigin().port(), server.rootUrl().port());

    const HttpResult toConsent = client->getUrl(signInOidc);
    ASSERT_EQ(toConsent.status, 302);
    const QUrl consentUrl = signInOidc.resolved(toConsent.location());
    EXPECT_EQ(consentUrl.authority(), authorizeOrigin().authority());
    const HttpResult page = client->getUrl(consentUrl);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Allow access"));
    // The hand-over code works once.
    EXPECT_EQ(client->getUrl(signInOidc).status, 400);
}

TEST_F(XeroIdentitySandboxTest, EachOriginServesOnlyItsOwnRoutes)
{
    const HttpResult page = consentPage(SandboxTestClient::pkcePair().second, QStringLiteral("s"));
    const auto fields = SandboxTestClient::hiddenFields(page.body);
    // The consent is not on the log-in origin, and the log-in is not on the consent origin.
    EXPECT_EQ(client->postForm(QStringLiteral("/consent"), fields).status, 404);
    EXPECT_EQ(client
                  ->getUrl(authorizeOrigin().resolved(QUrl(
                      authorizePath(SandboxTestClient::pkcePair().second, QStringLiteral("s")))))
                  .status,
              404);
    EXPECT_EQ(
        client->getUrl(authorizeOrigin().resolved(QUrl(QStringLiteral("/_sandbox/clock")))).status,
        404);
}

TEST_F(XeroIdentitySandboxTest, BroadScopesGetXerosErrorScreenForAnAppCreatedSinceMarch2026)
{
    const HttpResult answer = client->get(
        authorizePath(SandboxTestClient::pkcePair().second, QStringLiteral("s"), broadScope));
    // Nothing comes back to the app: Xero's own error screen, HTTP 500.
    ASSERT_EQ(answer.status, 302);
    EXPECT_FALSE(answer.location().toString().startsWith(xeroRedirectUri));
    QUrl url = client->root();
    const HttpResult screen = follow(url, answer);
    EXPECT_EQ(screen.status, 500);
    EXPECT_EQ(url.path(), QStringLiteral("/identity/error"));
    EXPECT_TRUE(screen.body.contains("unauthorized_client : Invalid scope for client"))
        << screen.body.toStdString();
}

TEST_F(XeroIdentitySandboxTest, TheLegacyAppMayStillAskForTheBroadScopes)
{
    const HttpResult page =
        client->get(authorizePath(SandboxTestClient::pkcePair().second, QStringLiteral("s"),
                                  broadScope, SandboxScenario::xeroLegacyClientId));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Log in to Xero"));
}

TEST_F(XeroIdentitySandboxTest, SignInWithGoogleGoesToTheGoogleOriginWhichRefusesEmbeddedBrowsers)
{
    const HttpResult page =
        client->get(authorizePath(SandboxTestClient::pkcePair().second, QStringLiteral("s")));
    auto fields = SandboxTestClient::hiddenFields(page.body);
    fields.append({QStringLiteral("action"), QStringLiteral("google")});
    const HttpResult toGoogle =
        client->postForm(QStringLiteral("/identity/connect/authorize"), fields);
    ASSERT_EQ(toGoogle.status, 302);
    const QUrl google = toGoogle.location();
    EXPECT_EQ(google.authority(), server.originUrl(SandboxOrigin::Google).authority());

    const HttpResult refused = client->getUrl(
        google, {{"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like "
                                "Gecko) QtWebEngine/6.4.2 Chrome/102.0.5005.177 Safari/537.36"}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(refused.body.contains("Couldn't sign you in"));
    EXPECT_TRUE(refused.body.contains("This browser or app may not be secure."));
}

TEST_F(XeroIdentitySandboxTest, SignInWithGoogleInABrowserContinuesTheXeroAuthorization)
{
    const auto [verifier, challenge] = SandboxTestClient::pkcePair();
    const HttpResult page = client->get(authorizePath(challenge, QStringLiteral("g-1")));
    auto fields = SandboxTestClient::hiddenFields(page.body);
    fields.append({QStringLiteral("action"), QStringLiteral("google")});
    const QUrl google =
        client->postForm(QStringLiteral("/identity/connect/authorize"), fields).location();
    const HttpResult googlePage = client->getUrl(google);
    ASSERT_EQ(googlePage.status, 200);
    auto googleFields = SandboxTestClient::hiddenFields(googlePage.body);
    googleFields.append({QStringLiteral("email"), SandboxScenario::googleUser});
    googleFields.append({QStringLiteral("password"), SandboxScenario::password});
    const HttpResult backToXero = client->postFormTo(
        google.resolved(QUrl(QStringLiteral("/o/oauth2/v2/auth"))), googleFields);
    ASSERT_EQ(backToXero.status, 302);
    QUrl url = backToXero.location();
    EXPECT_EQ(url.authority(), server.rootUrl().authority());
    EXPECT_EQ(url.path(), QStringLiteral("/signin-google"));

    // Xero's log-in then hands over to the consent as after a password.
    const HttpResult consentPage = follow(url, client->getUrl(url));
    ASSERT_EQ(consentPage.status, 200) << consentPage.body.toStdString();
    EXPECT_EQ(url.authority(), authorizeOrigin().authority());
    auto consent = SandboxTestClient::hiddenFields(consentPage.body);
    consent.append({QStringLiteral("tenant"), SandboxScenario::contosoLtdTenantId});
    consent.append({QStringLiteral("action"), QStringLiteral("allow")});
    const HttpResult redirect =
        client->postFormTo(url.resolved(QUrl(QStringLiteral("/consent"))), consent);
    ASSERT_EQ(redirect.status, 302);
    const auto query = SandboxTestClient::queryOf(redirect.location());
    EXPECT_EQ(query.value(QStringLiteral("state")), QStringLiteral("g-1"));
    EXPECT_EQ(redeem(query.value(QStringLiteral("code")), verifier).status, 200);
}

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
