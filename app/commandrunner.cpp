#include "commandrunner.h"

#include "apptranslations.h"
#include "assistantservices.h"
#include "commandsignin.h"
#include "datasetwatch.h"
#include "freedesktopnotifier.h"
#include "jsonreport.h"
#include "microsoftaccount.h"
#include "plainreport.h"
#include "programidentity.h"
#include "repairsession.h"
#include "sandboxserver.h"
#include "systemdusertimer.h"
#include "tokenstore.h"
#include "watchmemory.h"
#include "watchswitch.h"
#include "xeroaccount.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

#include <cstdio>

namespace {
Q_LOGGING_CATEGORY(lcCommand, "xra.command")

// How long a Xero sign-in renewal under way may hold the exit: Xero has already rotated the
// token, and the program must not stop before the new one is saved.
constexpr std::chrono::seconds renewalGrace{15};
} // namespace

CommandRunner::CommandRunner(const CommandLine &line, QObject *parent)
    : QObject(parent)
    , m_line(line)
{}

CommandRunner::~CommandRunner() = default;

void CommandRunner::start()
{
    if (m_line.wait())
        startDeadline();
    // The timer's run after the watch was turned off (a cron line left behind): nothing to do,
    // nothing sent.
    if (m_line.onlyIfOn() && (m_line.sandbox() || !WatchMemory(&m_settings).isEnabled())) {
        qCInfo(lcCommand) << "the watch is off: nothing to check";
        return finish(ExitCode::Done);
    }
    if (!setUpEndpoints())
        return;
    setUpServices();
    signIn();
}

// ---- set-up ---------------------------------------------------------------------------------

