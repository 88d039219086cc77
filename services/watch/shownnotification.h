#pragma once

#include <QtGlobal>

// What the desktop did with a notification.
struct ShownNotification
{
    uint id = 0;
    // False when the desktop shows no buttons (no "actions" capability, or no display to open a
    // window on).
    bool withActions = false;
};
