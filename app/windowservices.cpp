#include "windowservices.h"

#include "assistantservices.h"
#include "datasetfinder.h"
#include "endpoints.h"
#include "repairsession.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "sandboxstatefile.h"
#include "sandboxxerogrants.h"
#include "tokenkey.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

WindowServices::WindowServices() = default;

// The services first: they hold pointers to the settings, and talk to the sandbox. Then the
// state file, which writes the sandbox one last time.
WindowServices::~WindowServices()
{
    m_services.reset();
    m_sandboxState.reset();
}

std::unique_ptr<WindowServices> WindowServices::real(QSettings *settings,
                                                     const QMap<QString, QString> &endpointFlags,
                                                     QString *problem)
{
    const Endpoints endpoints =
        Endpoints::layered(settings, QProcessEnvironment::systemEnvironment(), endpointFlags);
    const QStringList problems = endpoints.problems();
    if (!problems.isEmpty()) {
        *problem = problems.join(QLatin1Char(' '));
        return nullptr;
    }
    std::unique_ptr<WindowServices> stack(new WindowServices);
    stack->m_services =
        std::make_unique<AssistantServices>(endpoints, TokenStore::Backend::SystemKeychain,
                                            AssistantServices::keychainService(), settings);
    stack->keepCatalogueIn(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                           QStringLiteral("/catalogue"));
    return stack;
}

QString WindowServices::sandboxFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sandbox");
}

std::unique_ptr<WindowServices> WindowServices::sandbox(const QString &folder, bool reset,
                                                        QString *problem)
{
    std::unique_ptr<WindowServices> stack(new WindowServices);
    if (!stack->startSandbox(folder, reset, problem))
        return nullptr;
    stack->m_services = std::make_unique<AssistantServices>(
        Endpoints::sandbox(stack->m_sandbox->rootUrl(),
                           {{QStringLiteral("Google"),
                             stack->m_sandbox->originUrl(SandboxOrigin::Google).authority()}}),
        TokenStore::Backend::SystemKeychain, AssistantServices::sandboxKeychainService(),
        stack->m_sandboxSettings.get());
    stack->m_services->useSandboxClientIds();
    // The sandbox's clock is everyone's "now", so refreshes left today and elapsed times agree
    // with the sandbox's history.
    SandboxServer *server = stack->m_sandbox.get();
    stack->m_services->setClock([server] { return server->now(); });
    const QString catalogueFolder = folder + QStringLiteral("/catalogue");
    if (reset) {
        stack->forgetSandboxSignIns();
        QDir(catalogueFolder).removeRecursively();
    }
    stack->keepCatalogueIn(catalogueFolder);
    return stack;
}

// The last list of datasets is shown at once at the next start while a fresh one loads.
void WindowServices::keepCatalogueIn(const QString &folder)
{
    m_services->session()->finder()->setCatalogueCacheFolder(folder);
}

bool WindowServices::startSandbox(const QString &folder, bool reset, QString *problem)
{
    if (!QDir().mkpath(folder)) {
        *problem = tr("The sandbox could not start: its folder %1 cannot be made.")
                       .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString settingsPath = folder + QStringLiteral("/settings.ini");
    if (reset)
        QFile::remove(settingsPath);
    m_sandboxSettings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);

    m_sandbox = std::make_unique<SandboxServer>();
    if (!m_sandbox->listen()) {
        *problem = tr("The sandbox could not start: %1").arg(m_sandbox->errorString());
        return false;
    }
    m_sandboxState =
        std::make_unique<SandboxStateFile>(m_sandbox.get(), folder + QStringLiteral("/state.json"));
    if (reset)
        m_sandboxState->remove();
    if (m_sandboxState->load() == SandboxStateFile::Loaded::Unreadable) {
        m_notice = tr("The sandbox's saved state could not be read, so the sandbox starts again "
                      "from the beginning.");
        if (!m_sandboxState->setAsidePath().isEmpty())
            m_notice += QLatin1Char(' ') +
                        tr("The unreadable file was kept as %1.")
                            .arg(QDir::toNativeSeparators(m_sandboxState->setAsidePath()));
    }
    return true;
}

// The sandbox's own keychain entries go with its reset: every account and organisation it
// knows (nothing else is ever kept under its name).
void WindowServices::forgetSandboxSignIns()
{
    TokenStore *store = m_services->tokenStore();
    QList<TokenKey> keys{TokenKey::microsoftRefreshToken(SandboxScenario::microsoftUser),
                         TokenKey::microsoftRefreshToken(SandboxScenario::federatedUser)};
    for (const SandboxXeroGrants::Organisation &organisation : SandboxXeroGrants::organisations())
        keys.append(TokenKey::xeroRefreshToken(organisation.tenantId));
    for (const TokenKey &key : keys)
        store->remove(key, m_services.get(), [](Result<Done>) {});
}
