#pragma once

#include "refresh.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>

// How a refresh and its times read on screen, the same on every page and in the status window:
// the status in words, its colour (Failed in red), and times in the user's own time zone.
class RefreshPresentation
{
    Q_DECLARE_TR_FUNCTIONS(RefreshPresentation)

public:
    // "Completed", "Failed", "In progress", "Cancelled", "Disabled", or the service's own word.
    static QString statusText(const Refresh &refresh);
    // Red for Failed, green for Completed, the palette's text colour otherwise. Both colours
    // stay readable on a light and on a dark palette.
    static QColor statusColor(const Refresh &refresh, const QPalette &palette);
    // The red of Failed, for warnings that something is going to fail.
    static QColor failedColor(const QPalette &palette);
    // "28/11/2026 14:05 CET": local time, in the locale's short format, with the zone's
    // abbreviation. An invalid time reads "—".
    static QString localTime(const QDateTime &time);
    // "2 min 05 s", "45 s", "1 h 03 min".
    static QString duration(qint64 seconds);
    // Whether the palette is dark (the window colour is darker than its text).
    static bool isDark(const QPalette &palette);
};
