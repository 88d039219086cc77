#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

class AssistantServices;
class QSettings;
class QTemporaryDir;
class SandboxServer;

// The services stack behind the program's windows, in one of two forms. Real: the endpoints
// layered as the command line layers them (settings, environment, endpoint flags), tokens in
// the system keychain, the user's settings. Sandbox: the built-in sandbox inside the program on
// a loopback port, its sign-in client ids, tokens in memory and settings in a temporary folder,
// so that exploring it leaves the user's real settings and keychain untouched.
class WindowServices
{
    Q_DECLARE_TR_FUNCTIONS(WindowServices)

public:
    ~WindowServices();

    // settings: the user's, which must outlive the result. On failure, null and problem says
    // why in a sentence.
    static std::unique_ptr<WindowServices>
    real(QSettings *settings, const QMap<QString, QString> &endpointFlags, QString *problem);
    static std::unique_ptr<WindowServices> sandbox(QString *problem);

    AssistantServices *services() const { return m_services.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }

private:
    WindowServices();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_sandboxFolder;
    std::unique_ptr<QSettings> m_sandboxSettings;
    std::unique_ptr<AssistantServices> m_services;
};
