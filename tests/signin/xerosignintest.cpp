#include "organisationmatcher.h"
#include "signinfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrlQuery>

class XeroSignInTest : public SignInFixture
{
protected:
    Result<OAuthTokens> complete(const QUrl &redirect)
    {
        return await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            xero->completeSignIn(redirect, context, done);
        });
    }

    const QString tokenPath = QStringLiteral("^/connect/token$");
};

TEST_F(XeroSignInTest, AuthorizeUrlCarriesPkceStateAndTheConfiguredScopes)
{
    xero->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                     QStringLiteral("accounting.reports.profitandloss.read")});
    const QUrl url = xero->begin();
    EXPECT_EQ(url.path(), QStringLiteral("/identity/connect/authorize"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("openid offline_access accounting.reports.profitandloss.read"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")),
              QStringLiteral("S256"));
    EXPECT_NE(query.queryItemValue(QStringLiteral("state")),
              query.queryItemValue(QStringLiteral("code_challenge")));
}

// Xero apps created on or after 2 March 2026 may only ask for granular scopes.
TEST(XeroScopes, TheDefaultsAreGranularAndTheBroadOnesAreForOlderApps)
{
    EXPECT_EQ(XeroSignIn::defaultScopes().join(QLatin1Char(' ')),
              QStringLiteral("openid profile email offline_access accounting.invoices.read "
                             "accounting.payments.read accounting.banktransactions.read "
                             "accounting.manualjournals.read accounting.reports.profitandloss.read "
                             "accounting.reports.balancesheet.read "
                             "accounting.reports.trialbalance.read accounting.reports.aged.read "
                             "accounting.settings.read accounting.contacts.read"));
    EXPECT_EQ(XeroSignIn::broadScopes().join(QLatin1Char(' ')),
              QStringLiteral("openid profile email offline_access accounting.transactions.read "
                             "accounting.reports.read accounting.settings.read "
                             "accounting.contacts.read"));
}

TEST(XeroScopes, TheSettingsChooseTheScopeSetAndAnExplicitListWins)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    XeroSignIn xero(nullptr, Endpoints::preset(Endpoints::Cloud::Public));
    xero.loadSettings(settings);
    EXPECT_EQ(xero.scopes(), XeroSignIn::defaultScopes());
    EXPECT_EQ(xero.loopbackRedirectUri(), QUrl(QStringLiteral("http://localhost:53682/callback")));

    settings.setValue(XeroSignIn::scopeSetSettingsKey(), QStringLiteral("broad"));
    settings.setValue(QStringLiteral("xero/loopbackRedirectUri"),
                      QStringLiteral("http://127.0.0.1:53700/xero"));
    xero.loadSettings(settings);
    EXPECT_EQ(xero.scopes(), XeroSignIn::broadScopes());
    EXPECT_FALSE(xero.hasCustomScopes());
    EXPECT_EQ(xero.loopbackRedirectUri(), QUrl(QStringLiteral("http://127.0.0.1:53700/xero")));

    settings.setValue(XeroSignIn::scopesSettingsKey(), QStringLiteral("openid offline_access"));
    xero.loadSettings(settings);
    EXPECT_EQ(xero.scopes(),
              (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access")}));
    EXPECT_TRUE(xero.hasCustomScopes());
}

TEST_F(XeroSignInTest, TheBroadScopesEndAtXerosErrorScreenForANewAppWhichIsExplained)
{
    xero->setScopes(XeroSignIn::broadScopes());
    // Xero shows its error screen and never comes back: there is no redirect to catch.
    const QUrl redirect = browser.xeroSignIn(xero->begin(), {SandboxScenario::contosoLtdTenantId});
    EXPECT_TRUE(redirect.isEmpty()) << redirect.toString().toStdString();
    const QString screen = QString::fromUtf8(browser.lastBody());
    ASSERT_TRUE(screen.contains(QStringLiteral("Invalid scope for client")));

    const std::optional<ApiError> explained = xero->errorShown(500, screen);
    ASSERT_TRUE(explained);
    EXPECT_EQ(explained->code(), QStringLiteral("XeroScopeRefused"));
    EXPECT_TRUE(explained->message().contains(QStringLiteral("2 March 2026")));
    EXPECT_TRUE(explained->message().contains(QStringLiteral("xero/scopeSet=granular")));
    // Any other page, or a page that answered fine, means nothing here.
    EXPECT_FALSE(xero->errorShown(500, QStringLiteral("Sorry, something went wrong")));
    EXPECT_FALSE(xero->errorShown(200, screen));
}

TEST_F(XeroSignInTest, AnAppCreatedBeforeMarch2026MayStillSignInWithTheBroadScopes)
{
    xero->setClientId(SandboxScenario::xeroLegacyClientId);
    xero->setScopes(XeroSignIn::broadScopes());
    const Result<OAuthTokens> tokens = signInToXero({SandboxScenario::contosoLtdTenantId});
    ASSERT_TRUE(tokens) << details(tokens.error()) << browser.lastBody().toStdString();
    EXPECT_TRUE(tokens.value().hasRefreshToken());
}

TEST_F(XeroSignInTest, ARefusedScopeRedirectedBackIsExplainedToo)
{
    // Some report invalid_scope, or unauthorized_client, at the redirect URI.
    for (const auto &[error, description] :
         {std::pair{QStringLiteral("invalid_scope"), QString()},
          std::pair{QStringLiteral("unauthorized_client"),
                    QStringLiteral("Invalid scope for client")}}) {
        const QUrl authorize = xero->begin();
        QUrl answer = xero->redirectUri();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("error"), error);
        if (!description.isEmpty())
            query.addQueryItem(QStringLiteral("error_description"), description);
        query.addQueryItem(QStringLiteral("state"),
                           QUrlQuery(authorize).queryItemValue(QStringLiteral("state")));
        answer.setQuery(query);
        const Result<OAuthTokens> refused = complete(answer);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code(), QStringLiteral("XeroScopeRefused"));
        // The granular scopes were refused: an older app, which the broad set may suit.
        EXPECT_TRUE(refused.error().message().contains(QStringLiteral("xero/scopeSet=broad")))
            << refused.error().message().toStdString();
    }
}

