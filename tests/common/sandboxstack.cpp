#include "sandboxstack.h"

#include "httptransport.h"
#include "microsoftaccount.h"
#include "sandboxbrowser.h"
#include "sandboxscenario.h"
#include "sandboxtokens.h"
#include "xeroaccount.h"
#include "xeroconnection.h"

#include <QLoggingCategory>

#include <chrono>

SandboxStack::SandboxStack() = default;

// The services first: they hold requests to the sandbox.
SandboxStack::~SandboxStack()
{
    m_services.reset();
}

bool SandboxStack::start()
{
    QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
    if (!sandbox.listen() || !m_settingsDir.isValid())
        return false;
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("test.ini")),
                                             QSettings::IniFormat);
    buildServices();
    return true;
}

void SandboxStack::restartServices()
{
    m_services.reset();
    buildServices();
}

void SandboxStack::buildServices()
{
    using namespace std::chrono_literals;
    m_services = std::make_unique<AssistantServices>(
        Endpoints::sandbox(
            sandbox.rootUrl(),
            {{QStringLiteral("Google"), sandbox.originUrl(SandboxOrigin::Google).authority()}}),
        TokenStore::Backend::MemoryOnly, AssistantServices::sandboxKeychainService(),
        m_settings.get());
    m_services->useSandboxClientIds();
    m_services->setClock([this] { return sandbox.now(); });
    m_services->transport()->setTransferTimeout(5s);
    m_services->transport()->setRetryAfterCap(2s);
    session()->runner()->setPollInterval(50ms, 200ms);
}

Result<Done> SandboxStack::signInAsSandboxUser()
{
    return await<Done>([&](QObject *context, Callback<Done> done) {
        m_services->microsoftAccount()->adoptSignIn(sandboxUserTokens(sandbox), context, done);
    });
}

void SandboxStack::useServicePrincipal(const QString &clientId)
{
    m_services->microsoftAccount()->useServicePrincipal(ServicePrincipal(
        QStringLiteral("contoso"), clientId, SandboxScenario::servicePrincipalSecret));
}

Result<Done> SandboxStack::signInToPowerBi(SandboxBrowser &browser)
{
    const QUrl redirect = browser.microsoftSignIn(session()->microsoft()->begin());
    if (!redirect.isValid())
        return ApiError::network(ApiError::Service::MicrosoftIdentity,
                                 QStringLiteral("test: the sign-in pages gave no redirect: ") +
                                     QString::fromUtf8(browser.lastBody()));
    return await<Done>([&](QObject *context, Callback<Done> done) {
        session()->microsoft()->complete(redirect, context, done);
    });
}

Result<XeroSignInOutcome> SandboxStack::signInToXero(SandboxBrowser &browser,
                                                     const QString &organisationName,
                                                     const QStringList &tenantIds)
{
    const QUrl redirect = browser.xeroSignIn(session()->xero()->begin(), tenantIds);
    return await<XeroSignInOutcome>([&](QObject *context, Callback<XeroSignInOutcome> done) {
        session()->xero()->complete(redirect, organisationName, context, done);
    });
}

Result<Done> SandboxStack::storeXeroGrant()
{
    const Result<Done> adopted = await<Done>([&](QObject *context, Callback<Done> done) {
        m_services->xeroAccount()->adoptGrant(
            SandboxScenario::contosoLtdTenantId,
            sandboxXeroGrant(sandbox, AssistantServices::sandboxXeroClientId()), context, done);
    });
    if (adopted)
        session()->organisation()->choose(XeroConnection::make(SandboxScenario::contosoLtdTenantId,
                                                               QStringLiteral("Contoso Ltd")));
    return adopted;
}

Result<DatasetSelection> SandboxStack::choose(const QString &workspace, const QString &dataset)
{
    return await<DatasetSelection>([&](QObject *context, Callback<DatasetSelection> done) {
        session()->finder()->selectDataset({workspace, dataset}, context, done);
    });
}

Result<DatasetSelection> SandboxStack::chooseXeroDataset()
{
    return choose(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
}
