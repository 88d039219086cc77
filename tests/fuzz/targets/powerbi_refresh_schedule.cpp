// GET .../refreshSchedule: the schedule, when it next runs, and how a change compares with it
// when it is read back (schedule --set-daily).
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "refreshschedule.h"
#include "refreshschedulechange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<RefreshSchedule> schedule =
        RefreshSchedule::fromBody(FuzzInput(data, size).bytes());
    if (!schedule)
        return 0;
    const RefreshSchedule &read = schedule.value();
    (void)read.isDaily();
    fuzzCheck(read.timeZone().isValid(), "a schedule is always read in some zone");
    const QDateTime after(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC);
    if (const std::optional<QDateTime> next = read.nextRunAfter(after)) {
        fuzzCheck(*next > after, "the next run comes after the moment asked about");
        fuzzCheck(next->secsTo(after) > -9 * 24 * 3600, "the next run is within eight days");
    }
    const RefreshScheduleChange change =
        RefreshScheduleChange::daily(read.times(), read.localTimeZoneId());
    (void)change.validate(RefreshScheduleChange::Capacity::Shared);
    (void)change.notAppliedIn(read);
    (void)RefreshScheduleChange::disable().notAppliedIn(read);
    return 0;
}