TEST_F(XeroSignInTest, ASignInInTheBrowserRedirectsToTheLoopbackUriAndRedeemsWithIt)
{
    const QUrl loopback(QStringLiteral("http://localhost:53999/callback"));
    xero->setLoopbackRedirectUri(loopback);
    const QUrl authorize = xero->begin(loopback);
    EXPECT_EQ(
        QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        loopback.toString());
    const QUrl redirect =
        browser.xeroSignInWithGoogle(authorize, {SandboxScenario::contosoLtdTenantId});
    ASSERT_EQ(redirect.port(), 53999) << browser.lastBody().toStdString();
    EXPECT_TRUE(xero->isRedirect(redirect));
    const Result<OAuthTokens> tokens = complete(redirect);
    ASSERT_TRUE(tokens) << details(tokens.error());
    EXPECT_EQ(tokens.value().accountName(), SandboxScenario::xeroUser);
}

TEST_F(XeroSignInTest, SignInThenConnectionsListsTheConsentedOrganisations)
{
    const Result<OAuthTokens> tokens = signInToXero(
        {SandboxScenario::contosoLtdTenantId, SandboxScenario::contosoHoldingsTenantId});
    ASSERT_TRUE(tokens) << details(tokens.error()) << browser.lastBody().toStdString();
    EXPECT_TRUE(tokens.value().hasRefreshToken());
    EXPECT_EQ(tokens.value().accountName(), SandboxScenario::xeroUser);
    EXPECT_NEAR(sandbox.now().addSecs(1800).secsTo(tokens.value().expiresAt()), 0, 2);

    const Result<QList<XeroConnection>> listed = connections(tokens.value().accessToken());
    ASSERT_TRUE(listed) << details(listed.error());
    ASSERT_EQ(listed.value().size(), 2);
    const XeroConnection &first = listed.value().first();
    EXPECT_EQ(first.tenantId(), SandboxScenario::contosoLtdTenantId);
    EXPECT_EQ(first.tenantName(), QStringLiteral("Contoso Ltd"));
    EXPECT_EQ(first.tenantType(), QStringLiteral("ORGANISATION"));
    EXPECT_FALSE(first.id().isEmpty());
    EXPECT_FALSE(first.authEventId().isEmpty());
    EXPECT_TRUE(first.createdDateUtc().isValid());
    EXPECT_TRUE(first.updatedDateUtc().isValid());
    EXPECT_EQ(first.createdDateUtc().timeSpec(), Qt::UTC);

    // Step 3's name, typed loosely, picks Contoso Ltd among them.
    const auto match = OrganisationMatcher::match(QStringLiteral("contoso  LTD"), listed.value());
    ASSERT_EQ(match.outcome, OrganisationMatcher::Outcome::ExactlyOne);
    EXPECT_EQ(match.matches.first().tenantId(), SandboxScenario::contosoLtdTenantId);
}

