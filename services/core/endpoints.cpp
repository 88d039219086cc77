#include "endpoints.h"

#include <QHostAddress>
#include <QSettings>

namespace {

// The one name of each root, shared by the settings keys and the overriding layers.
const QString authorityKey = QStringLiteral("authorityHost");
const QString apiRootKey = QStringLiteral("powerBiApiRoot");
const QString scopeBaseKey = QStringLiteral("powerBiScopeBase");
const QString xeroLoginKey = QStringLiteral("xeroLoginRoot");
const QString xeroIdentityKey = QStringLiteral("xeroIdentityRoot");
const QString xeroApiKey = QStringLiteral("xeroApiRoot");
const QString portalKey = QStringLiteral("powerBiPortalRoot");
const QString oauthRedirectKey = QStringLiteral("powerBiOAuthRedirectPage");
const QString cloudFlag = QStringLiteral("--cloud");

QList<QPair<QString, QString>> flagsToKeys()
{
    return {{QStringLiteral("--authority-host"), authorityKey},
            {QStringLiteral("--powerbi-api-root"), apiRootKey},
            {QStringLiteral("--xero-login-root"), xeroLoginKey},
            {QStringLiteral("--xero-identity-root"), xeroIdentityKey},
            {QStringLiteral("--xero-api-root"), xeroApiKey},
            {QStringLiteral("--powerbi-portal-root"), portalKey},
            {QStringLiteral("--powerbi-oauth-redirect-page"), oauthRedirectKey}};
}

QList<QPair<QString, QString>> environmentToKeys()
{
    return {{QStringLiteral("AZURE_AUTHORITY_HOST"), authorityKey},
            {QStringLiteral("POWERBI_API_ROOT"), apiRootKey}};
}

QUrl https(const char *host, const char *path = "")
{
    return QUrl(QStringLiteral("https://%1%2").arg(QLatin1String(host), QLatin1String(path)));
}

} // namespace

QStringList Endpoints::environmentVariables()
{
    QStringList variables;
    for (const auto &[variable, key] : environmentToKeys())
        variables.append(variable);
    return variables;
}

QStringList Endpoints::commandLineFlags()
{
    QStringList flags{cloudFlag};
    for (const auto &[flag, key] : flagsToKeys())
        flags.append(flag);
    return flags;
}

Endpoints Endpoints::preset(Cloud cloud)
{
    Endpoints endpoints;
    endpoints.m_cloud = cloud;
    // Xero is one service for every cloud.
    endpoints.m_xeroLoginRoot = https("login.xero.com");
    endpoints.m_xeroIdentityRoot = https("identity.xero.com");
    endpoints.m_xeroApiRoot = https("api.xero.com");
    // The one Microsoft documents for connectors, whatever the cloud.
    endpoints.m_powerBiOAuthRedirectPage = https("oauth.powerbi.com", "/views/oauthredirect.html");
    // Google and Apple refuse embedded browsers ("disallowed_useragent", "This browser or app
    // may not be secure"); both are offered on Xero's log-in page.
    endpoints.m_browserOnlySignIns = {
        {QStringLiteral("Google"), QStringLiteral("accounts.google.com")},
        {QStringLiteral("Apple"), QStringLiteral("appleid.apple.com")},
    };
    switch (cloud) {
    case Cloud::Public:
        endpoints.m_authorityHost = https("login.microsoftonline.com");
        endpoints.m_powerBiScopeBase = https("analysis.windows.net", "/powerbi/api");
        endpoints.m_powerBiApiRoot = https("api.powerbi.com");
        endpoints.m_powerBiPortalRoot = https("app.powerbi.com");
        break;
    case Cloud::UsGovGcc:
        endpoints.m_authorityHost = https("login.microsoftonline.com");
        endpoints.m_powerBiScopeBase = https("analysis.usgovcloudapi.net", "/powerbi/api");
        endpoints.m_powerBiApiRoot = https("api.powerbigov.us");
        endpoints.m_powerBiPortalRoot = https("app.powerbigov.us");
        break;
    case Cloud::UsGovGccHigh:
        endpoints.m_authorityHost = https("login.microsoftonline.us");
        endpoints.m_powerBiScopeBase = https("high.analysis.usgovcloudapi.net", "/powerbi/api");
        endpoints.m_powerBiApiRoot = https("api.high.powerbigov.us");
        endpoints.m_powerBiPortalRoot = https("app.high.powerbigov.us");
        break;
    case Cloud::UsGovDod:
        endpoints.m_authorityHost = https("login.microsoftonline.us");
        endpoints.m_powerBiScopeBase = https("mil.analysis.usgovcloudapi.net", "/powerbi/api");
        endpoints.m_powerBiApiRoot = https("api.mil.powerbigov.us");
        endpoints.m_powerBiPortalRoot = https("app.mil.powerbigov.us");
        break;
    case Cloud::China:
        endpoints.m_authorityHost = https("login.chinacloudapi.cn");
        endpoints.m_powerBiScopeBase = https("analysis.chinacloudapi.cn", "/powerbi/api");
        endpoints.m_powerBiApiRoot = https("api.powerbi.cn");
        endpoints.m_powerBiPortalRoot = https("app.powerbi.cn");
        break;
    }
    return endpoints;
}

