#include "desktopprogram.h"

#include <QDir>
#include <QTest>

DesktopProgram::DesktopProgram(const QString &home)
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    const QDir root(home);
    m_environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the X display, as a desktop
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         root.filePath(QStringLiteral(".config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                         root.filePath(QStringLiteral(".local/share")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral(".cache")));
    // The one-instance socket lives in the temporary folder: a private one keeps this program
    // apart from any other copy running on the machine.
    root.mkpath(QStringLiteral("tmp"));
    m_environment.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
    m_environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DesktopProgram::~DesktopProgram()
{
    stop();
}

bool DesktopProgram::start(const QString &executable, const QStringList &arguments)
{
    m_output.clear();
    m_process.setProcessEnvironment(m_environment);
    m_process.start(executable, arguments);
    return m_process.waitForStarted(10000);
}

void DesktopProgram::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString DesktopProgram::output()
{
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

bool DesktopProgram::waitForOutput(const QRegularExpression &pattern, qsizetype from, int timeoutMs)
{
    return QTest::qWaitFor([&] { return pattern.match(output().mid(from)).hasMatch(); }, timeoutMs);
}

QString DesktopProgram::report()
{
    const QString state = isRunning()
                              ? QStringLiteral("was running")
                              : QStringLiteral("had ended, exit code %1").arg(m_process.exitCode());
    return QStringLiteral("program %1; its last output:\n%2").arg(state, output().right(4000));
}
