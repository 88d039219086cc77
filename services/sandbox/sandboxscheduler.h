#pragma once

#include <QDateTime>

struct SandboxContext;
struct SandboxDataset;

// Scheduled refreshes: when the sandbox clock has passed a slot of an enabled schedule, the
// dataset refreshes at that slot ("Scheduled", a few seconds long) with whatever credential its
// Xero data source holds then. Evaluated lazily, whenever the sandbox answers a request or its
// clock moves, each slot at most once, in the order of time and with the clock pinned at the
// slot: a three-day jump runs three daily slots as if the days had passed one by one.
//
// What happens at a slot, as the real service does it:
// - a credential failure (pushed token expired, none, or a lasting one that could not be
//   renewed) fails the refresh with DMTS_OAuthTokenRefreshFailedError, and the schedule is
//   switched off at once (SandboxDataset::settleSchedule, the one rule for API and scheduled
//   refreshes alike), so the later slots do not run;
// - on shared capacity, a slot past the limit of 8 refreshes in 24 hours does not start (the
//   sandbox's choice: nothing is written to the history);
// - a slot that comes while another refresh of the dataset runs does not start either (the
//   service would queue it; the sandbox skips it).
class SandboxScheduler
{
public:
    static constexpr int scheduledRefreshSeconds = 5;
    // A jump further than this runs only the slots of its last days: a year of slots is
    // already more than any history keeps.
    static constexpr int catchUpDays = 400;

    explicit SandboxScheduler(SandboxContext &context);

    // Forgets the slots before now (a reset sandbox starts from its present).
    void reset();
    // Runs every slot passed since the last call.
    void catchUp();
    // Where the slots were last run up to; a kept sandbox starts from there, so the slots that
    // passed while the program was closed run at its next start.
    QDateTime checkedUntil() const { return m_checkedUntil; }
    void setCheckedUntil(const QDateTime &moment) { m_checkedUntil = moment; }

private:
    void runSlot(SandboxDataset &dataset, const QDateTime &slot);

    SandboxContext &m_context;
    QDateTime m_checkedUntil;
};
