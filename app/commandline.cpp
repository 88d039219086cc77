#include "commandline.h"

#include "endpoints.h"

#include "refreshschedule.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

struct CommandName
{
    const char *name;
    CommandLine::Command command;
};

constexpr CommandName commandNames[] = {
    {"datasets", CommandLine::Command::Datasets},      {"status", CommandLine::Command::Status},
    {"history", CommandLine::Command::History},        {"schedule", CommandLine::Command::Schedule},
    {"refresh-now", CommandLine::Command::RefreshNow}, {"watch", CommandLine::Command::Watch},
};

const QStringList &endpointOptions()
{
    static const QStringList names = {
        QStringLiteral("powerbi-api-root"),
        QStringLiteral("authority-host"),
        QStringLiteral("xero-login-root"),
        QStringLiteral("xero-identity-root"),
        QStringLiteral("xero-api-root"),
        QStringLiteral("powerbi-portal-root"),
        QStringLiteral("powerbi-oauth-redirect-page"),
    };
    return names;
}

const QStringList &cloudNames()
{
    static const QStringList names = {QStringLiteral("public"), QStringLiteral("gcc"),
                                      QStringLiteral("gcchigh"), QStringLiteral("dod"),
                                      QStringLiteral("china")};
    return names;
}

// A whole number of at least 1, or nullopt.
std::optional<qint64> positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number < 1)
        return std::nullopt;
    return number;
}

// A whole number written in digits that is larger than max, however many digits it has.
bool exceeds(const QString &text, qint64 max)
{
    static const QRegularExpression digits(QStringLiteral("^\\+?0*([1-9][0-9]*)$"));
    const QRegularExpressionMatch match = digits.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    return !ok || number > max;
}

