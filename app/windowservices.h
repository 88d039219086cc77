#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

class AssistantServices;
class QSettings;
class SandboxServer;
class SandboxStateFile;

// The services stack behind the program's windows, in one of two forms. Real: the endpoints
// layered as the command line layers them (settings, environment, endpoint flags), tokens in
// the system keychain, the user's settings. Sandbox: the built-in sandbox inside the program on
// loopback ports, kept between starts in a folder of its own (its settings and its state file)
// with its tokens in the system keychain under a name of its own, so that exploring it never
// touches the user's real settings and sign-ins.
class WindowServices
{
    Q_DECLARE_TR_FUNCTIONS(WindowServices)

public:
    ~WindowServices();

    // settings: the user's, which must outlive the result. On failure, null and problem says
    // why in a sentence.
    static std::unique_ptr<WindowServices>
    real(QSettings *settings, const QMap<QString, QString> &endpointFlags, QString *problem);
    // folder: where the kept sandbox lives (sandboxFolder() in the program). reset: the sandbox
    // starts again from its ready scenario, its settings, state and sign-ins forgotten.
    static std::unique_ptr<WindowServices> sandbox(const QString &folder, bool reset,
                                                   QString *problem);
    // <the user's application data>/sandbox
    static QString sandboxFolder();

    AssistantServices *services() const { return m_services.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }
    // Something the user must hear once a window shows (the sandbox's state could not be read);
    // empty when there is nothing.
    QString notice() const { return m_notice; }

private:
    WindowServices();
    bool startSandbox(const QString &folder, bool reset, QString *problem);
    void forgetSandboxSignIns();
    void keepCatalogueIn(const QString &folder);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxStateFile> m_sandboxState;
    std::unique_ptr<QSettings> m_sandboxSettings;
    std::unique_ptr<AssistantServices> m_services;
    QString m_notice;
};