Endpoints Endpoints::sandbox(const QUrl &root, const QList<BrowserOnlySignIn> &browserOnly)
{
    Endpoints endpoints = preset(Cloud::Public);
    const QUrl normalised = normalisedRoot(root.toString());
    endpoints.m_authorityHost = normalised;
    endpoints.m_powerBiApiRoot = normalised;
    endpoints.m_xeroLoginRoot = normalised;
    endpoints.m_xeroIdentityRoot = normalised;
    endpoints.m_xeroApiRoot = normalised;
    endpoints.m_powerBiPortalRoot = normalised;
    endpoints.m_powerBiOAuthRedirectPage =
        QUrl(normalised.toString() + QStringLiteral("/views/oauthredirect.html"));
    endpoints.m_browserOnlySignIns = browserOnly;
    return endpoints;
}

QStringList Endpoints::browserOnlySignInHosts() const
{
    QStringList hosts;
    for (const BrowserOnlySignIn &signIn : m_browserOnlySignIns)
        hosts.append(signIn.host);
    return hosts;
}

QString Endpoints::browserOnlySignInName(const QUrl &url) const
{
    for (const BrowserOnlySignIn &signIn : m_browserOnlySignIns) {
        QUrl entry;
        entry.setAuthority(signIn.host);
        if (entry.host().compare(url.host(), Qt::CaseInsensitive) == 0 &&
            (entry.port() == -1 || entry.port() == url.port(-1)))
            return signIn.name;
    }
    return url.host();
}

Endpoints Endpoints::layered(const QSettings *settings, const QProcessEnvironment &environment,
                             const QMap<QString, QString> &commandLine)
{
    const QString settingsPrefix = QStringLiteral("endpoints/");
    QString cloudText = commandLine.value(cloudFlag);
    if (cloudText.isEmpty() && settings)
        cloudText = settings->value(settingsPrefix + QStringLiteral("cloud")).toString();
    const std::optional<Cloud> cloud =
        cloudText.isEmpty() ? std::optional<Cloud>(Cloud::Public) : cloudFromName(cloudText);

    Endpoints endpoints = preset(cloud.value_or(Cloud::Public));
    if (!cloud)
        endpoints.m_layerProblems.append(
            tr("The cloud \"%1\" is unknown. Use one of: public, gcc, gcchigh, dod, china.")
                .arg(cloudText));

    if (settings) {
        for (const QString &key : {authorityKey, apiRootKey, scopeBaseKey, xeroLoginKey,
                                   xeroIdentityKey, xeroApiKey, portalKey, oauthRedirectKey})
            endpoints.applyOverride(key, settings->value(settingsPrefix + key).toString());
    }
    for (const auto &[variable, key] : environmentToKeys())
        endpoints.applyOverride(key, environment.value(variable));
    for (const auto &[flag, key] : flagsToKeys())
        endpoints.applyOverride(key, commandLine.value(flag));
    return endpoints;
}

void Endpoints::applyOverride(const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    const QUrl root = normalisedRoot(value);
    if (!root.isValid()) {
        m_layerProblems.append(tr("The address \"%1\" is not a valid URL.").arg(value));
        return;
    }
    if (key == authorityKey)
        m_authorityHost = root;
    else if (key == apiRootKey)
        m_powerBiApiRoot = root;
    else if (key == scopeBaseKey)
        m_powerBiScopeBase = root;
    else if (key == xeroLoginKey)
        m_xeroLoginRoot = root;
    else if (key == xeroIdentityKey)
        m_xeroIdentityRoot = root;
    else if (key == xeroApiKey)
        m_xeroApiRoot = root;
    else if (key == portalKey)
        m_powerBiPortalRoot = root;
    else if (key == oauthRedirectKey)
        m_powerBiOAuthRedirectPage = root;
}

