// The program's arguments, one per line (the program's name comes first, as the system gives
// it), and the endpoints the flags among them make.
#include "commandline.h"
#include "endpoints.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"

#include <QProcessEnvironment>

namespace {

QStringList argumentsFrom(const QByteArray &bytes)
{
    QStringList arguments{QStringLiteral("xero-refresh-assistant")};
    if (bytes.isEmpty())
        return arguments;
    for (const QByteArray &line : bytes.split('\n'))
        arguments.append(QString::fromUtf8(line));
    return arguments;
}

void checkValid(const CommandLine &line)
{
    fuzzCheck(line.top() >= 1, "--top is at least 1");
    fuzzCheck(line.timeoutSeconds() >= 1, "--timeout is at least 1");
    fuzzCheck(!line.hasCommand() || !line.commandName().isEmpty(), "a command has a name");
    if (const std::optional<RefreshScheduleChange> change = line.scheduleChange())
        fuzzCheck(change->isValid(RefreshScheduleChange::Capacity::Shared),
                  "a schedule change the service would refuse is a usage error");
    const QMap<QString, QString> flags = line.endpointFlags();
    for (auto flag = flags.begin(); flag != flags.end(); ++flag)
        fuzzCheck(!flag.value().trimmed().isEmpty(), "no endpoint is given empty");
    const Endpoints endpoints = Endpoints::layered(nullptr, QProcessEnvironment(), flags);
    (void)endpoints.problems().size();
    (void)endpoints.microsoftTokenUrl(QStringLiteral("organizations")).toString().size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CommandLine line = CommandLine::parse(argumentsFrom(FuzzInput(data, size).bytes()));
    fuzzCheck(line.isValid() == line.problem().isEmpty(), "a usage error says what is wrong");
    if (line.isValid() && !line.helpRequested() && !line.versionRequested())
        checkValid(line);
    return 0;
}
