#pragma once

#include <QDateTime>
#include <QList>

struct SandboxSchedule;

// The moments a refresh schedule names: each of its times on each of its days, in its time
// zone (a Windows id, as Power BI takes it). The sandbox's own reading of a schedule, kept
// apart from the program's, so that a mistake in one shows against the other.
class SandboxScheduleSlots
{
public:
    // The slots in (after, until], oldest first, in UTC; whether enabled or not.
    static QList<QDateTime> between(const SandboxSchedule &schedule, const QDateTime &after,
                                    const QDateTime &until);
};
