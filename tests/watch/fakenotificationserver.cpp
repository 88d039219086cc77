#include "fakenotificationserver.h"

#include <QDBusMessage>
#include <QDBusMetaType>

namespace {
const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");
const QString interfaceName = QStringLiteral("org.freedesktop.Notifications");
const QString connectionName = QStringLiteral("fake-notifications");

} // namespace

FakeNotificationServer::FakeNotificationServer(bool withActions, QObject *parent)
    : QObject(parent)
    , m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    , m_withActions(withActions)
{
    m_registered = m_connection.isConnected() &&
                   m_connection.registerObject(objectPath, this, QDBusConnection::ExportAllSlots) &&
                   m_connection.registerService(serviceName);
}

FakeNotificationServer::~FakeNotificationServer()
{
    m_connection.unregisterService(serviceName);
    m_connection.unregisterObject(objectPath);
    QDBusConnection::disconnectFromBus(connectionName);
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body,
                                    const QStringList &actions, const QVariantMap &hints,
                                    int expireTimeout)
{
    Received call;
    call.id = m_nextId++;
    call.signature = message().signature();
    call.appName = appName;
    call.replacesId = replacesId;
    call.appIcon = appIcon;
    call.summary = summary;
    call.body = body;
    call.actions = actions;
    call.hints = hints;
    call.expireTimeout = expireTimeout;
    const QVariant urgency = hints.value(QStringLiteral("urgency"));
    if (urgency.isValid()) {
        call.urgencySignature =
            QString::fromLatin1(QDBusMetaType::typeToSignature(urgency.metaType()));
        call.urgency = urgency.toInt();
    }
    m_received.append(call);
    emit notified(call.id);
    return call.id;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    ++m_capabilityRequests;
    QStringList capabilities{QStringLiteral("body")};
    if (m_withActions)
        capabilities << QStringLiteral("actions");
    return capabilities;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    close(id, 3); // 3: closed by a call to CloseNotification
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                     QString &specVersion)
{
    vendor = QStringLiteral("Xero Refresh Assistant tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, actionKey});
}

void FakeNotificationServer::close(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), {id, reason});
}

void FakeNotificationServer::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(objectPath, interfaceName, name);
    signal.setArguments(arguments);
    m_connection.send(signal);
}
