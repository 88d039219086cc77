#include "scheduletext.h"
#include "languagescope.h"
#include "refreshpresentation.h"

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
                           {QStringLiteral("localTimeZoneId"), zone}};
    return RefreshSchedule::fromJson(json).value();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

const QString paris = QStringLiteral("Romance Standard Time");
const QStringList everyDay = RefreshSchedule::weekdayNames();
// In the API's order, not the week's: the text puts Monday first.
const QStringList fridayMondayWednesday = {QStringLiteral("Friday"), QStringLiteral("monday"),
                                           QStringLiteral("Wednesday")};

} // namespace

TEST(ScheduleText, TheStateSaysWhyTheScheduleIsOffWhenPowerBiSwitchedItOff)
{
    const LanguageScope english(QStringLiteral("en"));
    EXPECT_EQ(ScheduleText::state(schedule(everyDay, {}, paris)), QStringLiteral("On"));
    EXPECT_EQ(ScheduleText::state(schedule(everyDay, {}, paris, false)), QStringLiteral("Off"));
    EXPECT_EQ(ScheduleText::state(schedule(everyDay, {}, paris, false), true),
              QStringLiteral("Off: switched off by Power BI after repeated failures"));
}

TEST(ScheduleText, DaysReadInTheWeeksOrderInTheUsersLanguage)
{
    {
        const LanguageScope english(QStringLiteral("en"));
        EXPECT_EQ(ScheduleText::days(schedule(everyDay, {}, paris)), QStringLiteral("Every day"));
        EXPECT_EQ(ScheduleText::days(schedule(fridayMondayWednesday, {}, paris)),
                  QStringLiteral("Monday, Wednesday, and Friday"));
        EXPECT_EQ(ScheduleText::days(schedule({}, {}, paris)), QStringLiteral("No day"));
    }
    const LanguageScope french(QStringLiteral("fr"));
    EXPECT_EQ(ScheduleText::days(schedule(everyDay, {}, paris)), QStringLiteral("Tous les jours"));
    EXPECT_EQ(ScheduleText::days(schedule(fridayMondayWednesday, {}, paris)),
              QStringLiteral("lundi, mercredi et vendredi"));
}

// 07:00 in Paris is 05:00 UTC in summer time and 06:00 UTC in winter time: the date in the
// schedule's zone decides, on either side of the night the clocks go back (25 October 2026).
TEST(ScheduleText, TimesInTheUsersZoneFollowTheDaylightSavingChange)
{
    const LanguageScope english(QStringLiteral("en"));
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("07:00")}, paris);
    EXPECT_EQ(ScheduleText::times(daily, utc("2026-10-24T12:00:00Z"), QTimeZone::utc()),
              QStringLiteral("07:00, that is 05:00 UTC your time"));
    EXPECT_EQ(ScheduleText::times(daily, utc("2026-10-25T12:00:00Z"), QTimeZone::utc()),
              QStringLiteral("07:00, that is 06:00 UTC your time"));
    // 23:30 in Paris is the next morning in Tokyo.
    const RefreshSchedule late = schedule(everyDay, {QStringLiteral("23:30")}, paris);
    EXPECT_EQ(ScheduleText::times(late, utc("2026-10-24T12:00:00Z"), QTimeZone("Asia/Tokyo")),
              QStringLiteral("23:30, that is 06:30 JST the next day your time"));
}

TEST(ScheduleText, TimesSayTheDayBeforeAndOneLineATime)
{
    const LanguageScope french(QStringLiteral("fr"));
    const RefreshSchedule early = schedule(
        everyDay, {QStringLiteral("01:00"), QStringLiteral("13:00")}, QStringLiteral("UTC"));
    EXPECT_EQ(
        ScheduleText::times(early, utc("2026-11-28T12:00:00Z"), QTimeZone("America/New_York")),
        QStringLiteral("01:00, soit 20:00 EST la veille en heure locale\n"
                       "13:00, soit 08:00 EST en heure locale"));
}

TEST(ScheduleText, TheZoneIsNamedTheWindowsWayThenAsTheUserMayKnowIt)
{
    {
        const LanguageScope english(QStringLiteral("en"));
        EXPECT_EQ(ScheduleText::zone(schedule(everyDay, {}, paris)),
                  QStringLiteral("Romance Standard Time (Europe/Paris)"));
        EXPECT_EQ(ScheduleText::zone(schedule(everyDay, {}, QStringLiteral("UTC"))),
                  QStringLiteral("UTC (Etc/UTC)"));
        EXPECT_EQ(ScheduleText::zone(schedule(everyDay, {}, QString())),
                  QStringLiteral("Not set (UTC)"));
        EXPECT_EQ(ScheduleText::zone(schedule(everyDay, {}, QStringLiteral("Mars Standard Time"))),
                  QStringLiteral("Mars Standard Time (unknown to this computer: shown as UTC)"));
    }
    const LanguageScope french(QStringLiteral("fr"));
    EXPECT_EQ(ScheduleText::zone(schedule(everyDay, {}, QString())),
              QStringLiteral("Non défini (UTC)"));
}

TEST(ScheduleText, TheNextRunIsInTheUsersTimeOrThereIsNone)
{
    const LanguageScope english(QStringLiteral("en"));
    const RefreshSchedule daily = schedule(everyDay, {QStringLiteral("07:00")}, paris);
    const QDateTime now = utc("2026-11-28T12:00:00Z");
    EXPECT_EQ(ScheduleText::nextRun(daily, now),
              RefreshPresentation::localTime(utc("2026-11-29T06:00:00Z")));
    EXPECT_EQ(
        ScheduleText::nextRun(schedule(everyDay, {QStringLiteral("07:00")}, paris, false), now),
        QStringLiteral("None: the scheduled refresh is switched off"));
}
