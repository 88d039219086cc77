#include "powerbiwebfixture.h"

class PowerBiWebSandboxTest : public PowerBiWebFixture
{
};

TEST_F(PowerBiWebSandboxTest, TheSettingsPageSendsABrowserWithoutSessionThroughTheMicrosoftSignIn)
{
    const QString path = xeroSettingsPage().path();
    const HttpResult first = client->get(path);
    ASSERT_EQ(first.status, 302) << first.body.toStdString();
    const QUrl signIn = first.location();
    EXPECT_EQ(signIn.path(), QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    const auto query = SandboxTestClient::queryOf(signIn);
    EXPECT_EQ(query.value(QStringLiteral("client_id")), QStringLiteral("powerbi-web"));
    EXPECT_EQ(query.value(QStringLiteral("redirect_uri")),
              server.rootUrl().toString() + QStringLiteral("/signin-oidc"));
    EXPECT_EQ(query.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
}

TEST_F(PowerBiWebSandboxTest, ThePageSignsInOnceAndASecondVisitDoesNotAskAgain)
{
    const SandboxBrowser::WebPage first = browser.openPowerBiPage(xeroSettingsPage());
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_TRUE(first.askedToSignIn);
    EXPECT_TRUE(first.body.contains("Settings for Xero"));
    EXPECT_TRUE(first.body.contains("Data source credentials"));
    EXPECT_TRUE(first.body.contains("Edit credentials"));
    EXPECT_TRUE(first.body.contains("alex@contoso.example"));

    const SandboxBrowser::WebPage second = browser.openPowerBiPage(xeroSettingsPage());
    EXPECT_EQ(second.status, 200);
    EXPECT_FALSE(second.askedToSignIn);

    // A day on, the web app's session has ended; the Microsoft sign-in's own session has not,
    // so the browser goes through it without seeing its page (single sign-on).
    server.advanceClock(25 * 3600);
    const SandboxBrowser::WebPage later = browser.openPowerBiPage(xeroSettingsPage());
    EXPECT_EQ(later.status, 200) << later.body.toStdString();
    EXPECT_FALSE(later.askedToSignIn);
}

TEST_F(PowerBiWebSandboxTest,
       TheDataSourceCredentialsSectionIsCollapsedAndSaysTheCredentialIsBroken)
{
    const QByteArray html = browser.openPowerBiPage(xeroSettingsPage()).body;
    EXPECT_TRUE(html.contains("aria-controls=\"datasource-credentials-body\""));
    EXPECT_TRUE(html.contains("id=\"datasource-credentials-body\" hidden"));
    // The scenario's Xero data source holds no working credential.
    EXPECT_TRUE(html.contains("the credentials are invalid"));
    EXPECT_TRUE(html.contains("data-xero=\"true\""));
    EXPECT_TRUE(html.contains("Configure Xero"));
    EXPECT_TRUE(html.contains("Organisation name"));
    EXPECT_TRUE(html.contains("Privacy level setting for this data source"));
    EXPECT_TRUE(html.contains("window.open("));
}

TEST_F(PowerBiWebSandboxTest, MyWorkspaceFormAndAnUnknownDataset)
{
    const SandboxBrowser::WebPage budget =
        browser.openPowerBiPage(page(QStringLiteral("me"), SandboxScenario::budgetDatasetId));
    EXPECT_EQ(budget.status, 200);
    EXPECT_TRUE(budget.body.contains("Settings for Budget 2026"));
    EXPECT_TRUE(budget.body.contains("My workspace"));
    EXPECT_EQ(
        browser.openPowerBiPage(page(QStringLiteral("me"), SandboxScenario::xeroDatasetId)).status,
        404);
}

TEST_F(PowerBiWebSandboxTest, TheSignInButtonOpensTheConnectorsXeroSignIn)
{
    const QByteArray html = browser.openPowerBiPage(xeroSettingsPage()).body;
    static const QRegularExpression attribute(QStringLiteral("data-authorize-url=\"([^\"]+)\""));
    const QUrl authorize = QUrl::fromEncoded(
        SandboxTestClient::unescapeHtml(attribute.match(QString::fromUtf8(html)).captured(1))
            .toUtf8());
    EXPECT_EQ(authorize.path(), QStringLiteral("/identity/connect/authorize"));
    const auto query = SandboxTestClient::queryOf(authorize);
    EXPECT_EQ(query.value(QStringLiteral("client_id")), QStringLiteral("powerbi-xero-connector"));
    EXPECT_EQ(query.value(QStringLiteral("redirect_uri")),
              server.rootUrl().toString() + QStringLiteral("/views/oauthredirect.html"));
    EXPECT_TRUE(query.value(QStringLiteral("scope"))
                    .split(QLatin1Char(' '))
                    .contains(QStringLiteral("offline_access")));
    EXPECT_FALSE(query.value(QStringLiteral("state")).isEmpty());
}

TEST_F(PowerBiWebSandboxTest, TheOAuthRedirectPageHandsTheAnswerToItsOpenerAndCloses)
{
    const HttpResult redirectPage =
        client->get(QStringLiteral("/views/oauthredirect.html?code=abc&state=xyz"));
    ASSERT_EQ(redirectPage.status, 200);
    EXPECT_TRUE(redirectPage.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(redirectPage.body.contains("window.opener.postMessage"));
    EXPECT_TRUE(redirectPage.body.contains("OAuthResponse"));
    EXPECT_TRUE(redirectPage.body.contains("window.close()"));
}

TEST_F(PowerBiWebSandboxTest, EditCredentialsGivesALastingCredentialThatOutlivesItsXeroToken)
{
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));

    const SandboxBrowser::CredentialsEdit edit = enterCredentialsOnThePage();
    EXPECT_EQ(edit.popupRedirect.path(), QStringLiteral("/views/oauthredirect.html"));
    ASSERT_EQ(edit.status, 200) << browser.lastBody().toStdString();
    EXPECT_EQ(edit.answer.value(QStringLiteral("message")).toString(),
              QStringLiteral("Your data source credentials were updated."));
    EXPECT_FALSE(
        browser.openPowerBiPage(xeroSettingsPage()).body.contains("the credentials are invalid"));

    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
    // Two hours on, the Xero access token of the sign-in is long dead: Power BI renews it.
    server.advanceClock(2 * 3600);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
    EXPECT_FALSE(
        browser.openPowerBiPage(xeroSettingsPage()).body.contains("the credentials are invalid"));
}

TEST_F(PowerBiWebSandboxTest, AnAccessTokenPushedOverALastingCredentialReplacesIt)
{
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    const SandboxXeroTokens pushed = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(pushed.accessToken).status, 200);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));

    // The trap: the lasting credential is gone, and the pushed token dies in 30 minutes.
    server.advanceClock(2 * 3600);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));
    EXPECT_TRUE(latestRefresh(xeroDatasetApi())
                    .value(QStringLiteral("serviceExceptionJson"))
                    .toString()
                    .contains(QStringLiteral("DMTS_OAuthTokenRefreshFailedError")));
    EXPECT_TRUE(
        browser.openPowerBiPage(xeroSettingsPage()).body.contains("the credentials are invalid"));
}