std::optional<Endpoints::Cloud> Endpoints::cloudFromName(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (key == QLatin1String("public"))
        return Cloud::Public;
    if (key == QLatin1String("gcc") || key == QLatin1String("usgov"))
        return Cloud::UsGovGcc;
    if (key == QLatin1String("gcchigh") || key == QLatin1String("usgovhigh"))
        return Cloud::UsGovGccHigh;
    if (key == QLatin1String("dod") || key == QLatin1String("usgovdod"))
        return Cloud::UsGovDod;
    if (key == QLatin1String("china"))
        return Cloud::China;
    return std::nullopt;
}

QString Endpoints::cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("public");
    case Cloud::UsGovGcc:
        return QStringLiteral("gcc");
    case Cloud::UsGovGccHigh:
        return QStringLiteral("gcchigh");
    case Cloud::UsGovDod:
        return QStringLiteral("dod");
    case Cloud::China:
        return QStringLiteral("china");
    }
    return {};
}

QUrl Endpoints::normalisedRoot(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool Endpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QStringList Endpoints::problems() const
{
    QStringList found = m_layerProblems;
    for (const QUrl &root : {m_authorityHost, m_powerBiApiRoot, m_powerBiScopeBase, m_xeroLoginRoot,
                             m_xeroIdentityRoot, m_xeroApiRoot}) {
        const QString shown = root.toString();
        const QString scheme = root.scheme().toLower();
        if (!root.isValid() || root.host().isEmpty())
            found.append(tr("The address \"%1\" is not a valid URL.").arg(shown));
        else if (scheme == QLatin1String("http") && !isLoopbackHost(root.host()))
            found.append(tr("The address %1 uses plain http, which is only allowed for this "
                            "computer (localhost, 127.0.0.1, ::1). Use https instead.")
                             .arg(shown));
        else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            found.append(tr("The address %1 is not an https address.").arg(shown));
    }
    found.removeDuplicates();
    return found;
}

QUrl Endpoints::withPath(const QUrl &root, const QString &encodedPath) const
{
    return QUrl::fromEncoded(root.toEncoded() + encodedPath.toUtf8(), QUrl::StrictMode);
}

QUrl Endpoints::microsoftAuthorizeUrl(const QString &tenant) const
{
    return withPath(m_authorityHost,
                    QStringLiteral("/%1/oauth2/v2.0/authorize")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenant))));
}

QUrl Endpoints::microsoftTokenUrl(const QString &tenant) const
{
    return withPath(m_authorityHost,
                    QStringLiteral("/%1/oauth2/v2.0/token")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenant))));
}

QStringList Endpoints::powerBiScopes() const
{
    const QString base = m_powerBiScopeBase.toString();
    return {base + QStringLiteral("/Dataset.ReadWrite.All"),
            base + QStringLiteral("/Workspace.Read.All")};
}

QString Endpoints::powerBiDefaultScope() const
{
    return m_powerBiScopeBase.toString() + QStringLiteral("/.default");
}

QUrl Endpoints::xeroAuthorizeUrl() const
{
    return withPath(m_xeroLoginRoot, QStringLiteral("/identity/connect/authorize"));
}

QUrl Endpoints::xeroTokenUrl() const
{
    return withPath(m_xeroIdentityRoot, QStringLiteral("/connect/token"));
}

QUrl Endpoints::xeroRevocationUrl() const
{
    return withPath(m_xeroIdentityRoot, QStringLiteral("/connect/revocation"));
}

QUrl Endpoints::datasetSettingsPage(const QString &workspaceId, const QString &datasetId) const
{
    const QString workspace = workspaceId.isEmpty()
                                  ? QStringLiteral("me")
                                  : QString::fromLatin1(QUrl::toPercentEncoding(workspaceId));
    return withPath(m_powerBiPortalRoot,
                    QStringLiteral("/groups/%1/settings/datasets/%2")
                        .arg(workspace, QString::fromLatin1(QUrl::toPercentEncoding(datasetId))));
}

QUrl Endpoints::xeroConnectionsUrl() const
{
    return withPath(m_xeroApiRoot, QStringLiteral("/connections"));
}

QUrl Endpoints::xeroConnectionUrl(const QString &connectionId) const
{
    return withPath(m_xeroApiRoot,
                    QStringLiteral("/connections/%1")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(connectionId))));
}