bool CommandRunner::setUpEndpoints()
{
    if (m_line.sandbox()) {
        m_sandbox = std::make_unique<SandboxServer>();
        if (!m_sandbox->listen()) {
            printError(tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
            finish(ExitCode::Service);
            return false;
        }
        m_endpoints = Endpoints::sandbox(
            m_sandbox->rootUrl(),
            {{QStringLiteral("Google"), m_sandbox->originUrl(SandboxOrigin::Google).authority()}});
        return true;
    }
    m_endpoints = Endpoints::layered(&m_settings, QProcessEnvironment::systemEnvironment(),
                                     m_line.endpointFlags());
    const QStringList problems = m_endpoints.problems();
    if (!problems.isEmpty()) {
        failUsage(QStringLiteral("UsageError"), problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

void CommandRunner::setUpServices()
{
    // The sandbox starts empty for every command: nothing of the real keychain or settings is
    // used.
    const bool sandbox = m_line.sandbox();
    m_services = new AssistantServices(
        m_endpoints,
        sandbox ? TokenStore::Backend::MemoryOnly : TokenStore::Backend::SystemKeychain,
        AssistantServices::keychainService(), sandbox ? nullptr : &m_settings, this);
    m_session = m_services->session();
    // Without a reachable keychain (a cron job outside the desktop session) the remembered
    // account's token cannot be read: that, rather than "nobody signed in", is what to say.
    connect(m_services->tokenStore(), &TokenStore::keychainUnavailable, this,
            [this](const ApiError &error) { m_keychainError = error; });
}

void CommandRunner::signIn()
{
    CommandSignIn::signIn(
        m_services->microsoftAccount(), m_settings, QProcessEnvironment::systemEnvironment(),
        m_line.sandbox(), this, [this](Result<Done> signedIn) {
            if (!signedIn) {
                const bool keychain =
                    m_keychainError && signedIn.error().code() == CommandSignIn::signInNeededCode();
                const ApiError error = keychain ? *m_keychainError : signedIn.error();
                if (m_line.command() == CommandLine::Command::Watch)
                    return watchCannotCheck(error);
                return failWith(error);
            }
            if (m_line.command() == CommandLine::Command::Datasets)
                return listDatasets();
            chooseDataset();
        });
}

void CommandRunner::chooseDataset()
{
    m_session->finder()->selectDataset(
        {m_line.workspace(), m_line.dataset()}, this, [this](Result<DatasetSelection> selection) {
            if (!selection && m_line.command() == CommandLine::Command::Watch)
                return watchCannotCheck(selection.error());
            if (!selection)
                return failWith(selection.error());
            if (!selection.value().isFound())
                return failSelection(selection.value());
            runCommand();
        });
}

void CommandRunner::runCommand()
{
    switch (m_line.command()) {
    case CommandLine::Command::Status:
        return showStatus();
    case CommandLine::Command::History:
        return showHistory();
    case CommandLine::Command::Schedule:
        return showOrChangeSchedule();
    case CommandLine::Command::RefreshNow:
        return refreshNow();
    case CommandLine::Command::Watch:
        return watch();
    case CommandLine::Command::Datasets:
    case CommandLine::Command::None:
        break;
    }
    listDatasets();
}

// ---- the commands ---------------------------------------------------------------------------

void CommandRunner::listDatasets()
{
    m_session->finder()->loadWorkspaces(this, [this](Result<QList<Workspace>> workspaces) {
        if (!workspaces)
            return failWith(workspaces.error());
        QList<Workspace> shown = workspaces.value();
        if (!m_line.workspace().isEmpty()) {
            shown = DatasetCatalogue::matchWorkspaces(shown, m_line.workspace());
            if (shown.isEmpty())
                return failUsage(
                    QStringLiteral("WorkspaceNotFound"),
                    tr("No workspace has the id or name \"%1\".").arg(m_line.workspace()));
        }
        m_session->finder()->loadCatalogue(
            shown, true, this, [this](Result<DatasetCatalogue> catalogue) {
                if (!catalogue)
                    return failWith(catalogue.error());
                succeed(ExitCode::Done, PlainReport::datasets(catalogue.value()),
                        JsonReport::datasets(catalogue.value()));
            });
    });
}

void CommandRunner::showStatus()
{
    m_session->status()->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status)
            return failWith(status.error());
        const std::optional<Refresh> last = status.value().lastRefresh();
        const bool failed = last && (last->status() == Refresh::Status::Failed ||
                                     last->status() == Refresh::Status::Cancelled);
        succeed(failed ? ExitCode::RefreshFailed : ExitCode::Done,
                PlainReport::status(status.value()), JsonReport::status(status.value()));
    });
}

void CommandRunner::showHistory()
{
    m_session->status()->loadHistory(m_line.top(), this, [this](Result<QList<Refresh>> history) {
        if (!history)
            return failWith(history.error());
        const DatasetChoice choice = m_session->dataset()->choice();
        succeed(ExitCode::Done, PlainReport::history(choice, history.value()),
                JsonReport::history(choice, history.value()));
    });
}

void CommandRunner::showOrChangeSchedule()
{
    const auto report = [this](Result<RefreshSchedule> schedule) {
        if (!schedule)
            return failWith(schedule.error());
        const DatasetChoice choice = m_session->dataset()->choice();
        succeed(ExitCode::Done, PlainReport::schedule(choice, schedule.value()),
                JsonReport::schedule(choice, schedule.value()));
    };
    if (const std::optional<RefreshScheduleChange> change = m_line.scheduleChange())
        m_session->editor()->changeSchedule(*change, this, report);
    else
        m_session->status()->loadSchedule(this, report);
}

void CommandRunner::refreshNow()
{
    if (m_line.wait())
        connect(m_session->operations(), &OperationTracker::progress, this,
                &CommandRunner::printError);
    m_refreshRequested = true;
    m_session->runner()->startRefresh(this, [this](Result<RefreshRun> run) {
        if (!run)
            return failWith(run.error());
        m_run = run.value();
        if (!m_line.wait()) {
            const DatasetChoice choice = m_session->dataset()->choice();
            return succeed(ExitCode::Done, PlainReport::refreshNow(choice, run.value(), false),
                           JsonReport::refreshNow(choice, run.value(), false));
        }
        followRefresh(run.value());
    });
}

void CommandRunner::followRefresh(const RefreshRun &run)
{
    connect(m_session->runner(), &RefreshRunner::refreshUpdated, this,
            [this](const RefreshRun &seen) { m_run = seen; });
    // The runner also stops at the deadline by itself when its looks are answered in time.
    const auto left = std::chrono::ceil<std::chrono::seconds>(
        std::chrono::milliseconds(m_waitEnds.remainingTime()));
    m_session->runner()->followRefresh(run, std::max(left, std::chrono::seconds(1)), this,
                                       [this, run](Result<RefreshRun> followed) {
                                           if (!followed)
                                               return failWhileFollowing(followed.error(),
                                                                         m_run.value_or(run));
                                           reportRefresh(followed.value());
                                       });
}

void CommandRunner::reportRefresh(const RefreshRun &run)
{
    m_run = run;
    ExitCode code = ExitCode::RefreshFailed;
    if (run.timedOut)
        code = ExitCode::TimedOut;
    else if (run.refresh && run.refresh->status() == Refresh::Status::Completed)
        code = ExitCode::Done;
    if (run.timedOut)
        printError(waitEndedSentence());
    const DatasetChoice choice = m_session->dataset()->choice();
    succeed(code, PlainReport::refreshNow(choice, run, true),
            JsonReport::refreshNow(choice, run, true));
}

// A poll that failed after Power BI accepted the refresh ends the wait, not the refresh.
void CommandRunner::failWhileFollowing(const ApiError &error, const RefreshRun &run)
{
    const QString id = requestIdOf(run);
    const QString goesOn =
        id.isEmpty()
            ? tr("The refresh was started and is still running in Power BI, but following it "
                 "failed: %1")
                  .arg(error.plainSentence())
            : tr("The refresh was started and is still running in Power BI (request id %1), but "
                 "following it failed: %2")
                  .arg(id, error.plainSentence());
    failWith(error.withExplanation(goesOn + QLatin1Char(' ') +
                                   tr("The command status shows how it ends.")));
}

// ---- watch ---------------------------------------------------------------------------------

void CommandRunner::watch()
{
    setUpWatch();
    m_watch->check(this, [this](Result<WatchReport> report) {
        if (!report)
            return failWith(report.error());
        reportWatch(report.value());
    });
}

void CommandRunner::setUpWatch()
{
    if (m_watch)
        return;
    QSettings *settings = &m_settings;
    // A sandbox's watch must never mark the user's real problems as told.
    if (m_line.sandbox()) {
        m_watchScratch = std::make_unique<QTemporaryDir>();
        m_watchSettings = std::make_unique<QSettings>(
            m_watchScratch->filePath(QStringLiteral("watch.ini")), QSettings::IniFormat);
        settings = m_watchSettings.get();
    }
    m_watchMemory = std::make_unique<WatchMemory>(settings);
    auto *notifier = new FreedesktopNotifier(ProgramIdentity::applicationId(),
                                             QDBusConnection::sessionBus(), this);
    auto *timer = new SystemdUserTimer(QStringLiteral("systemctl"), {}, {}, this);
    m_watchSwitch = new WatchSwitch(m_watchMemory.get(), timer,
                                    QCoreApplication::applicationFilePath(), watchLanguage(), this);
    m_watch =
        new DatasetWatch(m_session, m_services->xeroAccount(), notifier, m_watchMemory.get(), this);
    if (m_sandbox)
        m_watch->setClock([sandbox = m_sandbox.get()] { return sandbox->now(); });
    connect(m_watch, &DatasetWatch::openRequested, this, [this](const QString &what) {
        if (m_openRequested.isEmpty())
            m_openRequested = what;
        endWatchOnceAnswered();
    });
    connect(m_watch, &DatasetWatch::allNotificationsClosed, this, [this] {
        m_notificationsGone = true;
        endWatchOnceAnswered();
    });
}

// The sign-in or the keychain failed: told on the desktop once (the timer runs unattended), and
// the command fails as any other would.
void CommandRunner::watchCannotCheck(const ApiError &error)
{
    setUpWatch();
    m_watch->reportCannotCheck(error, this, [this, error](Result<WatchReport> report) {
        if (m_finished)
            return;
        printFailure(error);
        if (!report)
            return finish(exitCodeFor(error));
        // Fix now on "cannot check" opens the window, where the sign-in is done again.
        waitForFixNow(report.value(), exitCodeFor(error));
    });
}

void CommandRunner::reportWatch(const WatchReport &report)
{
    if (m_finished)
        return;
    printOut(m_line.json() ? QString::fromUtf8(JsonReport::toText(JsonReport::watch(report)))
                           : PlainReport::watch(report));
    const bool problem =
        std::any_of(report.findings.cbegin(), report.findings.cend(),
                    [](const WatchFinding &f) { return f.kind == WatchFinding::Kind::Problem; });
    const ExitCode code = problem ? ExitCode::RefreshFailed : ExitCode::Done;
    // A dataset named on the command line is a look at another one: the timer stays as it is.
    const bool remembered = m_line.dataset().isEmpty() && m_line.workspace().isEmpty();
    if (!report.status || !remembered)
        return waitForFixNow(report, code);
    // The watch reads the schedule anyway: the timer follows a schedule changed elsewhere.
    const DatasetChoice choice = report.status->dataset;
    m_watchSwitch->follow(choice.dataset.id(), report.status->schedule, this,
                          [this, report, code](Result<Done> followed) {
                              if (!followed)
                                  printError(followed.error().plainSentence());
                              waitForFixNow(report, code);
                          });
}

// The notification's Fix now works only while someone listens: the check stays a bounded time.
void CommandRunner::waitForFixNow(const WatchReport &report, ExitCode code)
{
    const int seconds = m_line.actionWaitSeconds();
    if (report.notificationsShown == 0 || !report.actionsShown || seconds == 0)
        return finish(code);
    qCInfo(lcCommand) << "listening for Fix now for" << seconds << "s";
    m_watchExit = code;
    QTimer::singleShot(std::chrono::seconds(seconds), this, [this, code] { finish(code); });
    endWatchOnceAnswered();
}

// Fix now opens the window; every notification gone, nothing more can come.
void CommandRunner::endWatchOnceAnswered()
{
    if (!m_watchExit || m_finished)
        return;
    if (!m_openRequested.isEmpty()) {
        openWindow(m_openRequested);
        finish(*m_watchExit);
    } else if (m_notificationsGone) {
        finish(*m_watchExit);
    }
}

// A new start of the program: it becomes the window, or hands the request to the one running.
void CommandRunner::openWindow(const QString &what)
{
    QStringList arguments{QStringLiteral("--open"), what, QStringLiteral("--lang"),
                          watchLanguage()};
    if (m_line.sandbox())
        arguments.append(QStringLiteral("--sandbox"));
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        printError(tr("The window could not be opened: start Xero Refresh Assistant."));
}

QString CommandRunner::watchLanguage() const
{
    return m_line.language().isEmpty() ? AppTranslations::systemLanguage() : m_line.language();
}

// ---- refresh-now --wait: the deadline -------------------------------------------------------

// --timeout bounds the whole command, not only the looks at the history: the sign-in, the
// POST, a look that never answers and the waits between looks all end when it passes.
void CommandRunner::startDeadline()
{
    const std::chrono::seconds timeout(m_line.timeoutSeconds());
    m_waitEnds = QDeadlineTimer(timeout);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    // A coarse timer may fire up to 5 % early: the wait is as long as asked.
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &CommandRunner::onDeadline);
    m_deadline->start(timeout);
}

