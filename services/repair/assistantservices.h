#pragma once

#include "endpoints.h"
#include "tokenstore.h"
#include "utcclock.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

class CredentialPush;
class HttpTransport;
class MicrosoftAccount;
class MicrosoftSignIn;
class PowerBiClient;
class QNetworkAccessManager;
class RepairSession;
class XeroAccount;
class XeroSignIn;

// The whole services layer wired together for one endpoint set: transport, Power BI client,
// keychain, both sign-ins and accounts, the credential push and the repair session. The
// command line and the window build the same stack through this one class.
class AssistantServices : public QObject
{
    Q_OBJECT

public:
    // The client ids the sandbox's sign-in pages are used with (the sandbox accepts any).
    static QString sandboxMicrosoftClientId() { return QStringLiteral("assistant-sandbox"); }
    static QString sandboxXeroClientId() { return QStringLiteral("assistant-sandbox-xero"); }
    // The keychain "service" the tokens are kept under: the program's, and the kept sandbox's
    // (xero-refresh-assistant --sandbox), so that the sandbox's sign-ins never meet the real ones.
    static QString keychainService() { return QStringLiteral("xero-refresh-assistant"); }
    static QString sandboxKeychainService()
    {
        return QStringLiteral("xero-refresh-assistant-sandbox");
    }

    // settings: where the sign-ins read their app registrations (client ids, tenant, redirect
    // URIs) and where the session remembers the account, the organisation and the dataset.
    // Null: nothing read, nothing remembered. Must outlive this object.
    // keychainService: where backend keeps the tokens (keychainService() or
    // sandboxKeychainService()).
    AssistantServices(const Endpoints &endpoints, TokenStore::Backend backend,
                      const QString &keychainService, QSettings *settings,
                      QObject *parent = nullptr);
    ~AssistantServices() override;

    // Uses the sandbox's client ids instead of the settings' app registrations.
    void useSandboxClientIds();
    // "Now" for every part (the sandbox's movable clock, in tests and in --sandbox).
    void setClock(const UtcClock &clock);

    Endpoints endpoints() const { return m_endpoints; }
    HttpTransport *transport() const { return m_transport; }
    PowerBiClient *powerBi() const { return m_powerBi; }
    TokenStore *tokenStore() const { return m_store; }
    MicrosoftSignIn *microsoftSignIn() const { return m_microsoftSignIn; }
    MicrosoftAccount *microsoftAccount() const { return m_microsoftAccount; }
    XeroSignIn *xeroSignIn() const { return m_xeroSignIn; }
    XeroAccount *xeroAccount() const { return m_xeroAccount; }
    CredentialPush *credentialPush() const { return m_credentialPush; }
    RepairSession *session() const { return m_session; }
    QSettings *settings() const { return m_settings; }

    // The Power BI account remembered in the settings (its name, never a secret); empty if none.
    QString rememberedAccount() const;

private:
    Endpoints m_endpoints;
    QPointer<QSettings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    HttpTransport *m_transport = nullptr;
    PowerBiClient *m_powerBi = nullptr;
    TokenStore *m_store = nullptr;
    MicrosoftSignIn *m_microsoftSignIn = nullptr;
    MicrosoftAccount *m_microsoftAccount = nullptr;
    XeroSignIn *m_xeroSignIn = nullptr;
    XeroAccount *m_xeroAccount = nullptr;
    CredentialPush *m_credentialPush = nullptr;
    RepairSession *m_session = nullptr;
};
