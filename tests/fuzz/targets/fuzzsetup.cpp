#include "fuzzsetup.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QCoreApplication *application = nullptr;

// The readers warn about every odd member they skip, and Qt about every odd URL: on fuzzed
// input that is nearly every run, and printing it would be most of the time spent. Only a
// fatal message (a failed Q_ASSERT) is worth seeing, and it aborts as it should.
void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtFatalMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::abort();
}

} // namespace

void fuzzCheck(bool kept, const char *what)
{
    if (kept)
        return;
    std::fprintf(stderr, "Fuzz check failed: %s\n", what);
    std::abort();
}

// The code under test uses tr() and QCoreApplication's names (the command line's help) as
// the program does: with an application object. It lives as long as the process.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(dropMessages);
    application = new QCoreApplication(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    return 0;
}
