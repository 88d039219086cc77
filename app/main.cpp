#include "apptranslations.h"
#include "commandline.h"
#include "commandrunner.h"
#include "exitcode.h"
#include "jsonreport.h"
#include "programidentity.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "webcontentloader.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// --lang must take effect before any translated text is produced, --help included, so it is
// read from the raw arguments ahead of the parser.
QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return AppTranslations::systemLanguage();
}

// With --json, a usage error is also one JSON document on stdout, like every other error.
int printUsageError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    if (QCoreApplication::arguments().contains(QStringLiteral("--json")))
        QTextStream(stdout) << JsonReport::toText(
            JsonReport::error(QStringLiteral("UsageError"), message));
    return toInt(ExitCode::Usage);
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// A command, help, version or a usage error need no window, and so no display.
bool needsWindow(const CommandLine &line)
{
    return line.isValid() && !line.hasCommand() && !line.helpRequested() &&
           !line.versionRequested();
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[], bool window)
{
    if (window) {
#ifdef Q_OS_WIN
        // Qt WebEngine draws through OpenGL. Linked, its start-up would have told Qt Quick so
        // before the application existed; loaded later (the web view plugin), it cannot, and
        // Qt Quick would pick Direct3D. Not needed where OpenGL is Qt Quick's default.
        if (!qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
            qputenv("QSG_RHI_BACKEND", "opengl");
#endif
        auto application = std::make_unique<QApplication>(argc, argv);
        // The desktop file's name lets Wayland docks and task bars match the windows to the
        // menu entry and its icon; the window icon is for X11 and the title bars.
        QGuiApplication::setDesktopFileName(ProgramIdentity::applicationId());
        QApplication::setWindowIcon(ProgramIdentity::icon());
        return application;
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Where the web view plugin is: beside the program (the build tree, a Windows install), then in
// the program's private library folder (a Linux install), relative so that any prefix works.
QStringList webViewPluginFolders()
{
    const QString programFolder = QCoreApplication::applicationDirPath();
    return {programFolder, QDir(programFolder).filePath(QStringLiteral(XRA_PLUGINS_RELATIVE_DIR))};
}

// The windows: one instance per user (a second start brings the first one's window forward and
// exits 0), then the launcher, which builds the services and opens the status window or the
// wizard. --sandbox opens the program against the built-in sandbox, in the process.
int runWindows(const CommandLine &line)
{
    QSettings settings;
    // Loads Qt WebEngine when a page first shows web content; outlives the windows.
    WebContentLoader webContent(webViewPluginFolders());
    auto *instance = new SingleInstance(SingleInstance::serverNameForUser(line.sandbox()),
                                        QCoreApplication::instance());
    auto *launcher = new WindowLauncher(line, &settings, &webContent, QCoreApplication::instance());
    QObject::connect(launcher, &WindowLauncher::finished, QCoreApplication::instance(),
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QObject::connect(instance, &SingleInstance::activationRequested, launcher,
                     &WindowLauncher::bringForward);
    QObject::connect(instance, &SingleInstance::becameInstance, launcher, &WindowLauncher::start);
    // Without the socket the program still runs; only the second-start check is lost.
    QObject::connect(instance, &SingleInstance::failed, launcher, [launcher](const QString &why) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "Another start cannot be detected: %1").arg(why)
            << '\n';
        launcher->start();
    });
    QObject::connect(instance, &SingleInstance::handedOver, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    instance->setRequest(line.open());
    instance->start();
    const int exitCode = QCoreApplication::exec();
    // The windows and the services go before the settings they point to.
    delete launcher;
    delete instance;
    return exitCode;
}

int runCommand(const CommandLine &line)
{
    // stderr is for progress and errors that scripts show to people: the program's own
    // informational logs stay off unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("xra.*.info=false\nxra.*.debug=false"));
    CommandRunner runner(line);
    QObject::connect(&runner, &CommandRunner::finished, QCoreApplication::instance(),
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool window = needsWindow(CommandLine::parse(rawArguments(argc, argv)));
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, window);
    StartupProbe::installIfAsked();
    QCoreApplication::setOrganizationName(QStringLiteral("XeroRefreshAssistant"));
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XRA_VERSION));

    AppTranslations translations;
    const QString language = requestedLanguage(QCoreApplication::arguments());
    if (!translations.install(language))
        return printUsageError(
            QCoreApplication::translate("main", "Unknown language \"%1\": use en or fr.")
                .arg(language));

    // Again, now that the translation is in place, for messages in the user's language.
    const CommandLine line = CommandLine::parse(QCoreApplication::arguments());
    if (!line.isValid())
        return printUsageError(line.problem());
    if (line.helpRequested()) {
        QTextStream(stdout) << line.helpText();
        return 0;
    }
    if (line.versionRequested()) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (line.hasCommand())
        return runCommand(line);
    return runWindows(line);
}
