#include "awaitresult.h"
#include "credentialpush.h"
#include "endpoints.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "organisationmatcher.h"
#include "powerbiclient.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "signinprofile.h"
#include "signinview.h"
#include "tokenstore.h"
#include "webpagedriver.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <unistd.h>

// After a whole sign-in to Power BI and Xero through the real embedded view, a credential push
// and a completed refresh, no token, code or secret may be found in the settings file, in the
// program's data folder outside the web profile, or in anything printed or logged. The tokens
// must be in the system keychain instead.

namespace {

constexpr int waitMs = 20000;

// Everything written to stdout and stderr, and every Qt message, while it lives.
class OutputCapture
{
public:
    OutputCapture()
    {
        m_file.open();
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = dup(STDOUT_FILENO);
        m_savedErr = dup(STDERR_FILENO);
        dup2(m_file.handle(), STDOUT_FILENO);
        dup2(m_file.handle(), STDERR_FILENO);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_messages = &m_messages;
        m_previousHandler = qInstallMessageHandler(&OutputCapture::keep);
    }
    ~OutputCapture() { stop(); }
    QString everything()
    {
        std::fflush(stdout);
        std::fflush(stderr);
        QFile printed(m_file.fileName());
        printed.open(QIODevice::ReadOnly);
        return QString::fromUtf8(printed.readAll()) + m_messages.join(QLatin1Char('\n'));
    }
    int messageCount() const { return static_cast<int>(m_messages.size()); }
    // Stops capturing; what was captured is kept for everything().
    void stop()
    {
        if (m_savedOut < 0)
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        qInstallMessageHandler(m_previousHandler);
        s_messages = nullptr;
        QLoggingCategory::setFilterRules(QString());
        dup2(m_savedOut, STDOUT_FILENO);
        dup2(m_savedErr, STDERR_FILENO);
        close(m_savedOut);
        close(m_savedErr);
        m_savedOut = m_savedErr = -1;
    }

private:
    static void keep(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (s_messages)
            s_messages->append(QString::fromUtf8(context.category) + QLatin1String(": ") + message);
    }
    static inline QStringList *s_messages = nullptr;
    QTemporaryFile m_file;
    QStringList m_messages;
    QtMessageHandler m_previousHandler = nullptr;
    int m_savedOut = -1;
    int m_savedErr = -1;
};

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QStringList filesUnder(const QString &folder, const QString &except = {})
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (except.isEmpty() || !path.startsWith(except))
            files << path;
    }
    return files;
}

QString contentsOf(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromLatin1(file.readAll());
}

} // namespace

class SignInSecretsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(dataFolder).removeRecursively();
        ASSERT_TRUE(sandbox.listen());
        endpoints = Endpoints::sandbox(sandbox.rootUrl());
    }
    void TearDown() override
    {
        // A failure's message went to the captured output: show it, with every secret masked.
        output.stop();
        if (HasFailure()) {
            QString text = output.everything();
            for (const QString &secret : std::as_const(knownSecrets))
                text.replace(secret, QLatin1String("[secret]"));
            std::fprintf(stderr, "Captured output:\n%s\n", qPrintable(text));
        }
        QDir(dataFolder).removeRecursively();
        QStandardPaths::setTestModeEnabled(false);
    }

    // Shows the authorize page in the real view, lets a person's actions happen, and returns
    // the redirect the view caught.
    QUrl signInThroughView(SignInView &view, const QUrl &authorizeUrl, const QUrl &redirectUri,
                           const std::function<void(const WebPageDriver &)> &act)
    {
        QSignalSpy redirects(&view, &SignInView::redirectReached);
        view.start(authorizeUrl, redirectUri, {QStringLiteral("127.0.0.1:%1").arg(sandbox.port())});
        const WebPageDriver page(view.page());
        act(page);
        if (redirects.isEmpty() && !redirects.wait(waitMs))
            return {};
        return redirects.first().first().toUrl();
    }

    OutputCapture output;
    // Every secret learnt so far: kept out of this test's own output too.
    QStringList knownSecrets;
    QString dataFolder;
    SandboxServer sandbox;
    Endpoints endpoints;
    QTemporaryDir settingsFolder;
};

