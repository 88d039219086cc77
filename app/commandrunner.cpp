#include "commandrunner.h"

#include "assistantservices.h"
#include "commandsignin.h"
#include "jsonreport.h"
#include "microsoftaccount.h"
#include "plainreport.h"
#include "repairsession.h"
#include "sandboxserver.h"
#include "tokenstore.h"

#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

CommandRunner::CommandRunner(const CommandLine &line, QObject *parent)
    : QObject(parent)
    , m_line(line)
{}

CommandRunner::~CommandRunner() = default;

void CommandRunner::start()
{
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
    m_services = new AssistantServices(m_endpoints,
                                       sandbox ? TokenStore::Backend::MemoryOnly
                                               : TokenStore::Backend::SystemKeychain,
                                       sandbox ? nullptr : &m_settings, this);
    m_session = m_services->session();
    // Without a reachable keychain (a cron job outside the desktop session) the remembered
    // account's token cannot be read: that, rather than "nobody signed in", is what to say.
    connect(m_services->tokenStore(), &TokenStore::keychainUnavailable, this,
            [this](const ApiError &error) { m_keychainError = error; });
}

void CommandRunner::signIn()
{
    CommandSignIn::signIn(m_services->microsoftAccount(), m_settings,
                          QProcessEnvironment::systemEnvironment(), m_line.sandbox(), this,
                          [this](Result<Done> signedIn) {
                              if (!signedIn && m_keychainError &&
                                  signedIn.error().code() == CommandSignIn::signInNeededCode())
                                  return failWith(*m_keychainError);
                              if (!signedIn)
                                  return failWith(signedIn.error());
                              if (m_line.command() == CommandLine::Command::Datasets)
                                  return listDatasets();
                              chooseDataset();
                          });
}

void CommandRunner::chooseDataset()
{
    m_session->finder()->selectDataset({m_line.workspace(), m_line.dataset()}, this,
                                       [this](Result<DatasetSelection> selection) {
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
    m_session->runner()->startRefresh(this, [this](Result<RefreshRun> run) {
        if (!run)
            return failWith(run.error());
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
    m_session->runner()->followRefresh(run, std::chrono::seconds(m_line.timeoutSeconds()), this,
                                       [this](Result<RefreshRun> followed) {
                                           if (!followed)
                                               return failWith(followed.error());
                                           reportRefresh(followed.value());
                                       });
}

void CommandRunner::reportRefresh(const RefreshRun &run)
{
    ExitCode code = ExitCode::RefreshFailed;
    if (run.timedOut)
        code = ExitCode::TimedOut;
    else if (run.refresh && run.refresh->status() == Refresh::Status::Completed)
        code = ExitCode::Done;
    if (run.timedOut)
        printError(tr("Stopped waiting after %n second(s); the refresh goes on in Power BI.",
                      nullptr, m_line.timeoutSeconds()));
    const DatasetChoice choice = m_session->dataset()->choice();
    succeed(code, PlainReport::refreshNow(choice, run, true),
            JsonReport::refreshNow(choice, run, true));
}

// ---- output and exit codes ------------------------------------------------------------------

void CommandRunner::succeed(ExitCode code, const QString &plainText, const QJsonObject &document)
{
    printOut(m_line.json() ? QString::fromUtf8(JsonReport::toText(document)) : plainText);
    finish(code);
}

void CommandRunner::failUsage(const QString &code, const QString &message,
                              const QList<DatasetChoice> &candidates)
{
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
    finish(exitCodeFor(error));
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
        // The sign-in itself was refused (wrong client or secret, revoked grant, nobody
        // signed in), by Microsoft or, for the credential push, by Xero.
        if (error.service() == ApiError::Service::MicrosoftIdentity ||
            (error.service() == ApiError::Service::Xero &&
             error.code() == QLatin1String("invalid_grant")))
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
    QTimer::singleShot(0, this, [this, code] { emit finished(toInt(code)); });
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
