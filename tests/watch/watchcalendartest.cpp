#include "watchcalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString program = QStringLiteral("/usr/bin/xero-refresh-assistant");

RefreshSchedule schedule(const QStringList &days, const QStringList &times, bool enabled = true,
                         const QString &zone = QStringLiteral("Romance Standard Time"))
{
    return RefreshSchedule::fromJson({{QStringLiteral("days"), QJsonArray::fromStringList(days)},
                                      {QStringLiteral("times"), QJsonArray::fromStringList(times)},
                                      {QStringLiteral("enabled"), enabled},
                                      {QStringLiteral("localTimeZoneId"), zone}})
        .value();
}

const QStringList weekdays = {QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                              QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                              QStringLiteral("Friday")};

// Weekdays at 07:00 and 23:50 in Paris: the check after 23:50 falls on the next day.
RefreshSchedule weekdaySchedule()
{
    return schedule(weekdays, {QStringLiteral("07:00"), QStringLiteral("23:50")});
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
    QString errors;
};

ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    ToolRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

bool write(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

TEST(WatchCalendarTest, TheServiceRunsTheWatchOnceInTheUsersLanguage)
{
    const WatchUnits units = WatchCalendar::units(weekdaySchedule(), program, QStringLiteral("fr"),
                                                  WatchMemory::Mode::Notify);
    EXPECT_EQ(units.serviceFileName, QStringLiteral("xero-refresh-assistant-watch.service"));
    EXPECT_EQ(
        units.serviceText,
        QStringLiteral("[Unit]\n"
                       "Description=Xero Refresh Assistant: check the refreshes of the Power "
                       "BI dataset\n"
                       "\n"
                       "[Service]\n"
                       "Type=oneshot\n"
                       "ExecStart=/usr/bin/xero-refresh-assistant watch --only-if-on --lang fr\n"
                       "SuccessExitStatus=1\n"
                       "KillMode=process\n"
                       "TimeoutStartSec=15min\n"));
}

TEST(WatchCalendarTest, TheTimerChecksTwentyMinutesAfterEachSlotInTheSchedulesZoneAndDaily)
{
    const WatchUnits units = WatchCalendar::units(weekdaySchedule(), program, QStringLiteral("en"),
                                                  WatchMemory::Mode::Notify);
    EXPECT_EQ(units.timerFileName, QStringLiteral("xero-refresh-assistant-watch.timer"));
    EXPECT_EQ(units.timerText,
              QStringLiteral("[Unit]\n"
                             "Description=Xero Refresh Assistant: when to check the Power BI "
                             "dataset\n"
                             "\n"
                             "[Timer]\n"
                             "OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 07:20:00 Europe/Paris\n"
                             "OnCalendar=Tue,Wed,Thu,Fri,Sat *-*-* 00:10:00 Europe/Paris\n"
                             "OnCalendar=*-*-* 12:00:00\n"
                             "Persistent=true\n"
                             "\n"
                             "[Install]\n"
                             "WantedBy=timers.target\n"));
    EXPECT_EQ(units.calendar,
              QStringList({QStringLiteral("Mon,Tue,Wed,Thu,Fri *-*-* 07:20:00 Europe/Paris"),
                           QStringLiteral("Tue,Wed,Thu,Fri,Sat *-*-* 00:10:00 Europe/Paris"),
                           QStringLiteral("*-*-* 12:00:00")}));
    EXPECT_EQ(units.cronLine,
              QStringLiteral("20,50 * * * * "
                             "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus "
                             "/usr/bin/xero-refresh-assistant watch --only-if-on --lang en"));
}

TEST(WatchCalendarTest, ThePushModeAlsoRunsFiveMinutesBeforeEachSlot)
{
    const WatchUnits units = WatchCalendar::units(weekdaySchedule(), program, QStringLiteral("en"),
                                                  WatchMemory::Mode::NotifyAndPush);
    EXPECT_EQ(units.calendar,
              QStringList({QStringLiteral("Mon,Tue,Wed,Thu,Fri *-*-* 06:55:00 Europe/Paris"),
                           QStringLiteral("Mon,Tue,Wed,Thu,Fri *-*-* 07:20:00 Europe/Paris"),
                           QStringLiteral("Mon,Tue,Wed,Thu,Fri *-*-* 23:45:00 Europe/Paris"),
                           QStringLiteral("Tue,Wed,Thu,Fri,Sat *-*-* 00:10:00 Europe/Paris"),
                           QStringLiteral("*-*-* 12:00:00")}));
    EXPECT_EQ(units.cronLine,
              QStringLiteral("20,25,50,55 * * * * "
                             "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus "
                             "/usr/bin/xero-refresh-assistant watch --only-if-on --lang en"));

    // A push before Monday's midnight slot comes on Sunday evening.
    const WatchUnits midnight =
        WatchCalendar::units(schedule({QStringLiteral("Monday")}, {QStringLiteral("00:00")}, true,
                                      QStringLiteral("UTC")),
                             program, QStringLiteral("en"), WatchMemory::Mode::NotifyAndPush);
    EXPECT_EQ(midnight.calendar, QStringList({QStringLiteral("Sun *-*-* 23:55:00 Etc/UTC"),
                                              QStringLiteral("Mon *-*-* 00:20:00 Etc/UTC"),
                                              QStringLiteral("*-*-* 12:00:00")}));
}

TEST(WatchCalendarTest, ADailyScheduleNamesNoWeekday)
{
    const QStringList everyDay = RefreshSchedule::weekdayNames();
    const WatchUnits units =
        WatchCalendar::units(schedule(everyDay, {QStringLiteral("06:30")}), program,
                             QStringLiteral("en"), WatchMemory::Mode::Notify);
    EXPECT_EQ(units.calendar, QStringList({QStringLiteral("*-*-* 06:50:00 Europe/Paris"),
                                           QStringLiteral("*-*-* 12:00:00")}));
}

TEST(WatchCalendarTest, ASwitchedOffScheduleIsCheckedOnceADayOnly)
{
    const WatchUnits units =
        WatchCalendar::units(schedule(weekdays, {QStringLiteral("07:00")}, false), program,
                             QStringLiteral("en"), WatchMemory::Mode::NotifyAndPush);
    EXPECT_EQ(units.calendar, QStringList(QStringLiteral("*-*-* 12:00:00")));
    EXPECT_EQ(units.cronLine,
              QStringLiteral("0 12 * * * "
                             "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus "
                             "/usr/bin/xero-refresh-assistant watch --only-if-on --lang en"));
}

TEST(WatchCalendarTest, AProgramPathWithSpacesAndPercentSignsIsQuotedForSystemdAndCron)
{
    const WatchUnits units =
        WatchCalendar::units(weekdaySchedule(), QStringLiteral("/opt/My Apps/x%ra"),
                             QStringLiteral("en"), WatchMemory::Mode::Notify);
    EXPECT_TRUE(units.serviceText.contains(
        QStringLiteral("\nExecStart=\"/opt/My Apps/x%%ra\" watch --only-if-on --lang en\n")))
        << units.serviceText.toStdString();
    EXPECT_EQ(units.cronLine,
              QStringLiteral("20,50 * * * * "
                             "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus "
                             "'/opt/My Apps/x\\%ra' watch --only-if-on --lang en"));
}

// What systemd itself says of the files: verify loads both units (it exits 0 on a calendar it
// cannot parse, only saying so), and each OnCalendar value is parsed on its own.
TEST(WatchCalendarTest, SystemdAcceptsTheUnitsAndEveryCalendar)
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        GTEST_SKIP() << "systemd-analyze is not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The program where a user may put it: in a folder with a space, and a % in its name.
    const QString folder = dir.filePath(QStringLiteral("My Apps"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString executable = folder + QStringLiteral("/x%ra");
    ASSERT_TRUE(QFile::copy(QStringLiteral("/bin/true"), executable));
    ASSERT_TRUE(QFile::setPermissions(executable, QFile::ReadOwner | QFile::ExeOwner));

    const WatchUnits units = WatchCalendar::units(
        weekdaySchedule(), executable, QStringLiteral("fr"), WatchMemory::Mode::NotifyAndPush);
    const QString service = dir.filePath(units.serviceFileName);
    const QString timer = dir.filePath(units.timerFileName);
    ASSERT_TRUE(write(service, units.serviceText));
    ASSERT_TRUE(write(timer, units.timerText));

    const ToolRun verified = runTool(analyze, {QStringLiteral("verify"), timer, service});
    EXPECT_EQ(verified.exitCode, 0) << verified.errors.toStdString();
    EXPECT_FALSE(verified.errors.contains(QStringLiteral("Failed to parse")))
        << verified.errors.toStdString();
    EXPECT_FALSE(verified.errors.contains(QStringLiteral("not executable")))
        << verified.errors.toStdString();
    EXPECT_FALSE(verified.errors.contains(units.serviceFileName + QLatin1Char(':')))
        << verified.errors.toStdString();

    ASSERT_EQ(units.calendar.size(), 5);
    for (const QString &calendar : units.calendar) {
        const ToolRun parsed = runTool(analyze, {QStringLiteral("calendar"), calendar});
        EXPECT_EQ(parsed.exitCode, 0)
            << calendar.toStdString() << ": " << parsed.errors.toStdString();
    }
}