void CommandRunner::onDeadline()
{
    if (m_finished)
        return;
    qCInfo(lcCommand) << "the wait of" << m_line.timeoutSeconds() << "s has ended";
    if (m_run) {
        RefreshRun run = *m_run;
        run.timedOut = true;
        run.elapsedSeconds = run.requestedAt.secsTo(m_session->runner()->now());
        reportRefresh(run);
    } else {
        const QString sentence = waitEndedSentence();
        printError(sentence);
        if (m_line.json())
            printOut(QString::fromUtf8(
                JsonReport::toText(JsonReport::error(QStringLiteral("WaitTimedOut"), sentence))));
        finish(ExitCode::TimedOut);
    }
    // What is still under way stops here; its answers are no longer awaited.
    if (m_session)
        m_session->operations()->cancelAll();
}

QString CommandRunner::requestIdOf(const RefreshRun &run)
{
    if (run.refresh && !run.refresh->requestId().isEmpty())
        return run.refresh->requestId();
    return run.start.requestId;
}

QString CommandRunner::waitEndedSentence() const
{
    const int seconds = m_line.timeoutSeconds();
    if (m_run) {
        const QString id = requestIdOf(*m_run);
        if (id.isEmpty())
            return tr("The wait ended after %n second(s). The refresh was started and is still "
                      "running in Power BI; the command status shows how it ends.",
                      nullptr, seconds);
        return tr("The wait ended after %n second(s). The refresh was started and is still "
                  "running in Power BI (request id %1); the command status shows how it ends.",
                  nullptr, seconds)
            .arg(id);
    }
    if (m_refreshRequested)
        return tr("The wait ended after %n second(s), before Power BI confirmed the refresh: it "
                  "may have started. The command status shows whether it did.",
                  nullptr, seconds);
    return tr("The wait ended after %n second(s), before the refresh could be started: nothing "
              "was started.",
              nullptr, seconds);
}

