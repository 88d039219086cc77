#pragma once

#include "refreshschedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// A refresh schedule in words, the same on every page and in the status window: whether it is
// on, its days, its times in its own zone and in the user's, the zone's name and the next run.
class ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    // "On", "Off", or "Off: switched off by Power BI after repeated failures".
    static QString state(const RefreshSchedule &schedule, bool switchedOffAfterFailures = false);
    // "Every day" for all seven; else "Monday, Wednesday, and Friday" in the user's language,
    // Monday first; "No day" for none.
    static QString days(const RefreshSchedule &schedule);
    // One line a time: "07:00, that is 06:00 UTC your time", with "the next day" or "the day
    // before" when the user's date differs. `now` (the repair's clock) decides, through its
    // date in the schedule's zone, whether summer time applies, as it does for the next run.
    static QString times(const RefreshSchedule &schedule, const QDateTime &now,
                         const QTimeZone &userZone = QTimeZone::systemTimeZone());
    // "Romance Standard Time (Europe/Paris)": Power BI's Windows name, then the one the user
    // may know; "Not set (UTC)", or the id said unknown and shown as UTC.
    static QString zone(const RefreshSchedule &schedule);
    // The next scheduled refresh after `now` in the user's time, or "No scheduled refresh".
    static QString nextRun(const RefreshSchedule &schedule, const QDateTime &now);

private:
    static QString userTime(const QDateTime &moment, QDate scheduleDate, const QTimeZone &userZone);
};