TEST_F(PowerBiWebSandboxTest, ALastingCredentialEnteredOverAPushedTokenReplacesIt)
{
    const SandboxXeroTokens pushed = server.issueXeroTokens({SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(pushXeroToken(pushed.accessToken).status, 200);
    ASSERT_EQ(enterCredentialsOnThePage().status, 200);
    server.advanceClock(2 * 3600);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Completed"));
}

TEST_F(PowerBiWebSandboxTest, AnOrganisationNameThatWasNotConnectedIsRefused)
{
    const SandboxBrowser::CredentialsEdit edit =
        browser.editXeroCredentials(xeroSettingsPage(), QStringLiteral("Contoso Holdings"),
                                    {SandboxScenario::contosoLtdTenantId});
    EXPECT_EQ(edit.status, 400);
    const QString message = edit.answer.value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Contoso Holdings"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Contoso Ltd"))) << message.toStdString();
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));
}

TEST_F(PowerBiWebSandboxTest, ACancelledXeroSignInComesBackToTheRedirectPageAsAnError)
{
    const SandboxBrowser::CredentialsEdit edit = browser.editXeroCredentials(
        xeroSettingsPage(), QStringLiteral("Contoso Ltd"), {SandboxScenario::contosoLtdTenantId},
        SandboxBrowser::Choice::Cancel);
    EXPECT_EQ(edit.popupRedirect.path(), QStringLiteral("/views/oauthredirect.html"));
    EXPECT_EQ(SandboxTestClient::queryOf(edit.popupRedirect).value(QStringLiteral("error")),
              QStringLiteral("access_denied"));
    EXPECT_EQ(edit.status, 0); // the page shows the error and posts nothing
}

