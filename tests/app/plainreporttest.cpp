#include "plainreport.h"
#include "datasetcatalogue.h"
#include "refreshschedule.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

// Names come from the service: in plain output they cannot colour the terminal, set its title,
// or fake a line of their own (issue 13, W5). --json escapes them already.
TEST(PlainReport, ControlCharactersFromTheServiceAreShownNotObeyed)
{
    EXPECT_EQ(PlainReport::safe(QStringLiteral("Sales")), QStringLiteral("Sales"));
    EXPECT_EQ(PlainReport::safe(QStringLiteral("Sa\x1b[31mles")),
              QStringLiteral("Sa\\u{001b}[31mles"));
    EXPECT_EQ(PlainReport::safe(QStringLiteral("a\nb\rc")),
              QStringLiteral("a\\u{000a}b\\u{000d}c"));
    EXPECT_EQ(PlainReport::safe(QString(QChar(0x202E)) + QStringLiteral("abc")),
              QStringLiteral("\\u{202e}abc"));

    const Workspace finance =
        Workspace::fromJson({{QStringLiteral("id"), QStringLiteral("ws-1")},
                             {QStringLiteral("name"), QStringLiteral("Finance\x1b]0;owned\x07")}})
            .value();
    const Dataset dataset =
        Dataset::fromJson(
            {{QStringLiteral("id"), QStringLiteral("ds-1")},
             {QStringLiteral("name"), QStringLiteral("Xero\nExit code: 0")},
             {QStringLiteral("configuredBy"), QStringLiteral("alex@contoso.example")}},
            QStringLiteral("ws-1"))
            .value();
    DatasetCatalogue catalogue;
    catalogue.addGroup(finance, {DatasetChoice{finance, dataset, true}});
    const QString text = PlainReport::datasets(catalogue);
    EXPECT_FALSE(text.contains(QChar(0x1b))) << text.toStdString();
    EXPECT_FALSE(text.contains(QChar(0x07)));
    // Two lines: the workspace and its one dataset, whatever the names hold.
    EXPECT_EQ(text.count(QLatin1Char('\n')), 2) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Xero\\u{000a}Exit code: 0")));
}

// A dataset that never had a schedule: said in words, not "off; no day at no time ()" (issue 13,
// N1).
TEST(PlainReport, AnEmptyScheduleIsSaidInWords)
{
    const RefreshSchedule none = RefreshSchedule::fromJson({{QStringLiteral("days"), QJsonArray()},
                                                            {QStringLiteral("times"), QJsonArray()},
                                                            {QStringLiteral("enabled"), false}})
                                     .value();
    const QString text = PlainReport::schedule(DatasetChoice{}, none);
    EXPECT_TRUE(text.contains(QLatin1String("Schedule:      no schedule set\n")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("no day"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("no time"))) << text.toStdString();

    const RefreshSchedule daily =
        RefreshSchedule::fromJson(
            {{QStringLiteral("days"), QJsonArray::fromStringList(RefreshSchedule::weekdayNames())},
             {QStringLiteral("times"), QJsonArray{QStringLiteral("06:00")}},
             {QStringLiteral("enabled"), true},
             {QStringLiteral("localTimeZoneId"), QStringLiteral("UTC")}})
            .value();
    EXPECT_TRUE(PlainReport::schedule(DatasetChoice{}, daily)
                    .contains(QLatin1String("on; every day at 06:00 (UTC)\n")));
}
