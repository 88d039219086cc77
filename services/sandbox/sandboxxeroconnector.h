#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct SandboxContext;
struct SandboxDataset;
struct SandboxDatasource;

// Power BI's own Xero connector, as the sandbox's Power BI uses it: a Xero app of its own
// (well-known client id below) whose tokens Power BI redeems and renews itself at Xero's token
// endpoint. A credential entered through the Power BI page is such a grant and lasts; an access
// token pushed through the API does not (it dies with its 30 minutes).
class SandboxXeroConnector
{
public:
    static inline const QString clientId = QStringLiteral("powerbi-xero-connector");
    // The connector's OAuth redirect page on the Power BI web app (oauth.powerbi.com's
    // views/oauthredirect.html in real life).
    static inline const QString redirectPath = QStringLiteral("/views/oauthredirect.html");

    explicit SandboxXeroConnector(SandboxContext &context);

    // The app a Xero client id stands for, as Xero's consent page names it: "Power BI" for the
    // connector, the assistant for any other.
    static QString appName(const QString &xeroClientId);
    // offline_access and granular read scopes, as a Xero app made after 2 March 2026 asks.
    static QString scope();
    static QString redirectUri(const QUrl &root);
    // The Xero sign-in the "Sign in" button opens in its pop-up window.
    static QUrl authorizeUrl(const QUrl &root, const QString &state, const QString &codeChallenge);
    // The serviceExceptionJson of a refresh that could not use the credential.
    static QString credentialFailureJson();

    struct Redemption
    {
        QString accessToken;
        QString refreshToken;
        QString error; // Xero's OAuth error code; empty on success
    };
    // Redeems the code the pop-up brought back (PKCE: the verifier of the page's challenge).
    Redemption redeem(const QUrl &root, const QString &code, const QString &verifier);
    // tenantId and name of each organisation the token's grant is connected to.
    QList<QPair<QString, QString>> organisations(const QString &accessToken);

    // Whether a refresh starting now can read Xero with what the data source holds: a pushed
    // access token must still be valid; a lasting credential is renewed when its access token
    // has expired (Xero rotates the refresh token). No credential: false.
    bool canRead(const SandboxDatasource &datasource);
    // canRead for each Xero data source of the dataset; true for a dataset without Xero.
    bool canRefresh(const SandboxDataset &dataset);
    // The same question as canRead without renewing anything, to show the credential's state.
    bool looksUsable(const SandboxDatasource &datasource) const;

private:
    bool renew(const SandboxDatasource &datasource);

    SandboxContext &m_context;
};
