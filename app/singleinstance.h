#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QTimer;

// One running program per user: the first start listens on a local socket named after the
// user; a later start finds it, asks it to bring its window forward and goes away. A socket
// left behind by a run that crashed answers nobody: it is removed and the new start becomes
// the instance. Everything is asynchronous: start(), then one of becameInstance() or
// handedOver() (or, if the socket cannot be made, failed(), after which the program may still
// run on its own), always from the event loop, never inside start().
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // serverName: the local socket's name; serverNameForUser() for the program.
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "xero-refresh-assistant-<user>" (plus "-sandbox" for --sandbox, so that exploring the
    // sandbox never brings a real session forward, nor the other way round).
    static QString serverNameForUser(bool sandbox);

    // What a later start asks the instance to show (--open: "xero-settings"...); empty means
    // "come forward". Set before start().
    void setRequest(const QString &what) { m_request = what; }
    void start();
    bool isInstance() const { return m_server != nullptr; }
    QString serverName() const { return m_serverName; }

signals:
    // This start is the instance: it now listens for later starts.
    void becameInstance();
    // Another instance runs and was asked to come forward: this start should exit (0).
    void handedOver();
    // No socket could be made (the reason, for the log); the program runs on its own.
    void failed(const QString &reason);
    // A later start asked this instance to bring its window forward, showing what (empty: as
    // it is).
    void activationRequested(const QString &what);

private:
    void onProbeConnected();
    void onProbeError();
    void becomeInstance();
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QString m_request;
    QLocalSocket *m_probe = nullptr;
    QTimer *m_probeTimeout = nullptr;
    QLocalServer *m_server = nullptr;
    bool m_probeConnected = false;
    bool m_decided = false;
};
