#pragma once

#include "apierror.h"
#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>
#include <optional>

class FirstStartDialog;
class QWidget;
class RepairWizard;
class StatusWindow;
class WatchMemory;
class WatchSwitch;
class WatchTimer;
class WebContent;
class WindowServices;

// How the program opens its windows when started without a command. It builds the services
// (real, or the in-process sandbox for --sandbox or when the first-start choice asks for it),
// asks for an app registration on a first start, signs in silently as the remembered account,
// then shows the status window for a remembered dataset or else the repair wizard, and moves
// between the two: Fix credentials... opens the wizard at Settings for Xero, a wizard that ends
// with a remembered dataset gives way to the status window. Nothing waits: every step is a
// callback.
class WindowLauncher : public QObject
{
    Q_OBJECT

public:
    // settings: the user's real settings (never written in sandbox mode); webContent: what
    // makes the wizard's web views. Both must outlive this.
    WindowLauncher(const CommandLine &line, QSettings *settings, WebContent *webContent,
                   QObject *parent = nullptr);
    ~WindowLauncher() override;

    // The settings key of the Power BI app registration; empty means a first start.
    static QString clientIdSettingsKey() { return QStringLiteral("microsoft/clientId"); }
    static QString tenantSettingsKey() { return QStringLiteral("microsoft/tenant"); }
    static QString xeroClientIdSettingsKey() { return QStringLiteral("xero/clientId"); }

    void start();
    // Another start of the program asked for the window: the visible one comes forward, or the
    // step that fixes what a notification told (what: an --open value; empty: as it is).
    void bringForward(const QString &what = {});

    // What is showing (null when not made yet).
    StatusWindow *statusWindow() const;
    RepairWizard *wizard() const;

signals:
    // The last window closed, or the program cannot start: the application exits with code.
    void finished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askFirstStart();
    void onFirstStartChosen();
    void useRealServices();
    void useSandboxServices();
    void setUpWatch();
    void turnWatchOffForAnotherDataset(const QString &datasetId);
    void signInSilently();
    void showStatusWindowSigningIn(const QString &account);
    void presentStatusWindow();
    void showStatusWindow();
    void openWizardAt(int pageId);
    void fixCredentials();
    bool openRequestedStep();
    void onWizardFinished(int result);
    void tellKeychainUnavailable(const ApiError &error);
    void addNotice(const QString &sentence);
    void showPendingNotice();
    void failToStart(const QString &sentence, int exitCode);
    QWidget *visibleWindow() const;

    CommandLine m_line;
    QSettings *m_settings;
    std::unique_ptr<WindowServices> m_stack;
    // The watch's switch, for the real services only (a timer would watch nothing real in the
    // sandbox).
    std::unique_ptr<WatchMemory> m_watchMemory;
    std::unique_ptr<WatchTimer> m_watchTimer;
    std::unique_ptr<WatchSwitch> m_watchSwitch;
    WebContent *m_webContent;
    QPointer<FirstStartDialog> m_firstStart;
    QPointer<StatusWindow> m_statusWindow;
    QPointer<RepairWizard> m_wizard;
    std::optional<QString> m_pendingNotice;
    // --open, or another start's request before the sign-in ended: shown once signed in.
    QString m_pendingOpen;
};
