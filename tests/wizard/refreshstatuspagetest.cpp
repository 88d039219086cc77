#include "refreshstatuspage.h"
#include "operationpanel.h"
#include "refreshpresentation.h"
#include "refreshtimeline.h"
#include "wizardfixture.h"

#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

// Step 1 against the scenario's Xero dataset: nine refreshes, the four newest failed with
// DMTS_OAuthTokenRefreshFailedError, the schedule switched off.
class RefreshStatusPageTest : public WizardFixture
{
protected:
    RefreshStatusPage *statusPage() const
    {
        return page<RefreshStatusPage>(RepairWizard::PageRefreshStatus);
    }

    // Opens step 1 and waits until its status is read.
    bool openStatus()
    {
        openAt(RepairStep::RefreshStatus);
        return waitUntil([&] { return statusPage()->status() && !statusPage()->isBusy(); });
    }

    QLabel *label(const QString &name) const { return statusPage()->findChild<QLabel *>(name); }

    QTableWidget *history() const
    {
        return statusPage()->findChild<QTableWidget *>(QStringLiteral("history"));
    }

    RefreshTimeline *timeline() const
    {
        return statusPage()->findChild<RefreshTimeline *>(QStringLiteral("timeline"));
    }

    QStringList diagnosisTexts() const
    {
        QStringList texts;
        const auto *box = statusPage()->findChild<QGroupBox *>(QStringLiteral("diagnoses"));
        for (const QLabel *shown : box->findChildren<QLabel *>())
            texts.append(shown->text());
        return texts;
    }

    QPushButton *retryButton() const
    {
        for (QPushButton *button : statusPage()->operationPanel()->findChildren<QPushButton *>()) {
            if (button->text() == OperationPanel::tr("Retry"))
                return button;
        }
        return nullptr;
    }

    static bool hasPixelOf(const QImage &image, const QColor &colour)
    {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).rgb() == colour.rgb())
                    return true;
            }
        }
        return false;
    }
};

TEST_F(RefreshStatusPageTest, ShowsTheLastRefreshFailedInRed)
{
    ASSERT_TRUE(openStatus());
    const Refresh last = *statusPage()->status()->lastRefresh();
    EXPECT_TRUE(label(QStringLiteral("datasetName"))->text().contains(QStringLiteral("Xero")));
    EXPECT_EQ(label(QStringLiteral("lastStatus"))->text(), QStringLiteral("Failed"));
    const QColor shown = label(QStringLiteral("lastStatus"))->palette().color(QPalette::WindowText);
    EXPECT_EQ(shown, RefreshPresentation::statusColor(last, statusPage()->palette()));
    EXPECT_GT(shown.red(), shown.green() * 2) << "Failed reads in red";
    EXPECT_EQ(label(QStringLiteral("lastTime"))->text(),
              RefreshPresentation::localTime(last.startTime()));
    EXPECT_EQ(label(QStringLiteral("lastType"))->text(), QStringLiteral("Scheduled"));
    keepScreenshot(QStringLiteral("refresh-status"));
}

