#include "watchswitch.h"

#include "answerlater.h"
#include "watchtimer.h"

#include <QLoggingCategory>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lcSwitch, "xra.watch.switch")
} // namespace

WatchSwitch::WatchSwitch(WatchMemory *memory, WatchTimer *timer, const QString &program,
                         const QString &language, QObject *parent)
    : QObject(parent)
    , m_memory(memory)
    , m_timer(timer)
    , m_program(program)
    , m_language(language)
{}

WatchUnits WatchSwitch::unitsFor(const RefreshSchedule &schedule, WatchMemory::Mode mode) const
{
    return WatchCalendar::units(schedule, m_program, m_language, mode);
}

void WatchSwitch::turnOn(const QString &datasetId, const RefreshSchedule &schedule,
                         WatchMemory::Mode mode, QObject *context, Callback<Done> done)
{
    const WatchUnits units = unitsFor(schedule, mode);
    QPointer<QObject> caller(context);
    m_timer->availability(
        this, [this, datasetId, units, mode, caller, done](Result<WatchTimer::Availability> found) {
            if (found && found.value() == WatchTimer::Availability::Available)
                return install(datasetId, units, mode, caller, done);
            qCInfo(lcSwitch) << "no user scheduler: the watch is on, for cron to run";
            rememberOn(datasetId, {}, mode);
            if (caller)
                done(Done{});
        });
}

// The switch, not the caller, waits for the timer: a window closed while systemctl runs must not
// leave a timer installed that the settings call off.
void WatchSwitch::install(const QString &datasetId, const WatchUnits &units, WatchMemory::Mode mode,
                          QObject *context, Callback<Done> done)
{
    QPointer<QObject> caller(context);
    m_timer->install(units, this,
                     [this, datasetId, units, mode, caller, done](Result<Done> installed) {
                         if (installed)
                             rememberOn(datasetId, units.calendar, mode);
                         if (caller)
                             done(installed);
                     });
}

void WatchSwitch::rememberOn(const QString &datasetId, const QStringList &calendar,
                             WatchMemory::Mode mode)
{
    m_memory->setEnabled(true);
    m_memory->setMode(mode);
    m_memory->setDatasetId(datasetId);
    m_memory->setInstalledCalendar(calendar);
    emit changed();
}

void WatchSwitch::turnOff(QObject *context, Callback<Done> done)
{
    QPointer<QObject> caller(context);
    const auto removed = [this, caller, done](Result<Done> result) {
        // The settings keep the watch on while a timer may still run it.
        if (result) {
            m_memory->forget();
            emit changed();
        }
        if (caller)
            done(result);
    };
    if (!m_timer->isInstalled())
        return answerLater<Done>(this, removed, Done{});
    m_timer->remove(this, removed);
}

void WatchSwitch::follow(const QString &datasetId, const RefreshSchedule &schedule,
                         QObject *context, Callback<Done> done)
{
    if (!m_memory->isEnabled())
        return answerLater<Done>(context, std::move(done), Done{});
    if (m_memory->datasetId() != datasetId) {
        qCInfo(lcSwitch) << "the watched dataset is no longer the remembered one: turning off";
        return turnOff(context, std::move(done));
    }
    const WatchUnits units = unitsFor(schedule, m_memory->mode());
    if (!m_timer->isInstalled() || units.calendar == m_memory->installedCalendar())
        return answerLater<Done>(context, std::move(done), Done{});
    qCInfo(lcSwitch) << "the schedule changed: the timer is written again";
    install(datasetId, units, m_memory->mode(), context, std::move(done));
}