TEST_F(PowerBiWebSandboxTest, TheCredentialsPostNeedsTheWebSessionTheStateOfThePageAndAName)
{
    SandboxBrowser::CredentialsEdit edit =
        browser.signInInPopup(xeroSettingsPage(), {SandboxScenario::contosoLtdTenantId});
    ASSERT_FALSE(edit.credentialsUrl.isEmpty());
    const auto answer = SandboxTestClient::queryOf(edit.popupRedirect);
    const QJsonObject body{{QStringLiteral("code"), answer.value(QStringLiteral("code"))},
                           {QStringLiteral("state"), answer.value(QStringLiteral("state"))},
                           {QStringLiteral("organisationName"), QStringLiteral("Contoso Ltd")}};
    // Another browser, without the web session.
    EXPECT_EQ(client->postJson(edit.credentialsUrl.path(), body).status, 401);

    SandboxBrowser::CredentialsEdit forged = edit;
    forged.popupRedirect.setQuery(
        QStringLiteral("code=%1&state=forged").arg(answer.value(QStringLiteral("code"))));
    browser.postPopupAnswer(forged, QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(forged.status, 400);

    SandboxBrowser::CredentialsEdit unnamed =
        browser.signInInPopup(xeroSettingsPage(), {SandboxScenario::contosoLtdTenantId});
    browser.postPopupAnswer(unnamed, QString());
    EXPECT_EQ(unnamed.status, 400);
    EXPECT_TRUE(unnamed.answer.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("organisation")));
}

TEST_F(PowerBiWebSandboxTest, OnlyTheDatasetsOwnerMayEditItsCredentialsOnThePage)
{
    // A sign-in started by alex as the owner...
    SandboxBrowser::CredentialsEdit started =
        browser.signInInPopup(xeroSettingsPage(), {SandboxScenario::contosoLtdTenantId});
    ASSERT_FALSE(started.credentialsUrl.isEmpty());
    // ...then someone else takes the dataset over: alex is no longer its owner.
    const QString jordan = server.issuePowerBiAccessToken(SandboxScenario::otherOwner);
    ASSERT_EQ(
        client->postJson(xeroDatasetApi() + QStringLiteral("/Default.TakeOver"), {}, jordan).status,
        200);

    const SandboxBrowser::WebPage page = browser.openPowerBiPage(xeroSettingsPage());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(
        page.body.contains("Only the owner of this semantic model, jordan@contoso.example"));
    EXPECT_TRUE(page.body.contains("aria-disabled=\"true\""));
    EXPECT_TRUE(page.body.contains("data-authorize-url=\"\""));
    EXPECT_TRUE(browser.signInInPopup(xeroSettingsPage(), {SandboxScenario::contosoLtdTenantId})
                    .credentialsUrl.isEmpty()); // nothing to click

    browser.postPopupAnswer(started, QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(started.status, 403);
    EXPECT_EQ(refreshThroughTheApi(xeroDatasetApi()), QStringLiteral("Failed"));
}
