// The floor of the command-line figures: a QCoreApplication that prints its name and version.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("console-version"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));
    QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                        << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
