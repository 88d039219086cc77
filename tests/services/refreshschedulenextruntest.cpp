#include "refreshschedule.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

RefreshSchedule schedule(const QStringList &days, const QStringList &times, const QString &zone,
                         bool enabled = true)
{
    const QJsonObject json{{QStringLiteral("days"), QJsonArray::fromStringList(days)},
                           {QStringLiteral("times"), QJsonArray::fromStringList(times)},
                           {QStringLiteral("enabled"), enabled},
                           {QStringLiteral("localTimeZoneId"), zone},
                           {QStringLiteral("notifyOption"), QStringLiteral("MailOnFailure")}};
    return RefreshSchedule::fromJson(json).value();
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

const QString paris = QStringLiteral("Romance Standard Time");
const QStringList everyDay = RefreshSchedule::weekdayNames();

} // namespace

TEST(RefreshScheduleNextRun, LaterTheSameDayInTheScheduleZone)
{
    // 08:00 UTC on Monday 23 November 2026 is 09:00 in Paris: the 14:00 run is next.
    const RefreshSchedule daily =
        schedule(everyDay, {QStringLiteral("07:00"), QStringLiteral("14:00")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-11-23T08:00:00Z"))),
              utc(QStringLiteral("2026-11-23T13:00:00Z")));
}

TEST(RefreshScheduleNextRun, TheFirstTimeOfTheNextDayOnceTodaysArePast)
{
    const RefreshSchedule daily =
        schedule(everyDay, {QStringLiteral("14:00"), QStringLiteral("07:00")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-11-23T13:00:00Z"))),
              utc(QStringLiteral("2026-11-24T06:00:00Z")));
}

TEST(RefreshScheduleNextRun, SkipsDaysThatAreNotScheduled)
{
    // Friday 27 November 2026 after the run: the next one is on Monday.
    const RefreshSchedule weekdays = schedule({QStringLiteral("Monday"), QStringLiteral("Friday")},
                                              {QStringLiteral("07:00")}, QStringLiteral("UTC"));
    EXPECT_EQ(weekdays.nextRunAfter(utc(QStringLiteral("2026-11-27T07:00:00Z"))),
              utc(QStringLiteral("2026-11-30T07:00:00Z")));
}

TEST(RefreshScheduleNextRun, AWeeklyRunJustPastIsAWeekAway)
{
    const RefreshSchedule weekly =
        schedule({QStringLiteral("Monday")}, {QStringLiteral("07:00")}, QStringLiteral("UTC"));
    EXPECT_EQ(weekly.nextRunAfter(utc(QStringLiteral("2026-11-23T07:00:01Z"))),
              utc(QStringLiteral("2026-11-30T07:00:00Z")));
}

TEST(RefreshScheduleNextRun, TheDayIsTheScheduleZonesDayNotUtcs)
{
    // 23:30 UTC on Sunday is already Monday 00:30 in Paris: Monday's 07:00 is hours away.
    const RefreshSchedule mondays =
        schedule({QStringLiteral("Monday")}, {QStringLiteral("07:00")}, paris);
    EXPECT_EQ(mondays.nextRunAfter(utc(QStringLiteral("2026-11-22T23:30:00Z"))),
              utc(QStringLiteral("2026-11-23T06:00:00Z")));
}

TEST(RefreshScheduleNextRun, FollowsTheClockChangeInSpring)
{
    // Paris moves to summer time in the night of 28 to 29 March 2026: 07:00 is then UTC+2.
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("07:00")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-03-28T06:00:00Z"))),
              utc(QStringLiteral("2026-03-29T05:00:00Z")));
}

TEST(RefreshScheduleNextRun, FollowsTheClockChangeInAutumn)
{
    // Back to winter time in the night of 24 to 25 October 2026: 07:00 is UTC+1 again.
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("07:00")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-10-24T05:00:00Z"))),
              utc(QStringLiteral("2026-10-25T06:00:00Z")));
}

