#pragma once

#include "awaitresult.h"
#include "endpoints.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "powerbiclient.h"
#include "sandboxbrowser.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "tokenstore.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

inline std::string details(const ApiError &error)
{
    return error.technicalDetails().toStdString();
}

// A sandbox on a random loopback port and the sign-in classes pointed at it, with the
// sandbox's movable clock as everyone's "now". Tokens live in a memory-only store; settings in
// a private INI file.
class SignInFixture : public ::testing::Test
{
protected:
    static inline const QString xeroClientId = QStringLiteral("sandbox-xero-client");
    static inline const QString microsoftClientId = QStringLiteral("assistant-test-client");

    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
        ASSERT_TRUE(sandbox.listen()) << sandbox.errorString().toStdString();
        ASSERT_TRUE(settingsDir.isValid());
        transport.setTransferTimeout(std::chrono::seconds(5));
        transport.setRetryAfterCap(std::chrono::seconds(2));
        endpoints = Endpoints::sandbox(
            sandbox.rootUrl(),
            {{QStringLiteral("Google"), sandbox.originUrl(SandboxOrigin::Google).authority()}});
        settings = std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("test.ini")),
                                               QSettings::IniFormat);

        microsoft = std::make_unique<MicrosoftSignIn>(&transport, endpoints);
        microsoft->setClientId(microsoftClientId);
        microsoft->setClock(clock());
        powerBi = std::make_unique<PowerBiClient>(&transport, endpoints.powerBiApiRoot());
        account = std::make_unique<MicrosoftAccount>(microsoft.get(), &store, powerBi.get());
        account->setClock(clock());

        xero = std::make_unique<XeroSignIn>(&transport, endpoints);
        xero->setClientId(xeroClientId);
        xero->setClock(clock());
        xeroAccount = std::make_unique<XeroAccount>(xero.get(), &store, settings.get());
        xeroAccount->setClock(clock());
    }

    UtcClock clock()
    {
        return [this] {
            return sandbox.now();
        };
    }

    template<typename T, typename Start> Result<T> await(Start start)
    {
        return awaitResult<T>([&](Callback<T> done) { start(&context, done); });
    }

    Result<OAuthTokens> signInToMicrosoft()
    {
        const QUrl redirect = browser.microsoftSignIn(microsoft->begin());
        return await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->completeSignIn(redirect, context, done);
        });
    }

    // A complete Power BI sign-in, kept by the account.
    void signInAccount()
    {
        const Result<OAuthTokens> tokens = signInToMicrosoft();
        ASSERT_TRUE(tokens) << details(tokens.error());
        const Result<Done> adopted = await<Done>([&](QObject *context, Callback<Done> done) {
            account->adoptSignIn(tokens.value(), context, done);
        });
        ASSERT_TRUE(adopted) << details(adopted.error());
    }

    Result<OAuthTokens> signInToXero(const QStringList &tenantIds)
    {
        const QUrl redirect = browser.xeroSignIn(xero->begin(), tenantIds);
        return await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            xero->completeSignIn(redirect, context, done);
        });
    }

    // A Xero sign-in for Contoso Ltd, its grant kept by xeroAccount; gives the refresh token.
    QString adoptContosoLtdGrant()
    {
        const Result<OAuthTokens> tokens = signInToXero({SandboxScenario::contosoLtdTenantId});
        EXPECT_TRUE(tokens) << details(tokens.error());
        if (!tokens)
            return {};
        const Result<Done> adopted = await<Done>([&](QObject *context, Callback<Done> done) {
            xeroAccount->adoptGrant(SandboxScenario::contosoLtdTenantId, tokens.value(), context,
                                    done);
        });
        EXPECT_TRUE(adopted) << details(adopted.error());
        return tokens.value().refreshToken();
    }

    std::optional<QString> stored(const TokenKey &key)
    {
        const Result<std::optional<QString>> value = await<std::optional<QString>>(
            [&](QObject *context, auto done) { store.read(key, context, done); });
        return value ? value.value() : std::nullopt;
    }

    void storeToken(const TokenKey &key, const QString &secret)
    {
        const Result<Done> written = await<Done>([&](QObject *context, Callback<Done> done) {
            store.write(key, secret, context, done);
        });
        ASSERT_TRUE(written);
    }

    Result<QString> freshXeroToken(const QString &tenantId = SandboxScenario::contosoLtdTenantId)
    {
        return await<QString>([&](QObject *context, Callback<QString> done) {
            xeroAccount->freshAccessToken(tenantId, context, done);
        });
    }

    Result<QList<XeroConnection>> connections(const QString &accessToken)
    {
        return await<QList<XeroConnection>>(
            [&](QObject *context, auto done) { xero->connections(accessToken, context, done); });
    }

    // The dataset of the finance workspace with this id, as the signed-in account lists it.
    Dataset financeDataset(const QString &datasetId)
    {
        const Result<QList<Dataset>> listed =
            await<QList<Dataset>>([&](QObject *context, Callback<QList<Dataset>> done) {
                account->call<QList<Dataset>>(
                    [](PowerBiClient &client, QObject *callContext, Callback<QList<Dataset>> r) {
                        client.listDatasets(SandboxScenario::financeWorkspaceId, callContext, r);
                    },
                    context, done);
            });
        EXPECT_TRUE(listed) << details(listed.error());
        if (listed) {
            for (const Dataset &dataset : listed.value()) {
                if (dataset.id() == datasetId)
                    return dataset;
            }
        }
        ADD_FAILURE() << "dataset not listed";
        return {};
    }

    // A fault that answers the next token request with 500; still pending afterwards proves
    // that nothing was sent to the token endpoint.
    void armTokenEndpointTripwire(const QString &pathPattern)
    {
        sandbox.addFault(SandboxFault::on(QStringLiteral("POST"), pathPattern).answering(500));
    }

    SandboxServer sandbox;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    Endpoints endpoints;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    TokenStore store{TokenStore::Backend::MemoryOnly, QStringLiteral("xra-signin-test")};
    std::unique_ptr<MicrosoftSignIn> microsoft;
    std::unique_ptr<PowerBiClient> powerBi;
    std::unique_ptr<MicrosoftAccount> account;
    std::unique_ptr<XeroSignIn> xero;
    std::unique_ptr<XeroAccount> xeroAccount;
    SandboxBrowser browser;
    QObject context;
};
