#pragma once

#include "apierror.h"
#include "commandline.h"
#include "datasetselection.h"
#include "endpoints.h"
#include "exitcode.h"
#include "refreshrun.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

class AssistantServices;
class DatasetWatch;
class RepairSession;
class SandboxServer;
class QTemporaryDir;
class QTimer;
class WatchMemory;
class WatchSwitch;
struct WatchReport;

// Runs one command of the command line without a window: signs in, chooses the dataset,
// drives the repair session, prints the result (plain lines, or one JSON document with
// --json) and finishes with the exit code of the contract (exitcode.h). Progress goes to
// stderr while it waits for a refresh. Never prints a token or a secret.
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    explicit CommandRunner(const CommandLine &line, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Starts the command; finished() comes once, later.
    void start();

signals:
    void finished(int exitCode);

private:
    bool setUpEndpoints();
    void setUpServices();
    void signIn();
    void chooseDataset();
    void runCommand();
    void listDatasets();
    void showStatus();
    void showHistory();
    void showOrChangeSchedule();
    void refreshNow();
    void watch();
    void setUpWatch();
    void watchCannotCheck(const ApiError &error);
    void reportWatch(const WatchReport &report);
    void waitForFixNow(const WatchReport &report, ExitCode code);
    void endWatchOnceAnswered();
    void openWindow(const QString &what);
    QString watchLanguage() const;
    void followRefresh(const RefreshRun &run);
    void reportRefresh(const RefreshRun &run);
    void startDeadline();
    void onDeadline();
    void failWhileFollowing(const ApiError &error, const RefreshRun &run);
    static QString requestIdOf(const RefreshRun &run);
    QString waitEndedSentence() const;

    void succeed(ExitCode code, const QString &plainText, const QJsonObject &document);
    void failUsage(const QString &code, const QString &message,
                   const QList<DatasetChoice> &candidates = {});
    void failSelection(const DatasetSelection &selection);
    void failWith(const ApiError &error);
    void printFailure(const ApiError &error);
    void finish(ExitCode code);
    void exitOnceTokensAreSafe(ExitCode code, const QDeadlineTimer &limit);
    static ExitCode exitCodeFor(const ApiError &error);
    static void printOut(const QString &text);
    static void printError(const QString &text);

    CommandLine m_line;
    QSettings m_settings;
    Endpoints m_endpoints;
    std::unique_ptr<SandboxServer> m_sandbox;
    AssistantServices *m_services = nullptr;
    RepairSession *m_session = nullptr;
    std::optional<ApiError> m_keychainError;
    // refresh-now --wait: when the wait ends, whatever is under way (sign-in, the POST, a poll,
    // a back-off); the refresh asked for, and as last seen.
    QTimer *m_deadline = nullptr;
    QDeadlineTimer m_waitEnds;
    bool m_refreshRequested = false;
    std::optional<RefreshRun> m_run;
    bool m_finished = false;
    // watch: its memory lives in the user's settings, or for --sandbox in a scratch file that
    // goes with the sandbox.
    std::unique_ptr<QTemporaryDir> m_watchScratch;
    std::unique_ptr<QSettings> m_watchSettings;
    std::unique_ptr<WatchMemory> m_watchMemory;
    WatchSwitch *m_watchSwitch = nullptr;
    DatasetWatch *m_watch = nullptr;
    // What the user did with the notifications, heard from the start (a click may come before the
    // check has finished), and the exit code once the check is reported.
    QString m_openRequested;
    bool m_notificationsGone = false;
    std::optional<ExitCode> m_watchExit;
};