TEST(RefreshScheduleNextRun, ATimeTheClockSkipsRunsOnceItHasMovedOn)
{
    // 02:30 does not exist in Paris on 29 March 2026; 03:30 summer time is 01:30 UTC.
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("02:30")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-03-28T12:00:00Z"))),
              utc(QStringLiteral("2026-03-29T01:30:00Z")));
}

TEST(RefreshScheduleNextRun, ATimeTheClockRepeatsRunsAtItsFirstOccurrence)
{
    // 02:30 happens twice in Paris on 25 October 2026; the first, in summer time, is 00:30 UTC.
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("02:30")}, paris);
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-10-24T12:00:00Z"))),
              utc(QStringLiteral("2026-10-25T00:30:00Z")));
}

TEST(RefreshScheduleNextRun, AnUnknownZoneCountsInUtc)
{
    const RefreshSchedule daily =
        schedule(everyDay, {QStringLiteral("07:00")}, QStringLiteral("Atlantis Standard Time"));
    EXPECT_EQ(daily.nextRunAfter(utc(QStringLiteral("2026-11-23T08:00:00Z"))),
              utc(QStringLiteral("2026-11-24T07:00:00Z")));
}

TEST(RefreshScheduleNextRun, NoneWhenSwitchedOffOrEmpty)
{
    const QDateTime now = utc(QStringLiteral("2026-11-23T08:00:00Z"));
    EXPECT_FALSE(schedule(everyDay, {QStringLiteral("07:00")}, paris, false).nextRunAfter(now));
    EXPECT_FALSE(schedule(everyDay, {}, paris).nextRunAfter(now));
    EXPECT_FALSE(schedule({}, {QStringLiteral("07:00")}, paris).nextRunAfter(now));
    EXPECT_FALSE(RefreshSchedule().nextRunAfter(now));
}

TEST(RefreshScheduleTimeZone, WindowsIdsNameTheirZoneAndUnknownOnesNone)
{
    EXPECT_EQ(RefreshSchedule::timeZoneFor(paris).id(), QByteArray("Europe/Paris"));
    EXPECT_EQ(RefreshSchedule::timeZoneFor(QStringLiteral("UTC"))
                  .offsetFromUtc(QDateTime::currentDateTimeUtc()),
              0);
    EXPECT_FALSE(RefreshSchedule::timeZoneFor(QStringLiteral("Mars Standard Time")).isValid());
    EXPECT_FALSE(RefreshSchedule::timeZoneFor(QString()).isValid());
    // An IANA id is not a Windows one.
    EXPECT_FALSE(RefreshSchedule::timeZoneFor(QStringLiteral("Europe/Paris")).isValid());
}

TEST(RefreshScheduleTimeZone, TheScheduleReadsItsTimesInItsZoneOrElseInUtc)
{
    EXPECT_EQ(schedule(everyDay, {QStringLiteral("07:00")}, paris).timeZone().id(),
              QByteArray("Europe/Paris"));
    EXPECT_EQ(schedule(everyDay, {QStringLiteral("07:00")}, QStringLiteral("Mars Standard Time"))
                  .timeZone(),
              QTimeZone::utc());
    EXPECT_EQ(schedule(everyDay, {QStringLiteral("07:00")}, QString()).timeZone(),
              QTimeZone::utc());
}

TEST(RefreshScheduleTimeZone, AMomentOnADayFollowsThatDaysOffsetAndSkipsTheSpringGap)
{
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("07:00")}, paris);
    EXPECT_EQ(daily.momentOn(QDate(2026, 7, 1), QTime(7, 0)),
              utc(QStringLiteral("2026-07-01T05:00:00Z")));
    EXPECT_EQ(daily.momentOn(QDate(2026, 11, 28), QTime(7, 0)),
              utc(QStringLiteral("2026-11-28T06:00:00Z")));
    // 02:30 does not exist in Paris on 29 March 2026: it comes when the clock reads 03:30.
    EXPECT_EQ(daily.momentOn(QDate(2026, 3, 29), QTime(2, 30)),
              utc(QStringLiteral("2026-03-29T01:30:00Z")));
}
