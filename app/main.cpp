#include "apptranslations.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

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

int printUsageError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 2;
}

// Until the wizard exists, --sandbox starts the built-in sandbox inside the program and keeps it
// serving, so that its sign-in pages and API can be explored with a browser or curl.
int serveSandboxUntilClosed()
{
    auto *sandbox = new SandboxServer(qApp);
    if (!sandbox->listen()) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "The sandbox could not start: %1")
                                   .arg(sandbox->errorString())
                            << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate(
                               "main", "Sandbox listening on %1. The repair wizard is not part "
                                       "of this version yet; the README lists the sandbox's "
                                       "routes and sign-in details. Press Ctrl+C to stop.")
                               .arg(sandbox->rootUrl().toString())
                        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("XeroRefreshAssistant"));
    QApplication::setApplicationName(QStringLiteral("xero-refresh-assistant"));
    QApplication::setApplicationVersion(QStringLiteral(XRA_VERSION));

    AppTranslations translations;
    const QString language = requestedLanguage(QCoreApplication::arguments());
    if (!translations.install(language))
        return printUsageError(
            QCoreApplication::translate("main", "Unknown language \"%1\": use en or fr.")
                .arg(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Repairs the Xero refresh of a Power BI dataset, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sandbox"),
                      QCoreApplication::translate(
                          "main", "Work against a built-in sandbox that stands in for Power BI, "
                                  "Microsoft sign-in and Xero, offline.")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language of the program: en or fr."),
                      QStringLiteral("en|fr")});
    if (!parser.parse(QCoreApplication::arguments()))
        return printUsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("sandbox")))
        return serveSandboxUntilClosed();

    QTextStream(stdout) << QCoreApplication::translate(
                               "main", "The repair wizard is not part of this version yet. Start "
                                       "the program with --sandbox to explore the built-in "
                                       "sandbox.")
                        << '\n';
    return 0;
}
