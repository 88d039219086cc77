#include "credentialpush.h"
#include "signinfixture.h"

#include <QMutex>
#include <QUrlQuery>

namespace {

QMutex logMutex;
QStringList *logLines = nullptr;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    if (logLines)
        logLines->append(QString::fromLatin1(context.category ? context.category : "") +
                         QLatin1String(": ") + message);
}

} // namespace

// Everything the sign-in classes log during a whole sign-in, refresh and push, with every
// category switched on, holds no token, code, verifier or secret.
class LogSecrecyTest : public SignInFixture
{
protected:
    void SetUp() override
    {
        SignInFixture::SetUp();
        QLoggingCategory::setFilterRules(QStringLiteral("xra.*=true\nxra.sandbox.*=false"));
        logLines = &lines;
        previous = qInstallMessageHandler(collect);
    }

    void TearDown() override
    {
        qInstallMessageHandler(previous);
        logLines = nullptr;
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
    }

    void expectNotLogged(const QString &secret, const char *what)
    {
        ASSERT_GE(secret.size(), 8) << what;
        for (const QString &line : std::as_const(lines))
            EXPECT_FALSE(line.contains(secret)) << what << " logged in: " << line.toStdString();
    }

    QStringList lines;
    QtMessageHandler previous = nullptr;
};

TEST_F(LogSecrecyTest, AFullSignInRefreshAndPushLogsNoSecret)
{
    const QUrl microsoftRedirect = browser.microsoftSignIn(microsoft->begin());
    const QString microsoftCode =
        QUrlQuery(microsoftRedirect).queryItemValue(QStringLiteral("code"));
    const Result<OAuthTokens> microsoftTokens =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            microsoft->completeSignIn(microsoftRedirect, context, done);
        });
    ASSERT_TRUE(microsoftTokens);
    ASSERT_TRUE(await<Done>([&](QObject *context, Callback<Done> done) {
        account->adoptSignIn(microsoftTokens.value(), context, done);
    }));

    const QUrl xeroRedirect =
        browser.xeroSignIn(xero->begin(), {SandboxScenario::contosoLtdTenantId});
    const QString xeroCode = QUrlQuery(xeroRedirect).queryItemValue(QStringLiteral("code"));
    const Result<OAuthTokens> xeroTokens =
        await<OAuthTokens>([&](QObject *context, Callback<OAuthTokens> done) {
            xero->completeSignIn(xeroRedirect, context, done);
        });
    ASSERT_TRUE(xeroTokens);
    ASSERT_TRUE(await<Done>([&](QObject *context, Callback<Done> done) {
        xeroAccount->adoptGrant(SandboxScenario::contosoLtdTenantId, xeroTokens.value(), context,
                                done);
    }));

    sandbox.advanceClock(3700); // both access tokens expire: everything refreshes
    CredentialPush push(account.get(), xeroAccount.get());
    const Dataset xeroDataset = financeDataset(SandboxScenario::xeroDatasetId);
    ASSERT_FALSE(xeroDataset.id().isEmpty());
    ASSERT_TRUE(await<Datasource>([&](QObject *context, Callback<Datasource> done) {
        push.push(xeroDataset, {}, SandboxScenario::contosoLtdTenantId, context, done);
    }));
    const Result<OAuthTokens> principal = await<OAuthTokens>([&](QObject *context,
                                                                 Callback<OAuthTokens> done) {
        microsoft->clientCredentials(QStringLiteral("t"), SandboxScenario::servicePrincipalClientId,
                                     SandboxScenario::servicePrincipalSecret, context, done);
    });
    ASSERT_TRUE(principal);

    ASSERT_FALSE(lines.isEmpty()) << "nothing was logged: the test would prove nothing";
    expectNotLogged(microsoftCode, "the Microsoft code");
    expectNotLogged(xeroCode, "the Xero code");
    expectNotLogged(microsoftTokens.value().accessToken(), "a Microsoft access token");
    expectNotLogged(microsoftTokens.value().refreshToken(), "a Microsoft refresh token");
    expectNotLogged(xeroTokens.value().accessToken(), "a Xero access token");
    expectNotLogged(xeroTokens.value().refreshToken(), "a Xero refresh token");
    expectNotLogged(principal.value().accessToken(), "a service principal token");
    expectNotLogged(SandboxScenario::servicePrincipalSecret, "the client secret");
    const std::optional<QString> rotated =
        stored(TokenKey::xeroRefreshToken(SandboxScenario::contosoLtdTenantId));
    ASSERT_TRUE(rotated);
    expectNotLogged(*rotated, "the rotated Xero refresh token");
    for (const QString &line : std::as_const(lines))
        EXPECT_FALSE(line.contains(QStringLiteral("code="))) << line.toStdString();
}
