#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

// Every remote root the program talks to, in one value, and every sign-in or API URL built
// from them. Roots are absolute URLs without a trailing slash.
//
// How a value is made (Endpoints::layered):
// 1. the cloud preset (Public unless a layer names another; the highest layer naming a cloud
//    wins: command line --cloud, then settings "endpoints/cloud");
// 2. settings overrides (QSettings group "endpoints": authorityHost, powerBiApiRoot,
//    powerBiScopeBase, xeroLoginRoot, xeroIdentityRoot, xeroApiRoot, powerBiPortalRoot,
//    powerBiOAuthRedirectPage);
// 3. environment overrides (POWERBI_API_ROOT, AZURE_AUTHORITY_HOST);
// 4. command-line overrides (--authority-host, --powerbi-api-root, --xero-login-root,
//    --xero-identity-root, --xero-api-root, --powerbi-portal-root,
//    --powerbi-oauth-redirect-page), so the last word is the user's.
// Plain http is refused (problems()) except for loopback hosts: 127.0.0.0/8, ::1, localhost.
class Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)

public:
    enum class Cloud
    {
        Public,
        UsGovGcc,
        UsGovGccHigh,
        UsGovDod,
        China,
    };

    // The flags of the command line this class reads (without their values).
    static QStringList commandLineFlags();
    // The environment variables that override a root (layered()'s third layer).
    static QStringList environmentVariables();

    // A sign-in page that refuses embedded browsers, and whose it is ("Google").
    struct BrowserOnlySignIn
    {
        QString name;
        QString host; // "host", or "host:port" for a root with a port
    };

    Endpoints() = default;
    static Endpoints preset(Cloud cloud);
    // Every root at the sandbox's root, the Power BI web page (portal) included; the Power BI scope
    // base stays the public one, as the sandbox issues tokens for it. browserOnly: the sandbox's
    // stand-ins for the sign-in pages that refuse embedded browsers (its Google origin).
    static Endpoints sandbox(const QUrl &root, const QList<BrowserOnlySignIn> &browserOnly = {});
    // settings may be null (no settings layer). commandLine maps a flag ("--authority-host")
    // to its value.
    static Endpoints layered(const QSettings *settings, const QProcessEnvironment &environment,
                             const QMap<QString, QString> &commandLine);

    // "public", "gcc", "gcchigh" (or "gcc-high"), "dod", "china"; case ignored.
    static std::optional<Cloud> cloudFromName(const QString &name);
    static QString cloudName(Cloud cloud);
    // A root given by a person or a variable: "login.microsoftonline.us" means https, a
    // trailing slash is dropped.
    static QUrl normalisedRoot(const QString &text);
    static bool isLoopbackHost(const QString &host);

    Cloud cloud() const { return m_cloud; }
    QUrl authorityHost() const { return m_authorityHost; }
    QUrl powerBiApiRoot() const { return m_powerBiApiRoot; }
    QUrl powerBiScopeBase() const { return m_powerBiScopeBase; }
    QUrl xeroLoginRoot() const { return m_xeroLoginRoot; }
    QUrl xeroIdentityRoot() const { return m_xeroIdentityRoot; }
    QUrl xeroApiRoot() const { return m_xeroApiRoot; }
    // The Power BI web page of the cloud (not an API): where the user can do by hand what the
    // program cannot, such as a sign-in that lasts.
    QUrl powerBiPortalRoot() const { return m_powerBiPortalRoot; }
    // Sign-in pages that refuse to work in an embedded browser ("host", or "host:port" for a
    // root with a port): Google's (offered on Xero's log-in page) and Apple's. A sign-in that
    // reaches one goes on in the system browser.
    QList<BrowserOnlySignIn> browserOnlySignIns() const { return m_browserOnlySignIns; }
    QStringList browserOnlySignInHosts() const;
    // Whose sign-in page url is ("Google"), or its host when it is none of them.
    QString browserOnlySignInName(const QUrl &url) const;
    // The dataset's settings page in the Power BI web page (Data source credentials, Schedule
    // refresh); an empty workspace id is My workspace.
    QUrl datasetSettingsPage(const QString &workspaceId, const QString &datasetId) const;
    // Power BI's OAuth redirect page for connectors, where the credential pop-up of the
    // settings page ends (and closes itself) once the connector's sign-in is done.
    QUrl powerBiOAuthRedirectPage() const { return m_powerBiOAuthRedirectPage; }

    void setAuthorityHost(const QUrl &root) { m_authorityHost = root; }
    void setPowerBiApiRoot(const QUrl &root) { m_powerBiApiRoot = root; }
    void setPowerBiScopeBase(const QUrl &root) { m_powerBiScopeBase = root; }
    void setXeroLoginRoot(const QUrl &root) { m_xeroLoginRoot = root; }
    void setXeroIdentityRoot(const QUrl &root) { m_xeroIdentityRoot = root; }
    void setXeroApiRoot(const QUrl &root) { m_xeroApiRoot = root; }
    void setBrowserOnlySignIns(const QList<BrowserOnlySignIn> &signIns)
    {
        m_browserOnlySignIns = signIns;
    }

    // One translated sentence per unusable root (naming it) or unknown cloud name; empty when
    // every root may be used.
    QStringList problems() const;
    bool isUsable() const { return problems().isEmpty(); }

    // {authority}/{tenant}/oauth2/v2.0/authorize and .../token (tenant percent-encoded).
    QUrl microsoftAuthorizeUrl(const QString &tenant) const;
    QUrl microsoftTokenUrl(const QString &tenant) const;
    // The delegated scopes the assistant asks for: Dataset.ReadWrite.All, Workspace.Read.All.
    QStringList powerBiScopes() const;
    // {scope base}/.default, for client credentials.
    QString powerBiDefaultScope() const;
    QUrl xeroAuthorizeUrl() const;
    QUrl xeroTokenUrl() const;
    QUrl xeroRevocationUrl() const;
    QUrl xeroConnectionsUrl() const;
    QUrl xeroConnectionUrl(const QString &connectionId) const;

private:
    QUrl withPath(const QUrl &root, const QString &encodedPath) const;
    void applyOverride(const QString &key, const QString &value);

    Cloud m_cloud = Cloud::Public;
    QUrl m_authorityHost;
    QUrl m_powerBiApiRoot;
    QUrl m_powerBiScopeBase;
    QUrl m_xeroLoginRoot;
    QUrl m_xeroIdentityRoot;
    QUrl m_xeroApiRoot;
    QUrl m_powerBiPortalRoot;
    QUrl m_powerBiOAuthRedirectPage;
    QList<BrowserOnlySignIn> m_browserOnlySignIns;
    QStringList m_layerProblems;
};
