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
    QPointer<WatchSwitch> self(this);
    m_timer->availability(
        context, [self, datasetId, units, mode, context, done](Result<WatchTimer::Availability> found) {
            if (!self)
                return;
            if (found && found.value() == WatchTimer::Availability::Available)
                return self->install(datasetId, units, mode, context, done);
            qCInfo(lcSwitch) << "no user scheduler: the watch is on, for cron to run";
            self->rememberOn(datasetId, {}, mode);
            done(Done{});
        });
}

void WatchSwitch::install(const QString &datasetId, const WatchUnits &units,
                          WatchMemory::Mode mode, QObject *context, Callback<Done> done)
{
    QPointer<WatchSwitch> self(this);
    m_timer->install(units, context, [self, datasetId, units, mode, done](Result<Done> installed) {
        if (self && installed)
            self->rememberOn(datasetId, units.calendar, mode);
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
    QPointer<WatchSwitch> self(this);
    const auto forget = [self, done](Result<Done> removed) {
        // The settings keep the watch on while a timer may still run it.
        if (self && removed) {
            self->m_memory->forget();
            emit self->changed();
        }
        done(removed);
    };
    if (!m_timer->isInstalled())
        return answerLater<Done>(context, forget, Done{});
    m_timer->remove(context, forget);
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
