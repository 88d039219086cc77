#pragma once

#include "assistantservices.h"
#include "awaitresult.h"
#include "datasetselection.h"
#include "repairsession.h"
#include "sandboxserver.h"
#include "xerosigninoutcome.h"

#include <QObject>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class SandboxBrowser;

// The services as the program builds them (AssistantServices, the one factory), against a
// sandbox on a random loopback port: tokens in memory, settings in a private INI file, the
// sandbox's movable clock as everyone's "now", and short transport waits so that an injected
// fault fails fast. Every suite above the clients starts from it.
class SandboxStack
{
public:
    SandboxStack();
    ~SandboxStack();

    // Starts the sandbox and builds the services; false when the sandbox cannot listen (why:
    // sandbox.errorString()).
    bool start();
    // The services built again over the same sandbox and settings, as at a later start of the
    // program (what was in memory only is gone).
    void restartServices();

    AssistantServices *services() const { return m_services.get(); }
    RepairSession *session() const { return m_services->session(); }
    QSettings *settings() const { return m_settings.get(); }
    QObject *context() { return &m_context; }

    // Starts an operation with context() and waits for its answer.
    template<typename T, typename Start> Result<T> await(Start start, int timeoutMs = 15000)
    {
        return awaitResult<T>([&](Callback<T> done) { start(&m_context, done); }, timeoutMs);
    }

    // Signed in to Power BI without the sign-in pages: the sandbox user, as after a completed
    // sign-in, or the sandbox's service principal.
    Result<Done> signInAsSandboxUser();
    void useServicePrincipal(const QString &clientId = SandboxScenario::servicePrincipalClientId);
    // Through the sign-in pages, played over HTTP by browser (what the embedded view would do).
    Result<Done> signInToPowerBi(SandboxBrowser &browser);
    Result<XeroSignInOutcome> signInToXero(SandboxBrowser &browser, const QString &organisationName,
                                           const QStringList &tenantIds);
    // A Xero grant for Contoso Ltd kept and chosen, as after the Xero sign-in and its
    // organisation check.
    Result<Done> storeXeroGrant();
    // The dataset named (ids or names) becomes the chosen one.
    Result<DatasetSelection> choose(const QString &workspace, const QString &dataset);
    // The scenario's broken Xero dataset in Finance becomes the chosen one.
    Result<DatasetSelection> chooseXeroDataset();

    SandboxServer sandbox;

private:
    void buildServices();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AssistantServices> m_services;
    QObject m_context;
};
