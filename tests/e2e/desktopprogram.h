#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A program started on the test's X display (Xvfb) the way a desktop starts it, with a
// throw-away home of the test's own: its settings, data, cache and temporary files (the
// one-instance socket among them) stay there, apart from the user's and from any other copy
// of the program running on the machine. It keeps what the program prints, for the test to wait
// on and to show when a step fails; stopped on destruction.
class DesktopProgram
{
public:
    explicit DesktopProgram(const QString &home);
    ~DesktopProgram();
    DesktopProgram(const DesktopProgram &) = delete;
    DesktopProgram &operator=(const DesktopProgram &) = delete;

    // The environment the program starts with; add to it before start().
    QProcessEnvironment &environment() { return m_environment; }

    bool start(const QString &executable, const QStringList &arguments = {});
    // Asks it to end (SIGTERM), then kills it after a while.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    bool waitForFinished(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }

    // Everything it printed so far (standard output and error together).
    QString output();
    // Waits until what it printed after position from (a length of output()) matches.
    bool waitForOutput(const QRegularExpression &pattern, qsizetype from, int timeoutMs);
    // Whether it still runs and its last output: the first thing to read when a step did not
    // come (the program never logs a secret).
    QString report();

private:
    QProcessEnvironment m_environment;
    QProcess m_process;
    QString m_output;
};
