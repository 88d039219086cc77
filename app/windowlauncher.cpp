#include "windowlauncher.h"

#include "apptranslations.h"
#include "assistantservices.h"
#include "chosendataset.h"
#include "datasetfinder.h"
#include "exitcode.h"
#include "firststartdialog.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "repairsession.h"
#include "repairwizard.h"
#include "statuswindow.h"
#include "systemdusertimer.h"
#include "tokenstore.h"
#include "watchmemory.h"
#include "watchswitch.h"
#include "windowservices.h"
#include "xerosignin.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcLauncher, "xra.app.window")

WindowLauncher::WindowLauncher(const CommandLine &line, QSettings *settings, WebContent *webContent,
                               QObject *parent)
    : QObject(parent)
    , m_line(line)
    , m_settings(settings)
    , m_webContent(webContent)
    , m_pendingOpen(line.open())
{}

// Windows first (they hold the session), then the services.
WindowLauncher::~WindowLauncher()
{
    delete m_statusWindow;
    delete m_wizard;
    delete m_firstStart;
    m_watchSwitch.reset();
    m_stack.reset();
}

StatusWindow *WindowLauncher::statusWindow() const
{
    return m_statusWindow;
}

RepairWizard *WindowLauncher::wizard() const
{
    return m_wizard;
}

void WindowLauncher::start()
{
    // The program moves between windows (hiding one, showing the other): it ends when the user
    // closes the one showing, which this class decides.
    QApplication::setQuitOnLastWindowClosed(false);
    if (m_line.sandbox())
        return useSandboxServices();
    if (m_settings->value(clientIdSettingsKey()).toString().trimmed().isEmpty())
        return askFirstStart();
    useRealServices();
}