// ---- output and exit codes ------------------------------------------------------------------

void CommandRunner::succeed(ExitCode code, const QString &plainText, const QJsonObject &document)
{
    // Once the command has ended (the deadline included), late answers print nothing.
    if (m_finished)
        return;
    printOut(m_line.json() ? QString::fromUtf8(JsonReport::toText(document)) : plainText);
    finish(code);
}

void CommandRunner::failUsage(const QString &code, const QString &message,
                              const QList<DatasetChoice> &candidates)
{
    if (m_finished)
        return;
    printError(message);
    if (!candidates.isEmpty())
        printError(PlainReport::candidates(candidates).chopped(1));
    if (m_line.json())
        printOut(QString::fromUtf8(
            JsonReport::toText(JsonReport::error(code, message, 0, {}, candidates))));
    finish(ExitCode::Usage);
}

void CommandRunner::failSelection(const DatasetSelection &selection)
{
    const bool ambiguous = selection.outcome == DatasetSelection::Outcome::Ambiguous;
    const QString hint = ambiguous ? tr("Choose one with --dataset (and --workspace):")
                                   : tr("Name the dataset with --dataset (and --workspace); the "
                                        "command datasets lists them.");
    failUsage(ambiguous ? QStringLiteral("AmbiguousDataset") : QStringLiteral("DatasetNotFound"),
              selection.sentence + QLatin1Char(' ') + hint, selection.candidates);
}

