#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QTest>

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool SandboxProcess::start(const QString &program)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process.waitForStarted(10000))
        return false;
    const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    (void)QTest::qWaitFor(
        [&] {
            const QRegularExpressionMatch match = listening.match(log());
            if (match.hasMatch())
                m_root = QUrl(match.captured(1));
            return m_root.isValid();
        },
        15000);
    return m_root.isValid();
}

QString SandboxProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}
