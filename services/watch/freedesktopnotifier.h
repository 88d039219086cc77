#pragma once

#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QList>
#include <QPointer>
#include <QSet>

#include <optional>

class QDBusError;

// DesktopNotifier over org.freedesktop.Notifications on the session bus (Desktop Notifications
// Specification 1.2). Every call is asynchronous; the server's capabilities are asked once.
class FreedesktopNotifier : public DesktopNotifier
{
    Q_OBJECT

public:
    static inline const QString service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString path = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString interface = QStringLiteral("org.freedesktop.Notifications");

    // desktopEntry: the program's desktop file name without ".desktop" (the "desktop-entry" hint).
    explicit FreedesktopNotifier(const QString &desktopEntry,
                                 const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    void notify(const DesktopNotification &notification, QObject *context,
                Callback<ShownNotification> done) override;

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    static QString bodyOf(const DesktopNotification &notification);
    struct Pending
    {
        DesktopNotification notification;
        QPointer<QObject> context;
        Callback<ShownNotification> done;
    };

    void askCapabilities();
    void onCapabilities(const QStringList &capabilities);
    void failPending(const ApiError &error);
    void send(Pending pending);
    static bool hasDisplay();
    static ApiError noService(const QDBusError &error);
    static ApiError noBus();

    QString m_desktopEntry;
    QDBusConnection m_bus;
    // Whether the server draws buttons; unknown until GetCapabilities answers.
    std::optional<bool> m_serverHasActions;
    bool m_askingCapabilities = false;
    // Notifications waiting for the capabilities.
    QList<Pending> m_waiting;
    // The ids this notifier showed: the signals are broadcast for every program's notifications.
    QSet<uint> m_shown;
};
