#pragma once

#include <QString>
#include <QStringList>

// What the watch installs: a systemd user service that runs the check, and a timer that starts
// it a few minutes after each scheduled slot of the dataset (and before it, to push a credential),
// and once a day. Pure text, so it is tested without systemd.
struct WatchUnits
{
    QString serviceFileName; // xero-refresh-assistant-watch.service
    QString serviceText;
    QString timerFileName; // xero-refresh-assistant-watch.timer
    QString timerText;
    // The timer's OnCalendar values, as written.
    QStringList calendar;
    // Where no user systemd runs: the one line to add to crontab.
    QString cronLine;
};
