#pragma once

#include "assistantrun.h"
#include "awaitresult.h"
#include "chosenorganisation.h"
#include "credentialrecords.h"
#include "endpoints.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "oauthtokens.h"
#include "powerbiclient.h"
#include "sandboxbrowser.h"
#include "sandboxscenario.h"
#include "standalonesandboxtest.h"
#include "tokenstore.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>

// Signs in to the standalone sandbox the way the window does (the sandbox's pages played over
// HTTP), so that the keychain and the settings hold what the window leaves there: then the
// command line must work with that account, and push the Xero credential before refreshing.
class AssistantWithStoredSignIn : public AssistantAgainstStandaloneSandbox
{
protected:
    void SetUp() override
    {
        AssistantAgainstStandaloneSandbox::SetUp();
        ASSERT_TRUE(configHome.isValid());
        settingsPath =
            configHome.filePath(QStringLiteral("XeroRefreshAssistant/xero-refresh-assistant.conf"));
    }
    void TearDown() override
    {
        // Leave no entry behind in the (throw-away) keychain for the other tests.
        if (!accountName.isEmpty())
            awaitResult<Done>([&](Callback<Done> done) {
                store.remove(TokenKey::microsoftRefreshToken(accountName), &context, done);
            });
        awaitResult<Done>([&](Callback<Done> done) {
            store.remove(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId), &context,
                         done);
        });
    }

    void signInLikeTheWindow()
    {
        const Endpoints endpoints = Endpoints::sandbox(QUrl(sandbox->root()));
        QSettings settings(settingsPath, QSettings::IniFormat);
        MicrosoftSignIn microsoft(&transport, endpoints);
        microsoft.setClientId(clientId);
        PowerBiClient client(&transport, endpoints.powerBiApiRoot());
        MicrosoftAccount account(&microsoft, &store, &client);
        const QUrl microsoftRedirect = browser.microsoftSignIn(microsoft.begin());
        const auto microsoftTokens = awaitResult<OAuthTokens>([&](Callback<OAuthTokens> done) {
            microsoft.completeSignIn(microsoftRedirect, &context, done);
        });
        ASSERT_TRUE(microsoftTokens.ok());
        ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                        account.adoptSignIn(microsoftTokens.value(), &context, done);
                    }).ok());
        accountName = account.accountName();
        secrets << microsoftTokens.value().accessToken() << microsoftTokens.value().refreshToken();

        XeroSignIn xero(&transport, endpoints);
        xero.setClientId(clientId);
        XeroAccount xeroAccount(&xero, &store, &settings);
        const QUrl xeroRedirect =
            browser.xeroSignIn(xero.begin(), {SandboxScenario::contosoLtdTenantId});
        const auto xeroTokens = awaitResult<OAuthTokens>(
            [&](Callback<OAuthTokens> done) { xero.completeSignIn(xeroRedirect, &context, done); });
        ASSERT_TRUE(xeroTokens.ok());
        ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                        xeroAccount.adoptGrant(SandboxScenario::contosoLtdTenantId,
                                               xeroTokens.value(), &context, done);
                    }).ok());
        xeroRefreshTokenAdopted = xeroTokens.value().refreshToken();
        secrets << xeroTokens.value().accessToken() << xeroRefreshTokenAdopted;

        settings.setValue(QStringLiteral("microsoft/clientId"), clientId);
        settings.setValue(QStringLiteral("microsoft/account"), accountName);
        settings.setValue(QStringLiteral("xero/clientId"), clientId);
        settings.setValue(ChosenOrganisation::tenantIdSettingsKey(),
                          SandboxScenario::contosoLtdTenantId);
        settings.sync();
    }

    // The user chose the temporary credential in the window, which recorded it, with the data
    // source it went to: refresh-now renews it before refreshing.
    void recordTemporaryCredential()
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        CredentialRecords records(&settings);
        CredentialRecord pushed;
        pushed.kind = CredentialRecord::Kind::Temporary;
        pushed.at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        pushed.expiresAt = pushed.at.addSecs(1800);
        const QString source =
            SandboxScenario::xeroGatewayId + QLatin1Char('/') + SandboxScenario::xeroDatasourceId;
        records.keep(source, pushed);
        settings.setValue(QStringLiteral("xeroSource/") + SandboxScenario::xeroDatasetId, source);
        settings.sync();
    }

    // The command line as the signed-in user: no service principal, this test's settings.
    ProcessRun userAssistant(QStringList arguments)
    {
        const QString root = sandbox->root();
        arguments << QStringLiteral("--authority-host") << root
                  << QStringLiteral("--powerbi-api-root") << root
                  << QStringLiteral("--xero-login-root") << root
                  << QStringLiteral("--xero-identity-root") << root
                  << QStringLiteral("--xero-api-root") << root;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
        const ProcessRun run = runAssistant(arguments, environment);
        expectNoSecrets(run);
        for (const QString &secret : std::as_const(secrets)) {
            EXPECT_FALSE(run.out.contains(secret));
            EXPECT_FALSE(run.err.contains(secret));
        }
        return run;
    }

    std::optional<QString> storedXeroRefreshToken()
    {
        TokenStore fresh(TokenStore::Backend::SystemKeychain, program);
        const auto stored =
            awaitResult<std::optional<QString>>([&](Callback<std::optional<QString>> done) {
                fresh.read(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId),
                           &context, done);
            });
        return stored.ok() ? stored.value() : std::nullopt;
    }

    const QString clientId = QStringLiteral("xra-cli-test");
    const QString program = QStringLiteral("xero-refresh-assistant");
    QObject context;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    TokenStore store{TokenStore::Backend::SystemKeychain, program};
    SandboxBrowser browser;
    QTemporaryDir configHome;
    QString settingsPath;
    QString accountName;
    QString xeroRefreshTokenAdopted;
    QStringList secrets;
};
