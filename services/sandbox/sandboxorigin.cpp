#include "sandboxorigin.h"

QList<SandboxOrigin> SandboxOrigins::all()
{
    return {SandboxOrigin::Main, SandboxOrigin::XeroAuthorize, SandboxOrigin::IdentityProvider,
            SandboxOrigin::Google};
}

QString SandboxOrigins::name(SandboxOrigin origin)
{
    switch (origin) {
    case SandboxOrigin::Main:
        return QStringLiteral("main");
    case SandboxOrigin::XeroAuthorize:
        return QStringLiteral("xeroAuthorize");
    case SandboxOrigin::IdentityProvider:
        return QStringLiteral("identityProvider");
    case SandboxOrigin::Google:
        return QStringLiteral("google");
    }
    return {};
}

QString SandboxOrigins::description(SandboxOrigin origin)
{
    switch (origin) {
    case SandboxOrigin::Main:
        return QStringLiteral("Power BI, Microsoft sign-in, Xero log-in, identity and API");
    case SandboxOrigin::XeroAuthorize:
        return QStringLiteral("Xero consent (authorize.xero.com)");
    case SandboxOrigin::IdentityProvider:
        return QStringLiteral("federated identity provider (fabrikam.example)");
    case SandboxOrigin::Google:
        return QStringLiteral("Google sign-in (accounts.google.com)");
    }
    return {};
}

QUrl SandboxOrigins::url(SandboxOrigin origin) const
{
    switch (origin) {
    case SandboxOrigin::Main:
        return main;
    case SandboxOrigin::XeroAuthorize:
        return xeroAuthorize;
    case SandboxOrigin::IdentityProvider:
        return identityProvider;
    case SandboxOrigin::Google:
        return google;
    }
    return {};
}

void SandboxOrigins::setUrl(SandboxOrigin origin, const QUrl &root)
{
    switch (origin) {
    case SandboxOrigin::Main:
        main = root;
        return;
    case SandboxOrigin::XeroAuthorize:
        xeroAuthorize = root;
        return;
    case SandboxOrigin::IdentityProvider:
        identityProvider = root;
        return;
    case SandboxOrigin::Google:
        google = root;
        return;
    }
}