void WindowLauncher::bringForward(const QString &what)
{
    QWidget *window = visibleWindow();
    qCInfo(lcLauncher) << "another start asked for the window" << (window != nullptr) << what;
    if (!what.isEmpty())
        m_pendingOpen = what;
    // The status window shows once signed in with a dataset: then the step can open.
    if (m_statusWindow && m_statusWindow->isVisible() && openRequestedStep())
        return;
    if (!window)
        return; // still signing in: the window comes up on its own, then the step
    // The wizard is already open at some step: it comes forward as it is, and the request is not
    // kept for a later, unrelated activation.
    m_pendingOpen.clear();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

// ---- first start ----------------------------------------------------------------------------

void WindowLauncher::askFirstStart()
{
    m_firstStart = new FirstStartDialog(MicrosoftSignIn::redirectUriIn(*m_settings),
                                        XeroSignIn::redirectUriIn(*m_settings),
                                        XeroSignIn::loopbackRedirectUriIn(*m_settings));
    m_firstStart->setAttribute(Qt::WA_DeleteOnClose);
    m_firstStart->setXeroClientId(m_settings->value(xeroClientIdSettingsKey()).toString());
    m_firstStart->setXeroAppPredatesGranularScopes(
        m_settings->value(XeroSignIn::scopeSetSettingsKey()).toString() ==
        XeroSignIn::scopeSetName(XeroSignIn::ScopeSet::Broad));
    connect(m_firstStart, &QDialog::accepted, this, &WindowLauncher::onFirstStartChosen);
    connect(m_firstStart, &QDialog::rejected, this, [this] { emit finished(0); });
    m_firstStart->open();
}

// The dialog only says what was chosen; the app registration is written here.
void WindowLauncher::onFirstStartChosen()
{
    if (m_firstStart->choice() == FirstStartDialog::Choice::ExploreSandbox)
        return useSandboxServices();
    m_settings->setValue(clientIdSettingsKey(), m_firstStart->clientId());
    m_settings->setValue(tenantSettingsKey(), m_firstStart->tenant());
    m_settings->setValue(xeroClientIdSettingsKey(), m_firstStart->xeroClientId());
    m_settings->setValue(XeroSignIn::scopeSetSettingsKey(),
                         XeroSignIn::scopeSetName(m_firstStart->xeroAppPredatesGranularScopes()
                                                      ? XeroSignIn::ScopeSet::Broad
                                                      : XeroSignIn::ScopeSet::Granular));
    m_settings->sync();
    useRealServices();
}

// ---- services -------------------------------------------------------------------------------

void WindowLauncher::useRealServices()
{
    QString problem;
    m_stack = WindowServices::real(m_settings, m_line.endpointFlags(), &problem);
    if (!m_stack)
        return failToStart(problem, toInt(ExitCode::Usage));
    setUpWatch();
    signInSilently();
}

void WindowLauncher::setUpWatch()
{
    m_watchMemory = std::make_unique<WatchMemory>(m_settings);
    m_watchTimer = std::make_unique<SystemdUserTimer>();
    const QString language =
        m_line.language().isEmpty() ? AppTranslations::systemLanguage() : m_line.language();
    m_watchSwitch = std::make_unique<WatchSwitch>(
        m_watchMemory.get(), m_watchTimer.get(), QCoreApplication::applicationFilePath(), language);
    connect(m_stack->services()->session()->dataset(), &ChosenDataset::changed, this,
            [this](const DatasetChoice &choice) {
                turnWatchOffForAnotherDataset(choice.dataset.id());
            });
}

// The watch is for one dataset: choosing another (or none) removes what it installed.
void WindowLauncher::turnWatchOffForAnotherDataset(const QString &datasetId)
{
    if (!m_watchMemory->isEnabled() || m_watchMemory->datasetId() == datasetId)
        return;
    qCInfo(lcLauncher) << "another dataset was chosen: the watch is turned off";
    m_watchSwitch->turnOff(this, [](Result<Done> removed) {
        if (!removed)
            qCWarning(lcLauncher) << "the watch's timer could not be removed:"
                                  << removed.error().code();
    });
}

void WindowLauncher::useSandboxServices()
{
    QString problem;
    // A sandbox chosen on a first start is the kept one too: the next --sandbox finds it.
    m_stack =
        WindowServices::sandbox(WindowServices::sandboxFolder(), m_line.sandboxReset(), &problem);
    if (!m_stack)
        return failToStart(problem, toInt(ExitCode::Service));
    qCInfo(lcLauncher) << "running against the built-in sandbox kept in"
                       << WindowServices::sandboxFolder();
    if (!m_stack->notice().isEmpty())
        addNotice(m_stack->notice());
    signInSilently();
}

// ---- sign-in and the first window -----------------------------------------------------------

void WindowLauncher::signInSilently()
{
    AssistantServices *services = m_stack->services();
    connect(services->tokenStore(), &TokenStore::keychainUnavailable, this,
            &WindowLauncher::tellKeychainUnavailable);
    const QString account = services->rememberedAccount();
    if (account.isEmpty())
        return openWizardAt(RepairWizard::PageSignInPowerBi);
    // The remembered dataset shows at once, as the settings describe it; Power BI's answers
    // fill the window in once the silent sign-in is done (the status read also finds out if
    // the dataset is gone, and the window then says so).
    const bool remembered = services->session()->dataset()->chooseRemembered();
    if (remembered)
        showStatusWindowSigningIn(account);
    services->microsoftAccount()->startSilently(
        account, this, [this, remembered](Result<MicrosoftAccount::StartOutcome> outcome) {
            if (outcome && outcome.value() == MicrosoftAccount::StartOutcome::SignedIn) {
                if (remembered && m_statusWindow) {
                    m_statusWindow->reload();
                    openRequestedStep();
                    return;
                }
                return openWizardAt(RepairWizard::PageChooseDataset);
            }
            if (!outcome)
                qCInfo(lcLauncher) << "silent sign-in failed:" << outcome.error().code();
            // Signed out: the repair starts from the sign-in, and ends the program if closed.
            if (m_statusWindow)
                m_statusWindow->deleteLater();
            openWizardAt(RepairWizard::PageSignInPowerBi);
        });
}

void WindowLauncher::showStatusWindowSigningIn(const QString &account)
{
    presentStatusWindow();
    m_statusWindow->showSigningIn(account);
    showPendingNotice();
}

// Shown, in front and with the keyboard (Alt+R works at once), in place of the wizard.
void WindowLauncher::presentStatusWindow()
{
    if (!m_statusWindow) {
        RepairSession *session = m_stack->services()->session();
        m_statusWindow =
            new StatusWindow(session->operations(), session->status(), session->runner(),
                             session->dataset(), m_watchSwitch.get());
        m_statusWindow->installEventFilter(this);
        connect(m_statusWindow, &StatusWindow::fixCredentialsRequested, this,
                &WindowLauncher::fixCredentials);
        connect(m_statusWindow, &StatusWindow::chooseDatasetRequested, this,
                [this] { openWizardAt(RepairWizard::PageChooseDataset); });
    }
    m_statusWindow->show();
    m_statusWindow->raise();
    m_statusWindow->activateWindow();
    if (m_wizard)
        m_wizard->hide();
}

void WindowLauncher::showStatusWindow()
{
    presentStatusWindow();
    m_statusWindow->reload();
    showPendingNotice();
}

void WindowLauncher::openWizardAt(int pageId)
{
    if (!m_wizard) {
        RepairSession *session = m_stack->services()->session();
        // --workspace narrows the wizard's list as it narrows the commands' search.
        session->finder()->setListingScope(m_line.workspace());
        m_wizard = new RepairWizard(session, m_webContent);
        connect(m_wizard, &QDialog::finished, this, &WindowLauncher::onWizardFinished);
    }
    m_wizard->setStartId(pageId);
    m_wizard->restart();
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    if (m_statusWindow)
        m_statusWindow->hide();
    showPendingNotice();
}

void WindowLauncher::fixCredentials()
{
    openWizardAt(RepairWizard::pageIdFor(RepairStep::XeroSettings));
}

// A notification's Fix now (--open): the step that fixes what it told, over the status window.
// False when the request was only to show the status.
bool WindowLauncher::openRequestedStep()
{
    const QString what = std::exchange(m_pendingOpen, QString());
    if (what == QLatin1String("xero-settings"))
        fixCredentials();
    else if (what == QLatin1String("schedule"))
        openWizardAt(RepairWizard::pageIdFor(RepairStep::Schedule));
    else
        return false;
    return true;
}

// A wizard that ends with a remembered dataset, or one closed on the way back from the status
// window, gives way to the status window; closed on a first run, it ends the program.
void WindowLauncher::onWizardFinished(int result)
{
    RepairSession *session = m_stack->services()->session();
    const bool hasDataset =
        session->dataset()->remembered().has_value() && session->dataset()->isChosen();
    const bool toStatus = result == QDialog::Accepted ? hasDataset : (m_statusWindow && hasDataset);
    if (toStatus)
        return showStatusWindow();
    emit finished(0);
}

bool WindowLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_statusWindow && event->type() == QEvent::Close) {
        m_stack->services()->session()->cancel();
        emit finished(0);
    }
    return QObject::eventFilter(watched, event);
}

