#pragma once

#include "desktopnotifier.h"

#include <QDBusConnection>

// DesktopNotifier over org.freedesktop.Notifications on the session bus.
class FreedesktopNotifier : public DesktopNotifier
{
    Q_OBJECT

public:
    // desktopEntry: the program's desktop file name without ".desktop" (the "desktop-entry" hint).
    explicit FreedesktopNotifier(const QString &desktopEntry,
                                 const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    void notify(const DesktopNotification &notification, QObject *context,
                Callback<ShownNotification> done) override;

private:
    QString m_desktopEntry;
    QDBusConnection m_bus;
};
