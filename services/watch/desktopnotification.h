#pragma once

#include <QList>
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
