#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

// A notification on the user's desktop.
struct DesktopNotification
{
    QString summary;
    QString body;
    // (key, label) pairs: "fix"/"Fix now", "details"/"Details". A click on the text itself
    // comes as the key "default".
    QList<std::pair<QString, QString>> actions;
    // Ends the text: how to do without the buttons, which work only while the check listens
    // (the notification may stay long after) and which not every desktop draws.
    QString withoutButtonsNote;
    // A failure (critical) rather than a warning (normal).
    bool urgent = false;
};

// What the desktop did with a notification.
struct ShownNotification
{
    uint id = 0;
    // False when the desktop shows no buttons (no "actions" capability, or no display to open a
    // window on): the text must then say how to fix it without them.
    bool withActions = false;
};

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