TEST_F(RefreshStatusPageTest, HistoryTableListsTheNineRefreshesNewestFirst)
{
    ASSERT_TRUE(openStatus());
    const QList<Refresh> refreshes = statusPage()->status()->history;
    ASSERT_EQ(history()->rowCount(), 9);
    for (int row = 0; row < 9; ++row) {
        EXPECT_EQ(history()->item(row, 0)->text(),
                  RefreshPresentation::localTime(refreshes.at(row).startTime()));
        if (row > 0) {
            EXPECT_LT(refreshes.at(row).startTime(), refreshes.at(row - 1).startTime());
        }
    }
    EXPECT_EQ(history()->item(0, 3)->text(), QStringLiteral("Failed"));
    EXPECT_EQ(history()->item(0, 4)->text(), QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
    EXPECT_EQ(history()->item(0, 1)->text(), RefreshPresentation::duration(184));
    EXPECT_EQ(history()->item(1, 2)->text(), QStringLiteral("On demand"));
    EXPECT_EQ(history()->item(8, 3)->text(), QStringLiteral("Completed"));
    EXPECT_TRUE(history()->item(8, 4)->text().isEmpty());
    EXPECT_EQ(history()->item(0, 3)->foreground().color(),
              RefreshPresentation::statusColor(refreshes.first(), history()->palette()));
    // A failure's code is explained in plain words on hover.
    EXPECT_TRUE(history()->item(0, 4)->toolTip().contains(QStringLiteral("Xero sign-in")));
}

TEST_F(RefreshStatusPageTest, TimelinePaintsEveryRefreshOldestOnTheLeft)
{
    ASSERT_TRUE(openStatus());
    const QList<Refresh> marks = timeline()->marks();
    ASSERT_EQ(marks.size(), 9);
    EXPECT_EQ(marks.first().status(), Refresh::Status::Completed);
    EXPECT_EQ(marks.last().status(), Refresh::Status::Failed);
    EXPECT_TRUE(timeline()->accessibleDescription().startsWith(
        QStringLiteral("4 of the last 9 refreshes failed.")));
    EXPECT_FALSE(timeline()->accessibleName().isEmpty());
    EXPECT_EQ(timeline()->toolTip(), timeline()->accessibleDescription());

    const QImage picture = timeline()->grab().toImage();
    const QPalette colours = timeline()->palette();
    EXPECT_TRUE(hasPixelOf(picture, RefreshPresentation::statusColor(marks.last(), colours)));
    EXPECT_TRUE(hasPixelOf(picture, RefreshPresentation::statusColor(marks.first(), colours)));
    // The failed marks are on the right: the leftmost quarter holds no red.
    EXPECT_FALSE(hasPixelOf(picture.copy(0, 0, picture.width() / 4, picture.height()),
                            RefreshPresentation::statusColor(marks.last(), colours)));
}

TEST_F(RefreshStatusPageTest, ShowsTheDiagnosesWithTheStepThatFixesEach)
{
    ASSERT_TRUE(openStatus());
    const QStringList texts = diagnosisTexts();
    EXPECT_TRUE(texts.contains(QStringLiteral("Fixed at step 4: Sign in with Xero")))
        << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Fixed at step 5: Schedule refresh")));
    const auto credential = std::find_if(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.contains(QStringLiteral("Xero sign-in behind this dataset has expired"));
    });
    EXPECT_NE(credential, texts.cend());
}

TEST_F(RefreshStatusPageTest, ALoadErrorShowsTheSentenceWithDetailsAndRetryRecovers)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/refreshes$"))
                         .withPowerBiError(500, QStringLiteral("SandboxOutage"),
                                           QStringLiteral("The history is unavailable.")));
    openAt(RepairStep::RefreshStatus);
    OperationPanel *panel = statusPage()->operationPanel();
    ASSERT_TRUE(waitUntil([&] { return panel->isShowingError(); }));
    EXPECT_FALSE(panel->sentence().isEmpty());
    EXPECT_TRUE(panel->details().contains(QStringLiteral("500"))) << panel->details().toStdString();
    EXPECT_FALSE(statusPage()->status().has_value());
    keepScreenshot(QStringLiteral("refresh-status-error"));

    QPushButton *retry = retryButton();
    ASSERT_NE(retry, nullptr);
    ASSERT_TRUE(retry->isVisible());
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return statusPage()->status() && !statusPage()->isBusy(); }));
    EXPECT_FALSE(panel->isShowingError());
    EXPECT_EQ(history()->rowCount(), 9);
}

TEST_F(RefreshStatusPageTest, ReloadShowsARefreshStartedMeanwhile)
{
    ASSERT_TRUE(openStatus());
    // Someone pressed Refresh now in Power BI while the page was open.
    ASSERT_EQ(callXeroDataset("POST", QStringLiteral("/refreshes"), "{}").status, 202);

    auto *reload = statusPage()->findChild<QPushButton *>(QStringLiteral("reload"));
    ASSERT_NE(reload, nullptr);
    reload->click();
    ASSERT_TRUE(waitUntil([&] { return history()->rowCount() == 10 && !statusPage()->isBusy(); }));
    EXPECT_EQ(history()->item(0, 1)->text(), QStringLiteral("in progress"));
    EXPECT_EQ(label(QStringLiteral("lastStatus"))->text(), QStringLiteral("In progress"));
}

TEST_F(RefreshStatusPageTest, NextGoesOnToSettingsForXero)
{
    ASSERT_TRUE(openStatus());
    ASSERT_TRUE(clickNext());
    EXPECT_TRUE(waitForPage(RepairWizard::PageXeroSettings));
}

TEST_F(RefreshStatusPageTest, FailedStaysReadableOnADarkPalette)
{
    darkPaletteScope.apply();
    ASSERT_TRUE(openStatus());
    const QColor shown = label(QStringLiteral("lastStatus"))->palette().color(QPalette::WindowText);
    EXPECT_GT(shown.lightness(), 128) << "light red on a dark window";
    EXPECT_EQ(shown, RefreshPresentation::statusColor(*statusPage()->status()->lastRefresh(),
                                                      statusPage()->palette()));
    keepScreenshot(QStringLiteral("refresh-status-dark"));
}