TEST_F(SignInSecretsTest, AfterAFullSignInAndRefreshNoSecretIsFoundOutsideTheKeychain)
{
    QObject context;
    QSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    QNetworkAccessManager network;
    HttpTransport transport(&network);
    PowerBiClient client(&transport, endpoints.powerBiApiRoot());
    const QString program = QStringLiteral("xra-secrets-test-%1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    TokenStore store(TokenStore::Backend::SystemKeychain, program);
    QSignalSpy keychainTrouble(&store, &TokenStore::keychainUnavailable);

    MicrosoftSignIn microsoft(&transport, endpoints);
    microsoft.setClientId(QStringLiteral("xra-secrets-test"));
    MicrosoftAccount account(&microsoft, &store, &client);
    XeroSignIn xero(&transport, endpoints);
    xero.setClientId(QStringLiteral("xra-secrets-test"));
    XeroAccount xeroAccount(&xero, &store, &settings);
    CredentialPush push(&account, &xeroAccount);

    SignInProfile profile;
    SignInView view(&profile);
    view.resize(820, 760);
    view.show();

    // Power BI: the Microsoft sign-in page, in the real view.
    const QUrl microsoftRedirect = signInThroughView(
        view, microsoft.begin(), microsoft.redirectUri(), [](const WebPageDriver &page) {
            ASSERT_TRUE(page.waitForElement(QStringLiteral("signin")));
            page.signIn(SandboxScenario::microsoftUser, SandboxScenario::password);
        });
    ASSERT_TRUE(microsoftRedirect.isValid());
    const QString microsoftCode = queryValue(microsoftRedirect, QStringLiteral("code"));
    knownSecrets << microsoftCode;
    const auto microsoftTokens = awaitResult<OAuthTokens>([&](Callback<OAuthTokens> done) {
        microsoft.completeSignIn(microsoftRedirect, &context, done);
    });
    ASSERT_TRUE(microsoftTokens.ok());
    knownSecrets << microsoftTokens.value().accessToken() << microsoftTokens.value().refreshToken();
    ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                    account.adoptSignIn(microsoftTokens.value(), &context, done);
                }).ok());

    // Xero: sign-in, then consent to one organisation.
    const QUrl xeroRedirect =
        signInThroughView(view, xero.begin(), xero.redirectUri(), [](const WebPageDriver &page) {
            // The view showed Microsoft's page a moment ago: wait for Xero's own form.
            ASSERT_TRUE(page.waitFor(
                QStringLiteral("location.pathname === '/identity/connect/authorize' && "
                               "document.readyState === 'complete' && "
                               "document.getElementById('signin') !== null")));
            page.signIn(SandboxScenario::xeroUser, SandboxScenario::password);
            ASSERT_TRUE(page.waitForElement(QStringLiteral("consent")));
            page.evaluate(
                QStringLiteral("document.querySelector('input[name=tenant][value=\"%1\"]')"
                               ".checked = true; true")
                    .arg(SandboxScenario::contosoLtdTenantId));
            page.click(QStringLiteral("allow"));
        });
    ASSERT_TRUE(xeroRedirect.isValid());
    const QString xeroCode = queryValue(xeroRedirect, QStringLiteral("code"));
    knownSecrets << xeroCode;
    const auto xeroTokens = awaitResult<OAuthTokens>(
        [&](Callback<OAuthTokens> done) { xero.completeSignIn(xeroRedirect, &context, done); });
    ASSERT_TRUE(xeroTokens.ok());
    knownSecrets << xeroTokens.value().accessToken() << xeroTokens.value().refreshToken();
    const auto connections =
        awaitResult<QList<XeroConnection>>([&](Callback<QList<XeroConnection>> done) {
            xero.connections(xeroTokens.value().accessToken(), &context, done);
        });
    ASSERT_TRUE(connections.ok());
    const OrganisationMatcher::Match match =
        OrganisationMatcher::match(QStringLiteral("contoso ltd"), connections.value());
    ASSERT_EQ(match.outcome, OrganisationMatcher::Outcome::ExactlyOne);
    const QString tenantId = match.matches.first().tenantId();
    ASSERT_TRUE(awaitResult<Done>([&](Callback<Done> done) {
                    xeroAccount.adoptGrant(tenantId, xeroTokens.value(), &context, done);
                }).ok());

    // The credential push and a refresh that completes.
    const DatasetRef xeroDataset(SandboxScenario::financeWorkspaceId,
                                 SandboxScenario::xeroDatasetId);
    const auto datasets = awaitResult<QList<Dataset>>([&](Callback<QList<Dataset>> done) {
        account.call<QList<Dataset>>(
            [](PowerBiClient &powerBi, QObject *ctx, Callback<QList<Dataset>> cb) {
                powerBi.listDatasets(SandboxScenario::financeWorkspaceId, ctx, cb);
            },
            &context, done);
    });
    ASSERT_TRUE(datasets.ok());
    const auto dataset = std::find_if(
        datasets.value().cbegin(), datasets.value().cend(),
        [](const Dataset &candidate) { return candidate.id() == SandboxScenario::xeroDatasetId; });
    ASSERT_NE(dataset, datasets.value().cend());
    const auto pushed = awaitResult<Datasource>(
        [&](Callback<Datasource> done) { push.push(*dataset, {}, tenantId, &context, done); });
    ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
    const auto started = awaitResult<RefreshStart>([&](Callback<RefreshStart> done) {
        account.call<RefreshStart>(
            [&](PowerBiClient &powerBi, QObject *ctx, Callback<RefreshStart> cb) {
                powerBi.refreshNow(xeroDataset, QStringLiteral("MailOnFailure"), ctx, cb);
            },
            &context, done);
    });
    ASSERT_TRUE(started.ok());
    sandbox.advanceClock(6);
    const auto history = awaitResult<QList<Refresh>>([&](Callback<QList<Refresh>> done) {
        account.call<QList<Refresh>>(
            [&](PowerBiClient &powerBi, QObject *ctx, Callback<QList<Refresh>> cb) {
                powerBi.refreshHistory(xeroDataset, 1, ctx, cb);
            },
            &context, done);
    });
    ASSERT_TRUE(history.ok() && !history.value().isEmpty());
    EXPECT_EQ(history.value().first().status(), Refresh::Status::Completed);

    // The tokens are in the keychain: a new store, with nothing in memory, reads them.
    TokenStore reader(TokenStore::Backend::SystemKeychain, program);
    const auto storedMicrosoft =
        awaitResult<std::optional<QString>>([&](Callback<std::optional<QString>> done) {
            reader.read(TokenKey::microsoftRefreshToken(account.accountName()), &context, done);
        });
    const auto storedXero =
        awaitResult<std::optional<QString>>([&](Callback<std::optional<QString>> done) {
            reader.read(TokenKey::xeroRefreshToken(tenantId), &context, done);
        });
    ASSERT_TRUE(storedMicrosoft.ok() && storedMicrosoft.value().has_value());
    ASSERT_TRUE(storedXero.ok() && storedXero.value().has_value());
    EXPECT_TRUE(keychainTrouble.isEmpty()) << "this test needs the keyring of tests/run-all.sh";
    const auto currentAccessToken =
        awaitResult<QString>([&](Callback<QString> done) { account.accessToken(&context, done); });

    const QStringList secrets = {
        microsoftCode,
        xeroCode,
        microsoftTokens.value().accessToken(),
        microsoftTokens.value().refreshToken(),
        xeroTokens.value().accessToken(),
        xeroTokens.value().refreshToken(),
        storedMicrosoft.value().value(),
        storedXero.value().value(),
        currentAccessToken.value(),
    };
    knownSecrets << secrets;
    for (const QString &secret : secrets)
        ASSERT_GE(secret.size(), 16) << "a secret this test looks for is missing";

    settings.sync();
    QStringList places = {settingsFolder.filePath(QStringLiteral("settings.ini"))};
    places << filesUnder(dataFolder, profile.storageRoot());
    ASSERT_GT(output.messageCount(), 0) << "the log capture caught nothing";
    const QString printed = output.everything();
    for (const QString &secret : secrets) {
        EXPECT_FALSE(printed.contains(secret)) << "a secret was printed or logged";
        for (const QString &place : places)
            EXPECT_FALSE(contentsOf(place).contains(secret)) << place.toStdString();
    }
    EXPECT_TRUE(printed.contains(QLatin1String("xra.")));
    EXPECT_TRUE(contentsOf(places.first()).contains(QLatin1String("lastUsed")))
        << "the settings file was not written, so searching it proves nothing";
}
