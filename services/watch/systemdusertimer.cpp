#include "systemdusertimer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcTimer, "xra.watch.timer")

// What `systemctl --user is-system-running` prints when a user manager runs; "degraded" (a
// failed unit somewhere) exits non-zero but timers still fire.
const QStringList runningStates = {QStringLiteral("running"), QStringLiteral("degraded"),
                                   QStringLiteral("starting"), QStringLiteral("initializing")};

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

SystemdUserTimer::SystemdUserTimer(const QString &systemctl, const QString &unitFolder,
                                   const QString &runtimeFolder, QObject *parent)
    : WatchTimer(parent)
    , m_systemctl(systemctl)
    , m_unitFolder(unitFolder)
    , m_runtimeFolder(runtimeFolder)
{}

QString SystemdUserTimer::unitFolder() const
{
    if (!m_unitFolder.isEmpty())
        return m_unitFolder;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString SystemdUserTimer::runtimeFolder() const
{
    return m_runtimeFolder.isEmpty() ? qEnvironmentVariable("XDG_RUNTIME_DIR") : m_runtimeFolder;
}

QStringList SystemdUserTimer::unitPaths() const
{
    const QDir folder(unitFolder());
    return {folder.filePath(WatchCalendar::serviceFileName),
            folder.filePath(WatchCalendar::timerFileName)};
}

bool SystemdUserTimer::isInstalled() const
{
    return QFileInfo::exists(QDir(unitFolder()).filePath(WatchCalendar::timerFileName));
}

QString SystemdUserTimer::Run::technical() const
{
    QString line = QStringLiteral("systemctl --user %1: ").arg(arguments.join(QLatin1Char(' ')));
    line += started ? QStringLiteral("exit code %1").arg(exitCode)
                    : QStringLiteral("did not run or did not finish");
    const QString said = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    if (!said.isEmpty())
        line += QStringLiteral(": ") + said;
    return line;
}

ApiError SystemdUserTimer::failure(const QString &sentence, const QString &technical)
{
    return ApiError::network(ApiError::Service::Scheduler, technical).withExplanation(sentence);
}

// Asynchronous: the caller's thread never waits for systemctl. A systemctl that hangs (a user
// manager stuck at start) is killed after the timeout and counts as failed.
void SystemdUserTimer::systemctl(const QStringList &arguments, RunDone done)
{
    auto *process = new QProcess(this);
    auto *timeout = new QTimer(process);
    auto answered = std::make_shared<bool>(false);
    auto finish = [process, arguments, answered, done = std::move(done)](bool started) {
        if (*answered)
            return;
        *answered = true;
        Run run;
        run.arguments = arguments;
        run.started = started && process->exitStatus() == QProcess::NormalExit;
        run.exitCode = process->exitCode();
        run.out = QString::fromLocal8Bit(process->readAllStandardOutput());
        run.err = QString::fromLocal8Bit(process->readAllStandardError());
        process->deleteLater();
        done(run);
    };
    connect(process, &QProcess::finished, this, [finish] { finish(true); });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false);
        else if (e == QProcess::Crashed && process->state() == QProcess::NotRunning)
            finish(false);
    });
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [process, finish] {
        qCWarning(lcTimer) << "systemctl did not finish in time: killed";
        process->kill();
        finish(false);
    });
    timeout->start(systemctlTimeoutMilliseconds);
    process->start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
}

void SystemdUserTimer::availability(QObject *context, Callback<Availability> done)
{
    const QString runtime = runtimeFolder();
    // No user manager without its private socket: systemctl would only wait and fail.
    if (runtime.isEmpty() ||
        !QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("systemd/private")))) {
        QTimer::singleShot(0, this, [guard = QPointer<QObject>(context), done] {
            if (guard)
                done(Availability::Unavailable);
        });
        return;
    }
    systemctl({QStringLiteral("is-system-running")},
              [guard = QPointer<QObject>(context), done](const Run &run) {
                  if (!guard)
                      return;
                  const QString state = run.out.trimmed();
                  qCInfo(lcTimer) << "user manager state:" << state;
                  done(run.started && runningStates.contains(state) ? Availability::Available
                                                                    : Availability::Unavailable);
              });
}

