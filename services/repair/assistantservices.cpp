#include "assistantservices.h"

#include "credentialpush.h"
#include "httptransport.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "powerbiclient.h"
#include "repairsession.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace {

// The window and the watch's timer are two processes that may renew one Xero grant at once:
// their renewal locks live under the user's home, not the runtime folder, which a cron job does
// not have (a lock in another folder than the window's would exclude nothing).
QString xeroLockFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/xero-refresh-assistant/locks");
}

} // namespace

AssistantServices::AssistantServices(const Endpoints &endpoints, TokenStore::Backend backend,
                                     const QString &keychainService, QSettings *settings,
                                     QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_settings(settings)
{
    m_network = new QNetworkAccessManager(this);
    m_transport = new HttpTransport(m_network, this);
    m_powerBi = new PowerBiClient(m_transport, endpoints.powerBiApiRoot(), this);
    m_store = new TokenStore(backend, keychainService, this);
    m_microsoftSignIn = new MicrosoftSignIn(m_transport, endpoints, this);
    m_xeroSignIn = new XeroSignIn(m_transport, endpoints, this);
    if (settings) {
        m_microsoftSignIn->loadSettings(*settings);
        m_xeroSignIn->loadSettings(*settings);
    }
    m_microsoftAccount = new MicrosoftAccount(m_microsoftSignIn, m_store, m_powerBi, this);
    m_xeroAccount = new XeroAccount(m_xeroSignIn, m_store, settings, this);
    m_xeroAccount->setLockFolder(xeroLockFolder());
    m_credentialPush = new CredentialPush(m_microsoftAccount, m_xeroAccount, this);
    RepairSession::Services parts;
    parts.microsoftSignIn = m_microsoftSignIn;
    parts.microsoftAccount = m_microsoftAccount;
    parts.xeroSignIn = m_xeroSignIn;
    parts.xeroAccount = m_xeroAccount;
    parts.credentialPush = m_credentialPush;
    parts.transport = m_transport;
    parts.settings = settings;
    parts.endpoints = endpoints;
    m_session = new RepairSession(parts, this);
}

// The session first: it holds pointers to everything else.
AssistantServices::~AssistantServices()
{
    delete m_session;
}

void AssistantServices::useSandboxClientIds()
{
    m_microsoftSignIn->setClientId(sandboxMicrosoftClientId());
    m_xeroSignIn->setClientId(sandboxXeroClientId());
}

void AssistantServices::setClock(const UtcClock &clock)
{
    m_microsoftSignIn->setClock(clock);
    m_microsoftAccount->setClock(clock);
    m_xeroSignIn->setClock(clock);
    m_xeroAccount->setClock(clock);
    m_session->setClock(clock);
}

QString AssistantServices::rememberedAccount() const
{
    if (!m_settings)
        return {};
    return m_settings->value(MicrosoftSignInFlow::accountSettingsKey()).toString();
}
