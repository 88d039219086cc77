#include "windowservices.h"

#include "assistantservices.h"
#include "endpoints.h"
#include "sandboxserver.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

WindowServices::WindowServices() = default;

// The services first: they hold pointers to the settings, and talk to the sandbox.
WindowServices::~WindowServices()
{
    m_services.reset();
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
    stack->m_services = std::make_unique<AssistantServices>(
        endpoints, TokenStore::Backend::SystemKeychain, settings);
    return stack;
}

std::unique_ptr<WindowServices> WindowServices::sandbox(QString *problem)
{
    std::unique_ptr<WindowServices> stack(new WindowServices);
    stack->m_sandbox = std::make_unique<SandboxServer>();
    if (!stack->m_sandbox->listen()) {
        *problem = tr("The sandbox could not start: %1").arg(stack->m_sandbox->errorString());
        return nullptr;
    }
    stack->m_sandboxFolder = std::make_unique<QTemporaryDir>();
    if (!stack->m_sandboxFolder->isValid()) {
        *problem = tr("The sandbox could not start: %1").arg(stack->m_sandboxFolder->errorString());
        return nullptr;
    }
    stack->m_sandboxSettings = std::make_unique<QSettings>(
        stack->m_sandboxFolder->filePath(QStringLiteral("sandbox.ini")), QSettings::IniFormat);
    stack->m_services = std::make_unique<AssistantServices>(
        Endpoints::sandbox(stack->m_sandbox->rootUrl(),
                           {{QStringLiteral("Google"),
                             stack->m_sandbox->originUrl(SandboxOrigin::Google).authority()}}),
        TokenStore::Backend::MemoryOnly, stack->m_sandboxSettings.get());
    stack->m_services->useSandboxClientIds();
    // The sandbox's clock is everyone's "now", so refreshes left today and elapsed times agree
    // with the sandbox's history.
    SandboxServer *server = stack->m_sandbox.get();
    stack->m_services->setClock([server] { return server->now(); });
    return stack;
}
