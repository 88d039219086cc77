#include "sandboxscheduler.h"

#include "sandboxcontext.h"
#include "sandboxdailylimit.h"
#include "sandboxids.h"
#include "sandboxscheduleslots.h"
#include "sandboxxeroconnector.h"

#include <QList>
#include <QPair>
#include <algorithm>

SandboxScheduler::SandboxScheduler(SandboxContext &context)
    : m_context(context)
{}

void SandboxScheduler::reset()
{
    m_checkedUntil = m_context.clock.now();
}

void SandboxScheduler::catchUp()
{
    const QDateTime now = m_context.clock.now();
    // The control route never moves the clock back; if a test does, the slots already run are
    // not run again.
    if (m_checkedUntil.isValid() && now <= m_checkedUntil)
        return;
    if (!m_checkedUntil.isValid())
        m_checkedUntil = now;
    const QDateTime from = std::max(m_checkedUntil, now.addDays(-catchUpDays));
    m_checkedUntil = now;

    // Every dataset's slots, oldest first: datasets may share a data source's credential.
    QList<QPair<QDateTime, qsizetype>> due;
    // Schedules name whole minutes (in zones whose offsets are whole minutes): a window inside
    // one minute holds no slot. A generated catalogue of thousands of datasets is asked many
    // times a second, and reading every schedule each time made the sandbox the slow side.
    const qint64 minute = 60 * 1000;
    const bool crossesAMinute =
        now.toMSecsSinceEpoch() / minute > from.toMSecsSinceEpoch() / minute;
    for (qsizetype i = 0; crossesAMinute && i < m_context.state.datasets.size(); ++i) {
        const SandboxDataset &dataset = m_context.state.datasets.at(i);
        if (!dataset.schedule.enabled)
            continue;
        for (const QDateTime &slot : SandboxScheduleSlots::between(dataset.schedule, from, now))
            due.append({slot, i});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[slot, index] : due) {
        m_context.clock.pin(slot);
        runSlot(m_context.state.datasets[index], slot);
        m_context.clock.unpin();
    }
    for (SandboxDataset &dataset : m_context.state.datasets)
        dataset.settleSchedule(now);
}

void SandboxScheduler::runSlot(SandboxDataset &dataset, const QDateTime &slot)
{
    // A credential failure of an earlier slot (or of a refresh through the API) has ended by
    // now and switched the schedule off.
    dataset.settleSchedule(slot);
    if (!dataset.schedule.enabled || dataset.runningRefresh(slot))
        return;
    if (SandboxDailyLimit::isReached(dataset, m_context.state.isOnDedicatedCapacity(dataset), slot))
        return;

    SandboxRefresh refresh;
    refresh.id = dataset.nextRefreshId++;
    refresh.requestId = SandboxIds::guid();
    refresh.refreshType = QStringLiteral("Scheduled");
    refresh.startTime = slot;
    refresh.plannedEndTime = slot.addSecs(scheduledRefreshSeconds);
    if (SandboxXeroConnector(m_context).canRefresh(dataset)) {
        refresh.outcome = QStringLiteral("Completed");
    } else {
        refresh.outcome = QStringLiteral("Failed");
        refresh.serviceExceptionJson = SandboxXeroConnector::credentialFailureJson();
        refresh.attempts = 3; // the service retries a failed scheduled refresh
    }
    dataset.refreshes.prepend(refresh);
    dataset.trimHistory(slot);
}
