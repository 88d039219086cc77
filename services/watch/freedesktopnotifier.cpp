#include "freedesktopnotifier.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QTimer>
#include <QVariantMap>

namespace {
Q_LOGGING_CATEGORY(lcNotifier, "xra.watch.notifier")

// The name the notification server shows as the sender: the product's, not translated.
const QString applicationName = QStringLiteral("Xero Refresh Assistant");
const QString actionsCapability = QStringLiteral("actions");

// [key, label, key, label...]: how the specification wants the actions. "default" is a click on
// the notification's text: the same as its first button.
QStringList flattened(const QList<std::pair<QString, QString>> &actions)
{
    QStringList flat;
    if (!actions.isEmpty())
        flat << QStringLiteral("default") << actions.constFirst().second;
    for (const auto &[key, label] : actions)
        flat << key << label;
    return flat;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QString &desktopEntry, const QDBusConnection &bus,
                                         QObject *parent)
    : DesktopNotifier(parent)
    , m_desktopEntry(desktopEntry)
    , m_bus(bus)
{
    // Connected before any Notify, so that an action chosen at once is not missed.
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

void FreedesktopNotifier::notify(const DesktopNotification &notification, QObject *context,
                                 Callback<ShownNotification> done)
{
    if (!m_bus.isConnected()) {
        // Answered on a later turn, like every other outcome: callers need not expect reentry.
        QTimer::singleShot(0, this, [guard = QPointer<QObject>(context), done = std::move(done)] {
            if (guard)
                done(noBus());
        });
        return;
    }
    m_waiting.append({notification, QPointer<QObject>(context), std::move(done)});
    if (m_serverHasActions.has_value()) {
        const QList<Pending> ready = std::exchange(m_waiting, {});
        for (const Pending &pending : ready)
            send(pending);
        return;
    }
    askCapabilities();
}

void FreedesktopNotifier::askCapabilities()
{
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_askingCapabilities = false;
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotifier) << "GetCapabilities failed:" << reply.error().name();
            failPending(noService(reply.error()));
            return;
        }
        onCapabilities(reply.value());
    });
}

void FreedesktopNotifier::onCapabilities(const QStringList &capabilities)
{
    m_serverHasActions = capabilities.contains(actionsCapability);
    const QList<Pending> ready = std::exchange(m_waiting, {});
    for (const Pending &pending : ready)
        send(pending);
}

void FreedesktopNotifier::failPending(const ApiError &error)
{
    const QList<Pending> failed = std::exchange(m_waiting, {});
    for (const Pending &pending : failed) {
        if (pending.context)
            pending.done(error);
    }
}

// A systemd user manager started at boot may have no display: a button would then open nothing,
// so the text must say what to do instead.
bool FreedesktopNotifier::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString FreedesktopNotifier::bodyOf(const DesktopNotification &notification)
{
    if (notification.withoutButtonsNote.isEmpty())
        return notification.body;
    return notification.body + QLatin1Char(' ') + notification.withoutButtonsNote;
}

void FreedesktopNotifier::send(Pending pending)
{
    if (!pending.context)
        return;
    const bool withActions = m_serverHasActions.value_or(false) && hasDisplay() &&
                             !pending.notification.actions.isEmpty();
    const DesktopNotification &notification = pending.notification;
    QVariantMap hints{
        {QStringLiteral("desktop-entry"), m_desktopEntry},
        // A byte on the wire, as the specification says: 1 normal, 2 critical.
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(notification.urgent ? 2 : 1)},
    };
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    // susssasa{sv}i: the types must be exact, or the server refuses the call.
    // The icon is the program's, by the name it is installed under (the desktop file's).
    call << applicationName << uint(0) << m_desktopEntry << notification.summary
         << bodyOf(notification) << (withActions ? flattened(notification.actions) : QStringList())
         << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, withActions, pending = std::move(pending)] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCInfo(lcNotifier) << "Notify failed:" << reply.error().name();
                    if (pending.context)
                        pending.done(noService(reply.error()));
                    return;
                }
                m_shown.insert(reply.value());
                if (pending.context)
                    pending.done(ShownNotification{reply.value(), withActions});
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (m_shown.contains(id))
        emit actionInvoked(id, actionKey);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed or closed: for the caller, no action will come
    if (m_shown.remove(id))
        emit closed(id);
}

ApiError FreedesktopNotifier::noBus()
{
    return ApiError::network(ApiError::Service::Desktop,
                             QStringLiteral("no session bus: DBUS_SESSION_BUS_ADDRESS unset or "
                                            "unreachable"))
        .withExplanation(tr("No desktop notification service answered: the program is not "
                            "running inside a desktop session."));
}

ApiError FreedesktopNotifier::noService(const QDBusError &error)
{
    const QString detail = QStringLiteral("%1: %2").arg(error.name(), error.message());
    if (error.type() == QDBusError::ServiceUnknown)
        return ApiError::network(ApiError::Service::Desktop, detail)
            .withExplanation(tr("No desktop notification service answered: none is running on "
                                "this desktop."));
    return ApiError::network(ApiError::Service::Desktop, detail)
        .withExplanation(tr("No desktop notification service answered: the one on this desktop "
                            "failed to show the notification."));
}
