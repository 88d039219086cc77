#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// The sandbox answers on several loopback origins (one port each), as the real services answer
// on several hosts, so that a client which assumes one host for a sign-in is caught out:
// - Main: the root everything is configured with; Power BI, Microsoft's sign-in
//   (login.microsoftonline.com), Xero's log-in and identity (login.xero.com, identity.xero.com),
//   the Xero API and the sandbox's control routes;
// - XeroAuthorize: authorize.xero.com, where Xero's log-in hands over for the consent and the
//   organisation picker;
// - IdentityProvider: a company's own identity provider (ADFS, Okta, Ping) that Microsoft sends
//   the users of a federated domain to;
// - Google: accounts.google.com, offered on Xero's log-in page; it refuses embedded browsers.
// Each origin serves only its own routes.
enum class SandboxOrigin
{
    Main,
    XeroAuthorize,
    IdentityProvider,
    Google,
};

// The root URL (http://127.0.0.1:PORT, no trailing slash) of every origin of one sandbox.
struct SandboxOrigins
{
    QUrl main;
    QUrl xeroAuthorize;
    QUrl identityProvider;
    QUrl google;

    static QList<SandboxOrigin> all();
    // "main", "xeroAuthorize", "identityProvider", "google": the names /_sandbox/origins uses.
    static QString name(SandboxOrigin origin);
    // What the origin stands for, for people: "Xero authorize (authorize.xero.com)".
    static QString description(SandboxOrigin origin);

    QUrl url(SandboxOrigin origin) const;
    void setUrl(SandboxOrigin origin, const QUrl &root);
};