TEST(XeroConnection, ReadsZonelessSevenDigitTimestampsAsUtc)
{
    const QByteArray body = R"([{"id":"c1","authEventId":"a1","tenantId":"t1",
        "tenantType":"PRACTICE","tenantName":"Contoso Practice",
        "createdDateUtc":"2026-01-05T09:15:30.1234567","updatedDateUtc":"2026-02-01T00:00:00.0000000"}])";
    const auto connections = XeroConnection::listFromJson(body);
    ASSERT_TRUE(connections) << details(connections.error());
    ASSERT_EQ(connections.value().size(), 1);
    EXPECT_EQ(connections.value().first().tenantType(), QStringLiteral("PRACTICE"));
    EXPECT_EQ(connections.value().first().createdDateUtc(),
              QDateTime(QDate(2026, 1, 5), QTime(9, 15, 30, 123), Qt::UTC));
}

TEST(XeroConnection, AnUnreadableConnectionIsLeftOutAndTheOthersKept)
{
    const auto connections = XeroConnection::listFromJson(
        R"([{"id":"c1","tenantId":42},{"id":"c2","tenantId":"t2","tenantName":"Contoso Ltd"}])");
    ASSERT_TRUE(connections) << details(connections.error());
    ASSERT_EQ(connections.value().size(), 1);
    EXPECT_EQ(connections.value().first().tenantName(), QStringLiteral("Contoso Ltd"));

    const auto notAList = XeroConnection::listFromJson(R"({"id":"c1"})");
    ASSERT_FALSE(notAList);
    EXPECT_EQ(notAList.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(notAList.error().service(), ApiError::Service::Xero);
}

TEST_F(XeroSignInTest, MismatchedStateIsRefusedAndNothingIsSent)
{
    const QUrl redirect = browser.xeroSignIn(xero->begin(), {SandboxScenario::contosoLtdTenantId});
    armTokenEndpointTripwire(tokenPath);
    QUrl forged = redirect;
    QUrlQuery query(forged);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), Pkce::randomState());
    forged.setQuery(query);
    const Result<OAuthTokens> refused = complete(forged);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), QStringLiteral("state_mismatch"));
    EXPECT_EQ(refused.error().service(), ApiError::Service::Xero);
    EXPECT_EQ(sandbox.pendingFaults(), 1);
}

TEST_F(XeroSignInTest, ReusedAnswerIsRefusedLocallyAndCancelGivesCancelled)
{
    const QUrl redirect = browser.xeroSignIn(xero->begin(), {SandboxScenario::contosoLtdTenantId});
    ASSERT_TRUE(complete(redirect));
    armTokenEndpointTripwire(tokenPath);
    const Result<OAuthTokens> again = complete(redirect);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), QStringLiteral("answer_already_used"));
    EXPECT_EQ(sandbox.pendingFaults(), 1);

    const QUrl cancelled = browser.xeroSignIn(xero->begin(), {}, SandboxBrowser::Choice::Cancel);
    const Result<OAuthTokens> outcome = complete(cancelled);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind(), ApiError::Kind::Cancelled);
}

TEST_F(XeroSignInTest, RevocationDisconnectsTheGrant)
{
    const Result<OAuthTokens> tokens = signInToXero({SandboxScenario::contosoLtdTenantId});
    ASSERT_TRUE(tokens);
    const Result<Done> revoked = await<Done>([&](QObject *context, Callback<Done> done) {
        xero->revoke(tokens.value().refreshToken(), context, done);
    });
    ASSERT_TRUE(revoked) << details(revoked.error());
    const Result<OAuthTokens> refreshed =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            xero->refresh(tokens.value().refreshToken(), context, done);
        });
    ASSERT_FALSE(refreshed);
    EXPECT_EQ(refreshed.error().code(), QStringLiteral("invalid_grant"));
}
