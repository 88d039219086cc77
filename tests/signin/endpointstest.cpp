#include "endpoints.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString text(const QUrl &url)
{
    return url.toString();
}

struct CloudCase
{
    Endpoints::Cloud cloud;
    const char *authority;
    const char *scopeBase;
    const char *apiRoot;
};

} // namespace

TEST(Endpoints, EveryCloudPresetNamesItsSignInHostScopeBaseAndApiRoot)
{
    const CloudCase cases[] = {
        {Endpoints::Cloud::Public, "https://login.microsoftonline.com",
         "https://analysis.windows.net/powerbi/api", "https://api.powerbi.com"},
        {Endpoints::Cloud::UsGovGcc, "https://login.microsoftonline.com",
         "https://analysis.usgovcloudapi.net/powerbi/api", "https://api.powerbigov.us"},
        {Endpoints::Cloud::UsGovGccHigh, "https://login.microsoftonline.us",
         "https://high.analysis.usgovcloudapi.net/powerbi/api", "https://api.high.powerbigov.us"},
        {Endpoints::Cloud::UsGovDod, "https://login.microsoftonline.us",
         "https://mil.analysis.usgovcloudapi.net/powerbi/api", "https://api.mil.powerbigov.us"},
        {Endpoints::Cloud::China, "https://login.chinacloudapi.cn",
         "https://analysis.chinacloudapi.cn/powerbi/api", "https://api.powerbi.cn"},
    };
    for (const CloudCase &c : cases) {
        const Endpoints endpoints = Endpoints::preset(c.cloud);
        SCOPED_TRACE(Endpoints::cloudName(c.cloud).toStdString());
        EXPECT_EQ(text(endpoints.authorityHost()), QLatin1String(c.authority));
        EXPECT_EQ(text(endpoints.powerBiScopeBase()), QLatin1String(c.scopeBase));
        EXPECT_EQ(text(endpoints.powerBiApiRoot()), QLatin1String(c.apiRoot));
        // Xero is one service for every cloud.
        EXPECT_EQ(text(endpoints.xeroLoginRoot()), QStringLiteral("https://login.xero.com"));
        EXPECT_EQ(text(endpoints.xeroIdentityRoot()), QStringLiteral("https://identity.xero.com"));
        EXPECT_EQ(text(endpoints.xeroApiRoot()), QStringLiteral("https://api.xero.com"));
        EXPECT_TRUE(endpoints.isUsable())
            << endpoints.problems().join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(Endpoints::cloudFromName(Endpoints::cloudName(c.cloud)), c.cloud);
    }
}

TEST(Endpoints, TheDatasetSettingsPageIsOnTheCloudsPowerBiWebPage)
{
    const Endpoints publicCloud = Endpoints::preset(Endpoints::Cloud::Public);
    EXPECT_EQ(text(publicCloud.datasetSettingsPage(QStringLiteral("7f0a"), QStringLiteral("c2b3"))),
              QStringLiteral("https://app.powerbi.com/groups/7f0a/settings/datasets/c2b3"));
    EXPECT_EQ(text(publicCloud.datasetSettingsPage(QString(), QStringLiteral("0d4e"))),
              QStringLiteral("https://app.powerbi.com/groups/me/settings/datasets/0d4e"));
    EXPECT_EQ(text(Endpoints::preset(Endpoints::Cloud::UsGovGcc).powerBiPortalRoot()),
              QStringLiteral("https://app.powerbigov.us"));
    EXPECT_EQ(text(Endpoints::preset(Endpoints::Cloud::China).powerBiPortalRoot()),
              QStringLiteral("https://app.powerbi.cn"));
    // The sandbox serves a Power BI web page of its own, with the same paths.
    const Endpoints sandbox = Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:8765")));
    EXPECT_EQ(text(sandbox.powerBiPortalRoot()), QStringLiteral("http://127.0.0.1:8765"));
    EXPECT_EQ(text(sandbox.datasetSettingsPage(QString(), QStringLiteral("0d4e"))),
              QStringLiteral("http://127.0.0.1:8765/groups/me/settings/datasets/0d4e"));
}