void CommandRunner::failWith(const ApiError &error)
{
    if (m_finished)
        return;
    printFailure(error);
    finish(exitCodeFor(error));
}

// The sentence and the details on stderr; with --json, the error document on stdout.
void CommandRunner::printFailure(const ApiError &error)
{
    // Errors found before sending (a schedule the service would refuse) carry no HTTP status
    // and a message of their own.
    const bool ownMessage = error.kind() == ApiError::Kind::Http && error.httpStatus() == 0 &&
                            !error.message().isEmpty();
    const QString sentence = ownMessage ? error.message() : error.plainSentence();
    printError(sentence);
    if (!ownMessage)
        printError(QStringLiteral("  ") +
                   error.technicalDetails().replace(QLatin1Char('\n'), QStringLiteral("\n  ")));
    if (m_line.json()) {
        QJsonObject document = JsonReport::apiError(error);
        if (ownMessage)
            document = JsonReport::error(error.code(), sentence, 0, error.requestId());
        printOut(QString::fromUtf8(JsonReport::toText(document)));
    }
}

ExitCode CommandRunner::exitCodeFor(const ApiError &error)
{
    if (error.code() == QLatin1String("InvalidScheduleChange"))
        return ExitCode::Usage;
    switch (error.kind()) {
    case ApiError::Kind::TokenExpired:
    case ApiError::Kind::KeychainUnavailable:
        return ExitCode::SignIn;
    case ApiError::Kind::Http:
        // A sign-in service in trouble (5xx) refused nothing: a service error, like any other.
        if (error.httpStatus() >= 500)
            return ExitCode::Service;
        // The sign-in itself was refused (wrong client or secret, revoked grant, nobody
        // signed in), by Microsoft or, for the credential push, by Xero (a revoked grant, the
        // app's client id).
        if (error.service() == ApiError::Service::MicrosoftIdentity ||
            (error.service() == ApiError::Service::Xero &&
             (error.code() == QLatin1String("invalid_grant") ||
              error.code() == QLatin1String("invalid_client"))))
            return ExitCode::SignIn;
        return ExitCode::Service;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Throttled:
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitCode::Service;
}

void CommandRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Later, so that the event loop is running when it is told to stop.
    QTimer::singleShot(0, this,
                       [this, code] { exitOnceTokensAreSafe(code, QDeadlineTimer(renewalGrace)); });
}

// A Xero sign-in renewal under way (the credential push) finishes first: Xero has rotated the
// token, and the old one dies 30 minutes after the new one is issued.
void CommandRunner::exitOnceTokensAreSafe(ExitCode code, const QDeadlineTimer &limit)
{
    const bool renewing =
        m_services && m_services->xeroAccount() && m_services->xeroAccount()->isRenewing();
    if (renewing && !limit.hasExpired()) {
        QTimer::singleShot(50, this, [this, code, limit] { exitOnceTokensAreSafe(code, limit); });
        return;
    }
    emit finished(toInt(code));
}

void CommandRunner::printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandRunner::printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}