void SystemdUserTimer::install(const WatchUnits &units, QObject *context, Callback<Done> done)
{
    writeUnits(units, QPointer<QObject>(context), done);
}

void SystemdUserTimer::writeUnits(const WatchUnits &units, const QPointer<QObject> &context,
                                  const Callback<Done> &done)
{
    const QString folder = unitFolder();
    QString error;
    const bool written =
        QDir().mkpath(folder) &&
        writeFile(QDir(folder).filePath(WatchCalendar::serviceFileName), units.serviceText,
                  &error) &&
        writeFile(QDir(folder).filePath(WatchCalendar::timerFileName), units.timerText, &error);
    if (!written) {
        if (error.isEmpty())
            error = QStringLiteral("cannot create %1").arg(folder);
        const ApiError failed =
            failure(tr("The watch could not be set up: its files could not be written in %1.")
                        .arg(QDir::toNativeSeparators(folder)),
                    error);
        QTimer::singleShot(0, this, [context, done, failed] {
            if (context)
                done(failed);
        });
        return;
    }
    reloadAndEnable(context, done);
}

void SystemdUserTimer::reloadAndEnable(const QPointer<QObject> &context, const Callback<Done> &done)
{
    const QString timer = WatchCalendar::timerFileName;
    systemctl({QStringLiteral("daemon-reload")}, [this, context, done, timer](const Run &reload) {
        if (!reload.ok()) {
            if (context)
                done(failure(tr("The watch could not be set up: systemd did not read its files. "
                                "The details say why."),
                             reload.technical()));
            return;
        }
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timer},
                  [context, done](const Run &enable) {
                      if (!context)
                          return;
                      if (!enable.ok()) {
                          done(failure(tr("The watch could not be started: systemd refused to "
                                          "start its timer. The details say why."),
                                       enable.technical()));
                          return;
                      }
                      done(Done{});
                  });
    });
}

void SystemdUserTimer::remove(QObject *context, Callback<Done> done)
{
    const QPointer<QObject> guard(context);
    systemctl({QStringLiteral("disable"), QStringLiteral("--now"), WatchCalendar::timerFileName},
              [this, guard, done](const Run &disable) {
                  // A timer systemd never loaded cannot be disabled: that is fine, the files go.
                  if (!disable.ok())
                      qCInfo(lcTimer) << "disable:" << disable.technical();
                  removeFiles(guard, done);
              });
}

void SystemdUserTimer::removeFiles(const QPointer<QObject> &context, const Callback<Done> &done)
{
    // The link `enable` made goes too: left dangling, a failed `disable` would keep naming the
    // timer.
    const QString enabledLink =
        QDir(unitFolder())
            .filePath(QStringLiteral("timers.target.wants/") + WatchCalendar::timerFileName);
    const QStringList paths = unitPaths() << enabledLink;
    QStringList left;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        if ((file.exists() || file.isSymLink()) && !QFile::remove(path))
            left << path;
    }
    if (!left.isEmpty()) {
        if (context)
            done(failure(tr("The watch could not be removed: %1 could not be deleted.")
                             .arg(QDir::toNativeSeparators(left.first())),
                         QStringLiteral("cannot delete %1").arg(left.join(QStringLiteral(", ")))));
        return;
    }
    systemctl({QStringLiteral("daemon-reload")}, [context, done](const Run &reload) {
        if (!context)
            return;
        if (!reload.ok()) {
            done(failure(tr("The watch's files are deleted, but systemd did not forget them: it "
                            "may run once more until the next login."),
                         reload.technical()));
            return;
        }
        done(Done{});
    });
}