TEST(Endpoints, TheConnectorsOAuthRedirectPageIsPowerBisOwnOrTheSandboxs)
{
    EXPECT_EQ(text(Endpoints::preset(Endpoints::Cloud::Public).powerBiOAuthRedirectPage()),
              QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
    EXPECT_EQ(text(Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:8765")))
                       .powerBiOAuthRedirectPage()),
              QStringLiteral("http://127.0.0.1:8765/views/oauthredirect.html"));
}

TEST(Endpoints, BuildsTheDocumentedSignInAndApiUrls)
{
    const Endpoints endpoints = Endpoints::preset(Endpoints::Cloud::Public);
    EXPECT_EQ(
        text(endpoints.microsoftAuthorizeUrl(QStringLiteral("organizations"))),
        QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"));
    EXPECT_EQ(text(endpoints.microsoftTokenUrl(QStringLiteral("contoso.onmicrosoft.com"))),
              QStringLiteral(
                  "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
    // A tenant is one path segment, whatever was typed.
    EXPECT_EQ(endpoints.microsoftTokenUrl(QStringLiteral("a/b?c")).path(QUrl::FullyEncoded),
              QStringLiteral("/a%2Fb%3Fc/oauth2/v2.0/token"));
    EXPECT_EQ(endpoints.powerBiScopes(),
              (QStringList{
                  QStringLiteral("https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All"),
                  QStringLiteral("https://analysis.windows.net/powerbi/api/Workspace.Read.All")}));
    EXPECT_EQ(endpoints.powerBiDefaultScope(),
              QStringLiteral("https://analysis.windows.net/powerbi/api/.default"));
    EXPECT_EQ(text(endpoints.xeroAuthorizeUrl()),
              QStringLiteral("https://login.xero.com/identity/connect/authorize"));
    EXPECT_EQ(text(endpoints.xeroTokenUrl()),
              QStringLiteral("https://identity.xero.com/connect/token"));
    EXPECT_EQ(text(endpoints.xeroRevocationUrl()),
              QStringLiteral("https://identity.xero.com/connect/revocation"));
    EXPECT_EQ(text(endpoints.xeroConnectionsUrl()),
              QStringLiteral("https://api.xero.com/connections"));
    EXPECT_EQ(text(endpoints.xeroConnectionUrl(QStringLiteral("abc"))),
              QStringLiteral("https://api.xero.com/connections/abc"));
}

TEST(Endpoints, SandboxPointsEveryRootAtItButKeepsThePublicScopeBase)
{
    const Endpoints endpoints = Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:4711")));
    for (const QUrl &root :
         {endpoints.authorityHost(), endpoints.powerBiApiRoot(), endpoints.xeroLoginRoot(),
          endpoints.xeroIdentityRoot(), endpoints.xeroApiRoot()})
        EXPECT_EQ(text(root), QStringLiteral("http://127.0.0.1:4711"));
    EXPECT_EQ(text(endpoints.powerBiScopeBase()),
              QStringLiteral("https://analysis.windows.net/powerbi/api"));
    EXPECT_EQ(text(endpoints.xeroTokenUrl()),
              QStringLiteral("http://127.0.0.1:4711/connect/token"));
    EXPECT_TRUE(endpoints.isUsable());
}

TEST(Endpoints, GoogleAndAppleSignInPagesAreBrowserOnlyAndTheSandboxHasItsOwnStandIn)
{
    for (const Endpoints::Cloud cloud : {Endpoints::Cloud::Public, Endpoints::Cloud::China})
        EXPECT_EQ(Endpoints::preset(cloud).browserOnlySignInHosts(),
                  (QStringList{QStringLiteral("accounts.google.com"),
                               QStringLiteral("appleid.apple.com")}));
    EXPECT_EQ(
        Endpoints::preset(Endpoints::Cloud::Public)
            .browserOnlySignInName(QUrl(QStringLiteral("https://accounts.google.com/o/oauth2"))),
        QStringLiteral("Google"));
    const Endpoints sandbox =
        Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:4711")),
                           {{QStringLiteral("Google"), QStringLiteral("127.0.0.1:4714")}});
    EXPECT_EQ(sandbox.browserOnlySignInHosts(), QStringList{QStringLiteral("127.0.0.1:4714")});
    EXPECT_EQ(sandbox.browserOnlySignInName(QUrl(QStringLiteral("http://127.0.0.1:4714/auth"))),
              QStringLiteral("Google"));
    EXPECT_EQ(sandbox.browserOnlySignInName(QUrl(QStringLiteral("http://127.0.0.1:4715/auth"))),
              QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:4711")))
                    .browserOnlySignInHosts()
                    .isEmpty());
}

TEST(Endpoints, OverridesApplyInTheOrderPresetSettingsEnvironmentCommandLine)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("endpoints/cloud"), QStringLiteral("gcchigh"));
    settings.setValue(QStringLiteral("endpoints/authorityHost"),
                      QStringLiteral("https://settings.example"));
    settings.setValue(QStringLiteral("endpoints/powerBiApiRoot"),
                      QStringLiteral("https://settings-api.example"));
    settings.setValue(QStringLiteral("endpoints/xeroApiRoot"),
                      QStringLiteral("https://settings-xero.example"));

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AZURE_AUTHORITY_HOST"),
                       QStringLiteral("https://env.example/"));
    environment.insert(QStringLiteral("POWERBI_API_ROOT"),
                       QStringLiteral("https://env-api.example"));

    const QMap<QString, QString> commandLine{
        {QStringLiteral("--powerbi-api-root"), QStringLiteral("https://cli-api.example")}};

    // Settings alone: the cloud and the settings' roots.
    const Endpoints fromSettings = Endpoints::layered(&settings, {}, {});
    EXPECT_EQ(fromSettings.cloud(), Endpoints::Cloud::UsGovGccHigh);
    EXPECT_EQ(text(fromSettings.powerBiScopeBase()),
              QStringLiteral("https://high.analysis.usgovcloudapi.net/powerbi/api"));
    EXPECT_EQ(text(fromSettings.authorityHost()), QStringLiteral("https://settings.example"));

    // The environment beats the settings; the command line beats both.
    const Endpoints all = Endpoints::layered(&settings, environment, commandLine);
    EXPECT_EQ(text(all.authorityHost()), QStringLiteral("https://env.example"));
    EXPECT_EQ(text(all.powerBiApiRoot()), QStringLiteral("https://cli-api.example"));
    EXPECT_EQ(text(all.xeroApiRoot()), QStringLiteral("https://settings-xero.example"));
    EXPECT_EQ(text(all.xeroLoginRoot()), QStringLiteral("https://login.xero.com"));

    // --cloud on the command line beats the settings' cloud; explicit roots still apply.
    const Endpoints china =
        Endpoints::layered(&settings, {}, {{QStringLiteral("--cloud"), QStringLiteral("China")}});
    EXPECT_EQ(china.cloud(), Endpoints::Cloud::China);
    EXPECT_EQ(text(china.powerBiScopeBase()),
              QStringLiteral("https://analysis.chinacloudapi.cn/powerbi/api"));
    EXPECT_EQ(text(china.authorityHost()), QStringLiteral("https://settings.example"));

    // Every flag the command line knows is read.
    const Endpoints flags = Endpoints::layered(
        nullptr, {},
        {{QStringLiteral("--authority-host"), QStringLiteral("login.example")},
         {QStringLiteral("--xero-login-root"), QStringLiteral("https://xl.example")},
         {QStringLiteral("--xero-identity-root"), QStringLiteral("https://xi.example")},
         {QStringLiteral("--xero-api-root"), QStringLiteral("https://xa.example")},
         {QStringLiteral("--powerbi-portal-root"), QStringLiteral("http://127.0.0.1:9000")},
         {QStringLiteral("--powerbi-oauth-redirect-page"),
          QStringLiteral("http://127.0.0.1:9000/views/oauthredirect.html")}});
    EXPECT_EQ(text(flags.authorityHost()), QStringLiteral("https://login.example"));
    // The Power BI web app, and its connectors' OAuth redirect page, for the windows.
    EXPECT_EQ(flags.datasetSettingsPage(QStringLiteral("g"), QStringLiteral("d")).toString(),
              QStringLiteral("http://127.0.0.1:9000/groups/g/settings/datasets/d"));
    EXPECT_EQ(text(flags.powerBiOAuthRedirectPage()),
              QStringLiteral("http://127.0.0.1:9000/views/oauthredirect.html"));
    EXPECT_EQ(text(flags.xeroLoginRoot()), QStringLiteral("https://xl.example"));
    EXPECT_EQ(text(flags.xeroIdentityRoot()), QStringLiteral("https://xi.example"));
    EXPECT_EQ(text(flags.xeroApiRoot()), QStringLiteral("https://xa.example"));
    EXPECT_EQ(Endpoints::commandLineFlags().size(), 8);
}

