#pragma once

#include "refreshschedulechange.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The program's arguments, read and checked before anything is sent anywhere: an unknown
// command or option, a bad number or a schedule the service would refuse is a usage error
// (exit 2) that names the problem.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command
    {
        None, // the windows (with --sandbox, against the built-in sandbox in the process)
        Datasets,
        Status,
        History,
        Schedule,
        RefreshNow,
        Watch, // the check the watch's timer runs (desktop notifications)
    };

    static constexpr int defaultTop = 20;
    static constexpr int defaultTimeoutSeconds = 1800;
    // $top is an int32 for Power BI.
    static constexpr int maxTop = 2147483647;
    // A day: Power BI stops a refresh itself after 2 hours (5 on Premium).
    static constexpr int maxTimeoutSeconds = 86400;
    // watch: how long a notification's "Fix now" is listened for. The check ends after it; the
    // notification stays, its text saying how to fix without the button.
    static constexpr int defaultActionWaitSeconds = 600;

    // arguments: as QCoreApplication::arguments() gives them, program name first. Texts are
    // translated with whatever translator is installed at the time.
    static CommandLine parse(const QStringList &arguments);

    bool isValid() const { return m_problem.isEmpty(); }
    // The usage error, naming what is wrong; empty when valid.
    QString problem() const { return m_problem; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    // Usage text: options, then the commands.
    QString helpText() const { return m_helpText; }

    Command command() const { return m_command; }
    QString commandName() const { return m_commandName; }
    bool hasCommand() const { return m_command != Command::None; }
    bool json() const { return m_json; }
    bool sandbox() const { return m_sandbox; }
    // The windows' kept sandbox starts again from its ready scenario (implies sandbox()).
    bool sandboxReset() const { return m_sandboxReset; }
    QString workspace() const { return m_workspace; }
    QString dataset() const { return m_dataset; }
    int top() const { return m_top; }
    // schedule: the change asked for; nullopt means "show it".
    std::optional<RefreshScheduleChange> scheduleChange() const { return m_scheduleChange; }
    bool wait() const { return m_wait; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    // watch --action-wait
    int actionWaitSeconds() const { return m_actionWaitSeconds; }
    // watch --only-if-on: the timer's runs, which do nothing once the watch is turned off.
    bool onlyIfOn() const { return m_onlyIfOn; }
    // --open: what the windows show first ("status", "xero-settings", "schedule"); empty when
    // not given (the status window or the wizard, as usual).
    QString open() const { return m_open; }
    static QStringList openChoices();
    // --lang as given; empty when not given.
    QString language() const { return m_language; }
    // The endpoint flags that were given ("--cloud", "--powerbi-api-root", ...) with values.
    QMap<QString, QString> endpointFlags() const { return m_endpointFlags; }

private:
    void fail(const QString &problem);
    void readCommand(const QStringList &positional);
    void readTop(const QString &text, bool isSet);
    void readSchedule(const QStringList &times, const QString &timeZone, bool timeZoneSet,
                      bool enable, bool disable);
    void readWait(bool wait, const QString &timeout, bool timeoutSet);
    void readActionWait(const QString &text, bool isSet);
    void readOpen(const QString &what, bool isSet);
    void refuseOutsideCommand(const QString &option, bool isSet, Command command,
                              const QString &commandName);

    QString m_problem;
    bool m_help = false;
    bool m_version = false;
    QString m_helpText;
    Command m_command = Command::None;
    QString m_commandName;
    bool m_json = false;
    bool m_sandbox = false;
    bool m_sandboxReset = false;
    QString m_workspace;
    QString m_dataset;
    int m_top = defaultTop;
    std::optional<RefreshScheduleChange> m_scheduleChange;
    bool m_wait = false;
    int m_timeoutSeconds = defaultTimeoutSeconds;
    int m_actionWaitSeconds = defaultActionWaitSeconds;
    bool m_onlyIfOn = false;
    QString m_open;
    QString m_language;
    QMap<QString, QString> m_endpointFlags;
};
