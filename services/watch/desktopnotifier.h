#pragma once

#include "desktopnotification.h"
#include "result.h"
#include "shownnotification.h"

#include <QObject>
#include <QString>

// The desktop's notification service. The Linux implementation beside it speaks
// org.freedesktop.Notifications over D-Bus; Windows and macOS would have their own.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // done gets the notification as shown, or why it could not be (no session bus, no
    // notification service): an ApiError the caller can print.
    virtual void notify(const DesktopNotification &notification, QObject *context,
                        Callback<ShownNotification> done) = 0;

signals:
    // The user chose an action on a notification this notifier showed.
    void actionInvoked(uint id, const QString &actionKey);
    // It went away (expired, dismissed, closed): no action will come from it.
    void closed(uint id);
};
