#include "refreshschedulechange.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

using Problem = RefreshScheduleChange::Problem;
using Capacity = RefreshScheduleChange::Capacity;

bool hasProblem(const RefreshScheduleChange &change, Capacity capacity, Problem problem)
{
    const auto issues = change.validate(capacity);
    for (const auto &issue : issues) {
        if (issue.problem == problem)
            return true;
    }
    return false;
}

QStringList halfHours(int count)
{
    QStringList times;
    for (int i = 0; i < count; ++i)
        times << QStringLiteral("%1:%2")
                     .arg(i / 2, 2, 10, QLatin1Char('0'))
                     .arg(i % 2 ? 30 : 0, 2, 10, QLatin1Char('0'));
    return times;
}

} // namespace

TEST(RefreshScheduleChange, ADailyScheduleInParisIsValidAndSentAsSevenDays)
{
    const RefreshScheduleChange change =
        RefreshScheduleChange::daily({QStringLiteral("07:00"), QStringLiteral("18:30")},
                                     QStringLiteral("Romance Standard Time"));
    EXPECT_TRUE(change.isValid(Capacity::Shared));
    const QJsonObject value = change.toPatchBody().value(QStringLiteral("value")).toObject();
    EXPECT_EQ(value.value(QStringLiteral("days")).toArray().size(), 7);
    EXPECT_EQ(value.value(QStringLiteral("enabled")), QJsonValue(true));
    EXPECT_EQ(value.value(QStringLiteral("localTimeZoneId")).toString(),
              QStringLiteral("Romance Standard Time"));
}

TEST(RefreshScheduleChange, DailyIsNotADayName)
{
    RefreshScheduleChange change;
    change.setDays({QStringLiteral("Daily")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::UnknownDay));
}

TEST(RefreshScheduleChange, TimesMustBeHhMmOnTheHourOrHalfHour)
{
    RefreshScheduleChange change;
    change.setTimes({QStringLiteral("7:15")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::BadTimeFormat));
    change.setTimes({QStringLiteral("07:15")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::TimeNotOnTheHalfHour));
    change.setTimes({QStringLiteral("24:00")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::BadTimeFormat));
    change.setTimes({QStringLiteral("23:30"), QStringLiteral("00:00")});
    EXPECT_TRUE(change.isValid(Capacity::Shared));
}

TEST(RefreshScheduleChange, NineTimesAreTooManyOnSharedCapacityButNotOnDedicated)
{
    RefreshScheduleChange change;
    change.setTimes(halfHours(9));
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::TooManyTimes));
    EXPECT_TRUE(change.isValid(Capacity::Dedicated));
    change.setTimes(halfHours(8));
    EXPECT_TRUE(change.isValid(Capacity::Shared));
    change.setTimes(halfHours(48));
    EXPECT_TRUE(change.isValid(Capacity::Dedicated));
}

TEST(RefreshScheduleChange, ATimeListedTwiceIsRejected)
{
    RefreshScheduleChange change;
    change.setTimes({QStringLiteral("07:00"), QStringLiteral("07:00")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::DuplicateTime));
}

TEST(RefreshScheduleChange, TheTimeZoneMustBeAWindowsId)
{
    RefreshScheduleChange change;
    change.setLocalTimeZoneId(QStringLiteral("Europe/Paris"));
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::UnknownTimeZone));
    change.setLocalTimeZoneId(QStringLiteral("Mars Standard Time"));
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::UnknownTimeZone));
    change.setLocalTimeZoneId(QStringLiteral("UTC"));
    EXPECT_TRUE(change.isValid(Capacity::Shared));
    change.setLocalTimeZoneId(QStringLiteral("Romance Standard Time"));
    EXPECT_TRUE(change.isValid(Capacity::Shared));
}

TEST(RefreshScheduleChange, NotifyOptionIsNoNotificationOrMailOnFailure)
{
    RefreshScheduleChange change;
    change.setNotifyOption(QStringLiteral("MailOnCompletion"));
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::UnknownNotifyOption));
    change.setNotifyOption(QStringLiteral("NoNotification"));
    EXPECT_TRUE(change.isValid(Capacity::Shared));
}

TEST(RefreshScheduleChange, DisablingSendsOnlyEnabledFalse)
{
    const RefreshScheduleChange change = RefreshScheduleChange::disable();
    EXPECT_TRUE(change.isValid(Capacity::Shared));
    const QJsonObject expected{
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("enabled"), false}}}};
    EXPECT_EQ(change.toPatchBody(), expected);
}

TEST(RefreshScheduleChange, ADisableThatAlsoChangesTimesIsRejected)
{
    RefreshScheduleChange change = RefreshScheduleChange::disable();
    change.setTimes({QStringLiteral("07:00")});
    EXPECT_TRUE(hasProblem(change, Capacity::Shared, Problem::DisableChangesOthers));
}

TEST(RefreshScheduleChange, AnEmptyChangeIsRejected)
{
    EXPECT_TRUE(hasProblem(RefreshScheduleChange(), Capacity::Shared, Problem::NothingToChange));
}

TEST(RefreshScheduleChange, DayNamesAreSentInTheirCanonicalSpelling)
{
    RefreshScheduleChange change;
    change.setDays({QStringLiteral("monday"), QStringLiteral("FRIDAY")});
    EXPECT_TRUE(change.isValid(Capacity::Shared));
    const QJsonArray days = change.toPatchBody()
                                .value(QStringLiteral("value"))
                                .toObject()
                                .value(QStringLiteral("days"))
                                .toArray();
    EXPECT_EQ(days, (QJsonArray{QStringLiteral("Monday"), QStringLiteral("Friday")}));
}

TEST(RefreshScheduleChange, EveryProblemHasASentence)
{
    RefreshScheduleChange change;
    change.setTimes({QStringLiteral("7:15")});
    const auto issues = change.validate(Capacity::Shared);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.at(0).sentence().contains(QLatin1String("7:15")));
}