TEST(Endpoints, UnknownCloudNameIsAProblemThatNamesIt)
{
    const Endpoints endpoints =
        Endpoints::layered(nullptr, {}, {{QStringLiteral("--cloud"), QStringLiteral("mars")}});
    ASSERT_FALSE(endpoints.isUsable());
    EXPECT_TRUE(endpoints.problems().first().contains(QStringLiteral("mars")));
}

TEST(Endpoints, PlainHttpIsRefusedForARemoteHostWithASentenceNamingTheUrl)
{
    Endpoints endpoints = Endpoints::preset(Endpoints::Cloud::Public);
    endpoints.setPowerBiApiRoot(QUrl(QStringLiteral("http://api.powerbi.com")));
    const QStringList problems = endpoints.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("http://api.powerbi.com")));
    EXPECT_TRUE(problems.first().contains(QStringLiteral("https")));

    // From the environment too: a mistaken variable cannot send tokens in clear text.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AZURE_AUTHORITY_HOST"),
                       QStringLiteral("http://login.example"));
    EXPECT_FALSE(Endpoints::layered(nullptr, environment, {}).isUsable());

    // 127.0.0.2 only looks like loopback if the whole 127.0.0.0/8 is accepted; 128.0.0.1 is not.
    endpoints.setPowerBiApiRoot(QUrl(QStringLiteral("http://128.0.0.1:8080")));
    EXPECT_FALSE(endpoints.isUsable());
}

TEST(Endpoints, PlainHttpIsAcceptedForLoopbackHosts)
{
    for (const char *root : {"http://127.0.0.1:8080", "http://127.4.5.6", "http://localhost:1234",
                             "http://LOCALHOST", "http://[::1]:9000"}) {
        Endpoints endpoints = Endpoints::preset(Endpoints::Cloud::Public);
        endpoints.setXeroIdentityRoot(Endpoints::normalisedRoot(QLatin1String(root)));
        EXPECT_TRUE(endpoints.isUsable())
            << root << ": " << endpoints.problems().join(QLatin1Char(' ')).toStdString();
    }
}

TEST(Endpoints, AnInvalidOverrideIsAProblemAndLeavesThePresetInPlace)
{
    const Endpoints endpoints = Endpoints::layered(
        nullptr, {}, {{QStringLiteral("--powerbi-api-root"), QStringLiteral("https://bad host")}});
    EXPECT_FALSE(endpoints.isUsable());
    EXPECT_EQ(text(endpoints.powerBiApiRoot()), QStringLiteral("https://api.powerbi.com"));
}
