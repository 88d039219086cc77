// xero-refresh-sandbox: the built-in sandbox as a standalone program, for demos, manual tests
// and the other programs' end-to-end tests.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

// A whole number from 0 to most given with option name, or nullopt after saying why on stderr.
std::optional<int> boundedNumber(const QCommandLineParser &parser, const QString &name, int most)
{
    bool isNumber = false;
    const uint value = parser.value(name).toUInt(&isNumber);
    if (!isNumber || value > static_cast<uint>(most)) {
        std::fprintf(stderr, "xero-refresh-sandbox: --%s needs a number from 0 to %d.\n",
                     qPrintable(name), most);
        return std::nullopt;
    }
    return static_cast<int>(value);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XRA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves offline copies of the Power BI, Microsoft sign-in and Xero services on "
        "127.0.0.1, with a ready-made broken Xero dataset to repair."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("Port of the main origin (0: a free port); "
                                                       "the other origins take free ports."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    // A large catalogue and a round-trip time, for the benchmark (bench/run.sh) and demos.
    parser.addOption({QStringLiteral("workspaces"),
                      QStringLiteral("Add N generated workspaces to the scenario."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("datasets-each"),
                      QStringLiteral("Give each generated workspace M datasets."),
                      QStringLiteral("M"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("xero-every"),
                      QStringLiteral("One generated dataset in K reads Xero (0: none)."),
                      QStringLiteral("K"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("latency"),
                      QStringLiteral("Answer every request after MS milliseconds."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.process(app);

    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535) {
        std::fprintf(stderr, "xero-refresh-sandbox: --port needs a number from 0 to 65535.\n");
        return 2;
    }

    const auto workspaces = boundedNumber(parser, QStringLiteral("workspaces"), 10000);
    const auto datasetsEach = boundedNumber(parser, QStringLiteral("datasets-each"), 100);
    const auto xeroEvery = boundedNumber(parser, QStringLiteral("xero-every"), 1000000);
    const auto latency = boundedNumber(parser, QStringLiteral("latency"), 600000);
    if (!workspaces || !datasetsEach || !xeroEvery || !latency)
        return 2;

    SandboxServer server;
    server.addWorkspaces(*workspaces, *datasetsEach, *xeroEvery);
    server.setLatency(*latency);
    if (!server.listen(static_cast<quint16>(port))) {
        std::fprintf(stderr, "xero-refresh-sandbox: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qPrintable(server.errorString()));
        return 1;
    }
    // Scripts and tests wait for this exact first line; the other origins (on free ports, also
    // listed by GET /_sandbox/origins) follow it.
    std::printf("Sandbox listening on %s\n", qPrintable(server.rootUrl().toString()));
    for (const SandboxOrigin origin : SandboxOrigins::all()) {
        if (origin != SandboxOrigin::Main)
            std::printf("Sandbox origin %s: %s (%s)\n", qPrintable(SandboxOrigins::name(origin)),
                        qPrintable(server.originUrl(origin).toString()),
                        qPrintable(SandboxOrigins::description(origin)));
    }
    std::fflush(stdout);
    return app.exec();
}
