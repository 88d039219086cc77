#pragma once

#include "result.h"
#include "watchcalendar.h"

#include <QObject>
#include <QStringList>

// What runs the watch on its own: a user timer of the system's scheduler. The Linux
// implementation beside it is a systemd user timer; Windows would use the Task Scheduler.
class WatchTimer : public QObject
{
    Q_OBJECT

public:
    enum class Availability
    {
        Available,   // a scheduler of the user's runs: the timer can be installed
        Unavailable, // none (no user systemd): the user must add WatchUnits::cronLine by hand
    };

    using QObject::QObject;

    virtual void availability(QObject *context, Callback<Availability> done) = 0;
    // Writes the units, makes the scheduler read them and starts the timer.
    virtual void install(const WatchUnits &units, QObject *context, Callback<Done> done) = 0;
    // Stops the timer and removes every file install() wrote; done when nothing is left.
    virtual void remove(QObject *context, Callback<Done> done) = 0;
    virtual bool isInstalled() const = 0;
    // Where the units go, to say so before installing.
    virtual QStringList unitPaths() const = 0;
};