// ---- messages -------------------------------------------------------------------------------

// Said once, in the window showing (or the next one to show); the program goes on with the
// sign-ins kept in memory.
void WindowLauncher::tellKeychainUnavailable(const ApiError &error)
{
    addNotice(error.plainSentence());
    showPendingNotice();
}

// Told together when a window shows, if several come before it.
void WindowLauncher::addNotice(const QString &sentence)
{
    m_pendingNotice =
        m_pendingNotice ? *m_pendingNotice + QStringLiteral("\n\n") + sentence : sentence;
}

void WindowLauncher::showPendingNotice()
{
    if (!m_pendingNotice)
        return;
    if (m_statusWindow && m_statusWindow->isVisible()) {
        m_statusWindow->showNotice(*m_pendingNotice);
    } else if (m_wizard && m_wizard->isVisible()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Xero Refresh Assistant"),
                                    *m_pendingNotice, QMessageBox::Ok, m_wizard);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        return; // told when a window shows
    }
    m_pendingNotice.reset();
}

void WindowLauncher::failToStart(const QString &sentence, int exitCode)
{
    qCWarning(lcLauncher) << "cannot start:" << sentence;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Xero Refresh Assistant"), sentence,
                                QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, exitCode] { emit finished(exitCode); });
    box->open();
}

QWidget *WindowLauncher::visibleWindow() const
{
    for (QWidget *window :
         {static_cast<QWidget *>(m_firstStart.data()), static_cast<QWidget *>(m_wizard.data()),
          static_cast<QWidget *>(m_statusWindow.data())}) {
        if (window && window->isVisible())
            return window;
    }
    return nullptr;
}
