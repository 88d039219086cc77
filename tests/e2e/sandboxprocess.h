#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// The standalone sandbox (xero-refresh-sandbox) as a child process on a free loopback port:
// the program under test talks to it exactly as it would to the real services, and the test
// reads its request log to know what the program did.
class SandboxProcess
{
public:
    ~SandboxProcess();

    // Starts the server and waits for its address.
    bool start(const QString &program);
    QUrl rootUrl() const { return m_root; }
    // Everything it logged so far (requests, without secrets).
    QString log();

private:
    QProcess m_process;
    QString m_log;
    QUrl m_root;
};
