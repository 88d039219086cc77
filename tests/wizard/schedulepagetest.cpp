#include "schedulepage.h"
#include "halfhourtimeedit.h"
#include "operationpanel.h"
#include "wizardfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

// Step 5 against the sandbox's Xero dataset, whose schedule Power BI switched off after the
// credential failures (Monday, Wednesday, Friday at 07:00, Romance Standard Time).
class SchedulePageTest : public WizardFixture
{
protected:
    SchedulePageTest()
        : WizardFixture(Palette::DarkOnRequest)
    {}

    SchedulePage *schedulePage() const { return page<SchedulePage>(RepairWizard::PageSchedule); }

    void openScheduleLoaded()
    {
        openAt(RepairStep::Schedule);
        ASSERT_TRUE(waitForPage(RepairWizard::PageSchedule));
        ASSERT_TRUE(waitUntil([&] { return schedulePage()->schedule().has_value(); }));
    }

    // Everything the page shows in words.
    QString shownText() const
    {
        QStringList texts;
        const QList<QLabel *> labels = schedulePage()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible())
                texts.append(label->text());
        }
        return texts.join(QLatin1Char('\n'));
    }

    // The value shown next to one of the schedule's names ("Scheduled refresh", "Days", ...).
    QString shownValue(const QString &accessibleName) const
    {
        const QList<QLabel *> labels = schedulePage()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->accessibleName() == accessibleName)
                return label->text();
        }
        return {};
    }

    QPushButton *makeDailyButton() const
    {
        const QList<QPushButton *> buttons = schedulePage()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Make it daily"))
                return button;
        }
        return nullptr;
    }

    HalfHourTimeEdit *timeEdit() const { return schedulePage()->findChild<HalfHourTimeEdit *>(); }
};

TEST_F(SchedulePageTest, ShowsTheScheduleSwitchedOffWithItsDaysAndTimeZone)
{
    openScheduleLoaded();
    const QString text = shownText();
    EXPECT_EQ(shownValue(QStringLiteral("Scheduled refresh")), QStringLiteral("Off"));
    for (int day : {1, 3, 5})
        EXPECT_TRUE(text.contains(QLocale().dayName(day))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLocale().dayName(2))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Romance Standard Time (Europe/Paris)")));
    EXPECT_TRUE(text.contains(QStringLiteral("07:00, that is"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("your time")));
    ASSERT_NE(makeDailyButton(), nullptr);
    EXPECT_TRUE(makeDailyButton()->isVisible());
    EXPECT_TRUE(makeDailyButton()->isEnabled());
    // The chooser starts at the schedule's own first time.
    EXPECT_EQ(timeEdit()->time(), QTime(7, 0));
    // A schedule left off is what broke the refresh: going on without one is a choice the
    // user says out loud, not a Next pressed by habit.
    EXPECT_FALSE(nextButton()->isEnabled());
    auto *leaveOff = schedulePage()->findChild<QCheckBox *>(QStringLiteral("leaveScheduleOff"));
    ASSERT_NE(leaveOff, nullptr);
    EXPECT_TRUE(leaveOff->isVisible());
    keepScreenshot(QStringLiteral("schedule-off"));
    leaveOff->setChecked(true);
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(SchedulePageTest, MakeItDailySwitchesTheScheduleOnForEveryDayAndConfirmsIt)
{
    openScheduleLoaded();
    timeEdit()->setTime(QTime(6, 30));
    makeDailyButton()->click();
    ASSERT_TRUE(waitUntil([&] {
        return schedulePage()->operationPanel()->sentence() ==
               QStringLiteral("Power BI confirmed the schedule.");
    })) << schedulePage()->operationPanel()->sentence().toStdString();

    const RefreshSchedule schedule = scheduleInPowerBi();
    EXPECT_TRUE(schedule.isEnabled());
    EXPECT_TRUE(schedule.isDaily());
    EXPECT_EQ(schedule.times(), QStringList{QStringLiteral("06:30")});
    EXPECT_EQ(schedule.localTimeZoneId(), QStringLiteral("Romance Standard Time"));

    const QString text = shownText();
    EXPECT_EQ(shownValue(QStringLiteral("Scheduled refresh")), QStringLiteral("On"));
    EXPECT_EQ(shownValue(QStringLiteral("Days")), QStringLiteral("Every day"));
    EXPECT_TRUE(text.contains(QStringLiteral("06:30, that is"))) << text.toStdString();
    EXPECT_FALSE(makeDailyButton()->isVisible());
    EXPECT_TRUE(nextButton()->isEnabled());
    keepScreenshot(QStringLiteral("schedule-daily"));
}

TEST_F(SchedulePageTest, ARefusedChangeShowsTheErrorAndKeepsTheOldSchedule)
{
    openScheduleLoaded();
    refuseTheNextScheduleChange();

    makeDailyButton()->click();
    ASSERT_TRUE(waitUntil([&] { return schedulePage()->operationPanel()->isShowingError(); }));
    EXPECT_TRUE(schedulePage()->operationPanel()->sentence().contains(
        QStringLiteral("The schedule cannot be changed.")))
        << schedulePage()->operationPanel()->sentence().toStdString();

    const RefreshSchedule schedule = scheduleInPowerBi();
    EXPECT_FALSE(schedule.isEnabled());
    EXPECT_EQ(schedule.days().size(), 3);
    EXPECT_EQ(shownValue(QStringLiteral("Scheduled refresh")), QStringLiteral("Off"));
    EXPECT_TRUE(makeDailyButton()->isVisible());
    keepScreenshot(QStringLiteral("schedule-refused"));
}

TEST_F(SchedulePageTest, ATimeOffTheHalfHourIsRefusedBeforeAnythingIsSent)
{
    openScheduleLoaded();
    // Typed by hand: the arrows only land on half hours.
    timeEdit()->setTime(QTime(7, 15));
    makeDailyButton()->click();
    ASSERT_TRUE(schedulePage()->operationPanel()->isShowingError());
    EXPECT_TRUE(schedulePage()->operationPanel()->sentence().contains(QStringLiteral("07:15")))
        << schedulePage()->operationPanel()->sentence().toStdString();
    EXPECT_FALSE(scheduleInPowerBi().isEnabled());
}

TEST_F(SchedulePageTest, TheNoteLinksToTheDatasetsSettingsInPowerBi)
{
    openScheduleLoaded();
    // The sandbox's own Power BI web page, at its root.
    const QString expected =
        sandbox.rootUrl().toString() +
        QStringLiteral("/groups/%1/settings/datasets/%2")
            .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
    EXPECT_EQ(schedulePage()->datasetSettingsUrl().toString(), expected);
    const QString text = shownText();
    EXPECT_TRUE(text.contains(expected));
    EXPECT_TRUE(text.contains(QStringLiteral("30 minutes")));
}

TEST(HalfHourTimeEditTest, StepsByHalfAnHourAndLandsOnTheHalfHourFromAnyTime)
{
    HalfHourTimeEdit edit;
    edit.setTime(QTime(7, 0));
    edit.stepBy(1);
    EXPECT_EQ(edit.time(), QTime(7, 30));
    edit.stepBy(-3);
    EXPECT_EQ(edit.time(), QTime(6, 0));
    edit.setTime(QTime(7, 15));
    edit.stepBy(1);
    EXPECT_EQ(edit.time(), QTime(7, 30));
    edit.setTime(QTime(7, 15));
    edit.stepBy(-1);
    EXPECT_EQ(edit.time(), QTime(7, 0));
    edit.setTime(QTime(23, 30));
    edit.stepBy(1);
    EXPECT_EQ(edit.time(), QTime(0, 0));
}