QString commandsHelp()
{
    return CommandLine::tr(
        "Commands (without one, the program opens its window):\n"
        "  datasets     workspaces and datasets the account can see, Xero datasets marked\n"
        "  status       last refresh, schedule and data sources of the dataset\n"
        "  history      refresh history, newest first (--top N, default 20)\n"
        "  schedule     show the schedule; --set-daily HH:MM[,HH:MM...] makes it daily (all\n"
        "               seven days) at those times and enabled; --time-zone ID changes its\n"
        "               zone; --enable, --disable\n"
        "  refresh-now  push fresh Xero credentials when a Xero sign-in is stored, then start\n"
        "               a refresh; --wait follows it to the end (--timeout SECONDS, default\n"
        "               1800)\n"
        "  watch        check the dataset as the watch's timer does: tell what is new on the\n"
        "               desktop (each problem once, and its end), and with the weaker way on,\n"
        "               push a fresh Xero credential before a scheduled refresh\n"
        "               (--action-wait SECONDS, default 600: how long Fix now is listened for)\n"
        "\n"
        "Exit codes: 0 done (status: the last refresh completed; refresh-now --wait: it\n"
        "completed; watch: nothing is wrong), 1 the refresh failed (watch: something is\n"
        "wrong), 2 usage error or unknown or ambiguous dataset, 3 sign-in needed or\n"
        "refused, 4 service or network error, 5 the --timeout of --wait passed (the\n"
        "refresh goes on in Power BI).\n");
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Repairs the Xero refresh of a Power BI dataset, step by step."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption({QStringLiteral("sandbox"),
                      QCoreApplication::translate(
                          "main", "Work offline against a built-in sandbox that stands in for "
                                  "Power BI, Microsoft sign-in and Xero: without a command, the "
                                  "windows open against it with a broken dataset to repair, and "
                                  "it keeps what happened for the next start; with a command, "
                                  "the command runs against a new one.")});
    parser.addOption({QStringLiteral("sandbox-reset"),
                      QCoreApplication::translate(
                          "main", "Open the windows against the sandbox as it was at the very "
                                  "start: its remembered dataset, sign-ins and history are "
                                  "forgotten.")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language of the program: en or fr."),
                      QStringLiteral("en|fr")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print one JSON document on stdout and nothing else on stdout.")});
    parser.addOption({QStringLiteral("workspace"),
                      tr("The dataset's workspace, by id or name. Without a command, the windows "
                         "list only that workspace's datasets."),
                      QStringLiteral("ID|NAME")});
    parser.addOption({QStringLiteral("dataset"),
                      tr("The dataset, by id or name. Default: the remembered one, else the only "
                         "dataset with a Xero data source or \"Xero\" in its name."),
                      QStringLiteral("ID|NAME")});
    parser.addOption({QStringLiteral("top"), tr("history: how many refreshes (default 20)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("set-daily"),
                      tr("schedule: refresh every day at these times, and switch it on."),
                      QStringLiteral("HH:MM[,HH:MM...]")});
    parser.addOption({QStringLiteral("time-zone"),
                      tr("schedule: the schedule's Windows time-zone id, such as \"UTC\" or "
                         "\"Romance Standard Time\"."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("enable"), tr("schedule: switch the schedule on.")});
    parser.addOption({QStringLiteral("disable"), tr("schedule: switch the schedule off.")});
    parser.addOption({QStringLiteral("wait"), tr("refresh-now: follow the refresh to its end.")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("refresh-now --wait: stop after this many seconds, whatever is under "
                         "way (default 1800, at most 86400); exit code 5."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("action-wait"),
                      tr("watch: how long a notification's Fix now is listened for, in seconds "
                         "(default 600, 0 for not at all)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("only-if-on"),
                      tr("watch: do nothing when the watch is turned off in the window (what its "
                         "timer runs).")});
    parser.addOption({QStringLiteral("open"),
                      tr("Without a command: what the window shows first: status, xero-settings "
                         "(the Xero credential) or schedule."),
                      QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("cloud"),
                      tr("The Microsoft cloud: public, gcc, gcchigh, dod or china."),
                      QStringLiteral("NAME")});
    for (const QString &name : endpointOptions())
        parser.addOption(
            {name, tr("Root URL of that service (overrides the cloud's)."), QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("datasets, status, history, schedule, refresh-now or watch."),
                                 QStringLiteral("[command]"));
    line.m_helpText = parser.helpText() + QLatin1Char('\n') + commandsHelp();

    if (!parser.parse(arguments)) {
        line.fail(parser.errorText());
        return line;
    }
    line.m_help = parser.isSet(help);
    line.m_version = parser.isSet(version);
    line.m_json = parser.isSet(QStringLiteral("json"));
    line.m_sandboxReset = parser.isSet(QStringLiteral("sandbox-reset"));
    line.m_sandbox = parser.isSet(QStringLiteral("sandbox")) || line.m_sandboxReset;
    line.m_workspace = parser.value(QStringLiteral("workspace")).trimmed();
    line.m_dataset = parser.value(QStringLiteral("dataset")).trimmed();
    line.m_language = parser.value(QStringLiteral("lang")).trimmed();
    if (line.m_help || line.m_version)
        return line;

    line.readCommand(parser.positionalArguments());
    line.readTop(parser.value(QStringLiteral("top")), parser.isSet(QStringLiteral("top")));
    const QString dailyTimes = parser.value(QStringLiteral("set-daily"));
    line.readSchedule(
        parser.isSet(QStringLiteral("set-daily")) ? dailyTimes.split(QLatin1Char(','))
                                                  : QStringList(),
        parser.value(QStringLiteral("time-zone")), parser.isSet(QStringLiteral("time-zone")),
        parser.isSet(QStringLiteral("enable")), parser.isSet(QStringLiteral("disable")));
    line.readWait(parser.isSet(QStringLiteral("wait")), parser.value(QStringLiteral("timeout")),
                  parser.isSet(QStringLiteral("timeout")));
    line.readActionWait(parser.value(QStringLiteral("action-wait")),
                        parser.isSet(QStringLiteral("action-wait")));
    line.readOpen(parser.value(QStringLiteral("open")), parser.isSet(QStringLiteral("open")));
    line.m_onlyIfOn = parser.isSet(QStringLiteral("only-if-on"));
    line.refuseOutsideCommand(QStringLiteral("--only-if-on"), line.m_onlyIfOn, Command::Watch,
                              QStringLiteral("watch"));
    if (parser.isSet(QStringLiteral("cloud"))) {
        const QString cloud = parser.value(QStringLiteral("cloud"));
        if (!cloudNames().contains(cloud, Qt::CaseInsensitive))
            line.fail(
                tr("Unknown cloud \"%1\": use public, gcc, gcchigh, dod or china.").arg(cloud));
        line.m_endpointFlags.insert(QStringLiteral("--cloud"), cloud.toLower());
    }
    for (const QString &name : endpointOptions()) {
        if (!parser.isSet(name))
            continue;
        // Empty would mean the cloud's own address, and a secret sent there: refused.
        if (parser.value(name).trimmed().isEmpty())
            line.fail(tr("--%1 is empty: give an address, or leave the option out.").arg(name));
        line.m_endpointFlags.insert(QStringLiteral("--") + name, parser.value(name));
    }
    for (const QString &variable : Endpoints::environmentVariables()) {
        if (qEnvironmentVariableIsSet(variable.toLatin1().constData()) &&
            qEnvironmentVariable(variable.toLatin1().constData()).trimmed().isEmpty())
            line.fail(tr("The variable %1 is set but empty: give an address, or unset it.")
                          .arg(variable));
    }
    if (line.hasCommand() && line.m_sandboxReset)
        line.fail(tr("--sandbox-reset is for the windows: a command's sandbox is always new."));
    // An empty name would silently mean "the default dataset".
    for (const QString &option : {QStringLiteral("workspace"), QStringLiteral("dataset")}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            line.fail(
                tr("--%1 is empty: give an id or a name, or leave the option out.").arg(option));
    }
    if (!line.hasCommand()) {
        // --workspace narrows the windows' list of datasets (a thousand workspaces read fast,
        // one faster).
        for (const QString &option : {QStringLiteral("json"), QStringLiteral("dataset")}) {
            if (parser.isSet(option))
                line.fail(tr("--%1 needs a command, such as status.").arg(option));
        }
    }
    return line;
}

void CommandLine::fail(const QString &problem)
{
    // The first problem is the one to fix first.
    if (m_problem.isEmpty())
        m_problem = problem;
}

void CommandLine::readCommand(const QStringList &positional)
{
    if (positional.isEmpty())
        return;
    if (positional.size() > 1) {
        fail(tr("One command at a time: \"%1\" is one too many.").arg(positional.at(1)));
        return;
    }
    m_commandName = positional.constFirst();
    for (const CommandName &known : commandNames) {
        if (m_commandName == QLatin1String(known.name)) {
            m_command = known.command;
            return;
        }
    }
    fail(tr("Unknown command \"%1\": use datasets, status, history, schedule, refresh-now or "
            "watch.")
             .arg(m_commandName));
}

void CommandLine::refuseOutsideCommand(const QString &option, bool isSet, Command command,
                                       const QString &commandName)
{
    if (isSet && m_command != command)
        fail(tr("%1 only goes with the command %2.").arg(option, commandName));
}

void CommandLine::readTop(const QString &text, bool isSet)
{
    refuseOutsideCommand(QStringLiteral("--top"), isSet, Command::History,
                         QStringLiteral("history"));
    if (!isSet)
        return;
    const std::optional<qint64> top = positiveNumber(text);
    if (exceeds(text, maxTop))
        fail(tr("--top can be at most %1, not \"%2\" (Power BI keeps at most 60 refreshes "
                "anyway).")
                 .arg(maxTop)
                 .arg(text));
    else if (!top)
        fail(tr("--top needs a whole number of 1 or more, not \"%1\".").arg(text));
    else
        m_top = static_cast<int>(*top);
}

void CommandLine::readSchedule(const QStringList &times, const QString &timeZone, bool timeZoneSet,
                               bool enable, bool disable)
{
    const QString schedule = QStringLiteral("schedule");
    refuseOutsideCommand(QStringLiteral("--set-daily"), !times.isEmpty(), Command::Schedule,
                         schedule);
    refuseOutsideCommand(QStringLiteral("--time-zone"), timeZoneSet, Command::Schedule, schedule);
    refuseOutsideCommand(QStringLiteral("--enable"), enable, Command::Schedule, schedule);
    refuseOutsideCommand(QStringLiteral("--disable"), disable, Command::Schedule, schedule);
    if (m_command != Command::Schedule || (times.isEmpty() && !timeZoneSet && !enable && !disable))
        return;
    if (enable && disable) {
        fail(tr("--enable and --disable contradict each other: choose one."));
        return;
    }
    RefreshScheduleChange change;
    if (!times.isEmpty()) {
        QStringList trimmed;
        for (const QString &time : times)
            trimmed.append(time.trimmed());
        if (trimmed.contains(QString())) {
            fail(tr("--set-daily \"%1\" has an empty time: give times as HH:MM separated by "
                    "commas, such as 06:00,18:30.")
                     .arg(times.join(QLatin1Char(','))));
            return;
        }
        change.setDays(RefreshSchedule::weekdayNames());
        change.setTimes(trimmed);
        change.setEnabled(true);
    }
    if (timeZoneSet)
        change.setLocalTimeZoneId(timeZone.trimmed());
    if (enable)
        change.setEnabled(true);
    if (disable)
        change.setEnabled(false);
    // Checked here, before anything is sent, with the shared-capacity limit of 8 times a day
    // (the contract of the command line); the session checks again with the workspace's own.
    const QList<RefreshScheduleChange::Issue> issues =
        change.validate(RefreshScheduleChange::Capacity::Shared);
    if (!issues.isEmpty()) {
        QStringList sentences;
        for (const RefreshScheduleChange::Issue &issue : issues)
            sentences.append(issue.sentence());
        // The same mistake twice ("07:15,07:15") is said once.
        sentences.removeDuplicates();
        fail(sentences.join(QLatin1Char(' ')));
        return;
    }
    m_scheduleChange = change;
}

void CommandLine::readWait(bool wait, const QString &timeout, bool timeoutSet)
{
    refuseOutsideCommand(QStringLiteral("--wait"), wait, Command::RefreshNow,
                         QStringLiteral("refresh-now"));
    refuseOutsideCommand(QStringLiteral("--timeout"), timeoutSet, Command::RefreshNow,
                         QStringLiteral("refresh-now"));
    m_wait = wait;
    if (!timeoutSet)
        return;
    if (!wait) {
        fail(tr("--timeout only goes with --wait."));
        return;
    }
    const std::optional<qint64> seconds = positiveNumber(timeout);
    if (exceeds(timeout, maxTimeoutSeconds))
        fail(tr("--timeout can be at most %1 seconds (a day), not \"%2\".")
                 .arg(maxTimeoutSeconds)
                 .arg(timeout));
    else if (!seconds)
        fail(tr("--timeout needs a number of seconds of 1 or more, not \"%1\".").arg(timeout));
    else
        m_timeoutSeconds = static_cast<int>(*seconds);
}

void CommandLine::readActionWait(const QString &text, bool isSet)
{
    refuseOutsideCommand(QStringLiteral("--action-wait"), isSet, Command::Watch,
                         QStringLiteral("watch"));
    if (!isSet || m_command != Command::Watch)
        return;
    const QString trimmed = text.trimmed();
    const std::optional<qint64> seconds = positiveNumber(trimmed);
    if (trimmed == QLatin1String("0"))
        m_actionWaitSeconds = 0;
    else if (exceeds(trimmed, maxTimeoutSeconds))
        fail(tr("--action-wait can be at most %1 seconds (a day), not \"%2\".")
                 .arg(maxTimeoutSeconds)
                 .arg(text));
    else if (!seconds)
        fail(tr("--action-wait needs a number of seconds (0 or more), not \"%1\".").arg(text));
    else
        m_actionWaitSeconds = static_cast<int>(*seconds);
}

QStringList CommandLine::openChoices()
{
    return {QStringLiteral("status"), QStringLiteral("xero-settings"), QStringLiteral("schedule")};
}

void CommandLine::readOpen(const QString &what, bool isSet)
{
    if (!isSet)
        return;
    if (hasCommand()) {
        fail(tr("--open is for the windows, not for a command."));
        return;
    }
    if (!openChoices().contains(what.trimmed())) {
        fail(tr("Unknown --open \"%1\": use status, xero-settings or schedule.").arg(what));
        return;
    }
    m_open = what.trimmed();
}
