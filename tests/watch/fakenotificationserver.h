#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A real org.freedesktop.Notifications service on the test's private session bus, on a
// connection of its own, that records what it is asked and plays the user on command.
//
//     FakeNotificationServer server;               // owns the name at once
//     ASSERT_TRUE(server.isRegistered());
//     QSignalSpy shown(&server, &FakeNotificationServer::notified);
//     ... notify through FreedesktopNotifier ...
//     ASSERT_TRUE(shown.wait(2000));
//     server.received().last().body; server.invokeAction(id, "fix"); server.close(id);
//
// Only one process (and one object) may own the name: create one per test and let it go.
class FakeNotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    // One Notify call as it arrived.
    struct Received
    {
        uint id = 0;       // the id answered
        QString signature; // of the message: "susssasa{sv}i" when the types are right
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; // flat: key, label, key, label
        QVariantMap hints;   // as demarshalled; see urgency*
        int expireTimeout = 0;
        // The "urgency" hint: its D-Bus type as it came ("y" for a byte) and value; -1 when absent.
        QString urgencySignature;
        int urgency = -1;
    };

    // withActions: whether GetCapabilities lists "actions" (the server draws buttons).
    explicit FakeNotificationServer(bool withActions = true, QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    bool isRegistered() const { return m_registered; }
    const QList<Received> &received() const { return m_received; }
    // How many times GetCapabilities was asked.
    int capabilityRequests() const { return m_capabilityRequests; }

    // The user chose an action / the notification went away (reason 2: dismissed by the user).
    void invokeAction(uint id, const QString &actionKey);
    void close(uint id, uint reason = 2);

signals:
    void notified(uint id);

public slots: // the D-Bus interface: called over the bus only
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_connection;
    bool m_registered = false;
    bool m_withActions;
    uint m_nextId = 1;
    int m_capabilityRequests = 0;
    QList<Received> m_received;
};
