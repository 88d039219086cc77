#pragma once

#include "refreshschedule.h"
#include "result.h"
#include "watchcalendar.h"
#include "watchmemory.h"

#include <QObject>

class WatchTimer;

// Turns the watch on and off for the remembered dataset, and keeps what it installed in step with
// the dataset's schedule: the window's switch, the watch command (which reads the schedule
// anyway) and a dataset forgotten all go through it, so that the timer, the settings and what
// the user was told never disagree.
class WatchSwitch : public QObject
{
    Q_OBJECT

public:
    // memory and timer must outlive the switch. program: the absolute path the timer runs;
    // language: the language it runs in ("en", "fr").
    WatchSwitch(WatchMemory *memory, WatchTimer *timer, const QString &program,
                const QString &language, QObject *parent = nullptr);

    WatchMemory *memory() const { return m_memory; }
    WatchTimer *timer() const { return m_timer; }
    // What turning on installs for this schedule (the cron line too).
    WatchUnits unitsFor(const RefreshSchedule &schedule, WatchMemory::Mode mode) const;

    // Installs the timer where the system has a scheduler for the user, and remembers the watch
    // on. Without one nothing is installed: the watch is remembered on, and the user adds the
    // cron line (WatchUnits::cronLine) by hand.
    void turnOn(const QString &datasetId, const RefreshSchedule &schedule, WatchMemory::Mode mode,
                QObject *context, Callback<Done> done);
    // Removes what was installed and forgets the watch (its announcements too).
    void turnOff(QObject *context, Callback<Done> done);
    // The dataset's schedule as just read: a timer installed for another dataset is removed (the
    // dataset was forgotten or changed), one on an old calendar is written again.
    void follow(const QString &datasetId, const RefreshSchedule &schedule, QObject *context,
                Callback<Done> done);

signals:
    // On or off, installed or removed: the window's line follows.
    void changed();

private:
    void install(const QString &datasetId, const WatchUnits &units, WatchMemory::Mode mode,
                 QObject *context, Callback<Done> done);
    void rememberOn(const QString &datasetId, const QStringList &calendar, WatchMemory::Mode mode);

    WatchMemory *m_memory;
    WatchTimer *m_timer;
    QString m_program;
    QString m_language;
};
