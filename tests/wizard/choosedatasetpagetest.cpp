#include "choosedatasetfixture.h"
#include "operationpanel.h"
#include "sandboxfault.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>

// Step 0, Choose the dataset, against the sandbox's scenario: Budget 2026 in My workspace;
// Xero, Sales Pipeline and Xero via connector in Finance; Board Pack in Board Reporting. "Xero"
// and "Xero via connector" are Xero datasets, so none is chosen for the user.

class ChooseDatasetPageTest : public ChooseDatasetFixture
{
protected:
    // Signed in, past the sign-in page, the catalogue shown.
    void openTheList()
    {
        signInToPowerBi();
        wizard->show();
        ASSERT_TRUE(clickNext());
        ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));
        // The whole list, and the data sources of the rows on screen read.
        ASSERT_TRUE(waitUntil([&] {
            return !choosePage()->isBusy() && !choosePage()->isLoading() &&
                   !choosePage()->isReadingSources() && visibleRows() > 0;
        })) << choosePage()->operationPanel()->sentence().toStdString();
    }

    QPushButton *retryButton() const
    {
        const auto buttons = choosePage()->operationPanel()->findChildren<QPushButton *>();
        for (QPushButton *candidate : buttons) {
            if (candidate->accessibleName() == OperationPanel::tr("Try the step again"))
                return candidate;
        }
        return nullptr;
    }
};

TEST_F(ChooseDatasetPageTest, EveryDatasetIsListedWithItsWorkspaceTheXeroOneFirstAndChosen)
{
    openTheList();

    keepScreenshot(QStringLiteral("choosedataset-1-list"), 300);
    ASSERT_EQ(visibleRows(), 6);
    EXPECT_EQ(cell(0, 0), QStringLiteral("Xero"));
    EXPECT_EQ(cell(0, 1), QStringLiteral("Finance"));
    EXPECT_EQ(cell(0, 2), ChooseDatasetPage::tr("Xero"));
    EXPECT_EQ(cell(1, 0), QStringLiteral("Xero via connector"));
    EXPECT_EQ(cell(1, 2), ChooseDatasetPage::tr("Xero"));
    // Cash Flow reads the Xero API with Web calls: its data source says Xero, not its name.
    EXPECT_EQ(cell(2, 0), QStringLiteral("Cash Flow"));
    EXPECT_EQ(cell(2, 2), ChooseDatasetPage::tr("Xero"));
    EXPECT_TRUE(shownDatasets().contains(QStringLiteral("Board Pack")));
    const int budget = static_cast<int>(shownDatasets().indexOf(QStringLiteral("Budget 2026")));
    ASSERT_GE(budget, 0);
    EXPECT_EQ(cell(budget, 1), ChooseDatasetPage::tr("My workspace"));
    for (int row = 3; row < visibleRows(); ++row)
        EXPECT_TRUE(cell(row, 2).isEmpty()) << cell(row, 0).toStdString();
    // Three Xero datasets: the program does not guess; once the user picks one, Next goes on.
    EXPECT_FALSE(choosePage()->currentChoice().isValid());
    EXPECT_FALSE(nextButton()->isEnabled());
    clickRow(0);
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::xeroDatasetId);
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_TRUE(choosePage()->message().isEmpty());
}

TEST_F(ChooseDatasetPageTest, SearchFiltersByDatasetOrWorkspaceNameIgnoringCase)
{
    openTheList();

    search(QStringLiteral("BOARD"));
    EXPECT_EQ(shownDatasets(), QStringList{QStringLiteral("Board Pack")});
    // The chosen dataset went out of sight: the choice follows what is shown.
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::boardDatasetId);

    search(QStringLiteral("my WORKSPACE"));
    EXPECT_EQ(shownDatasets(), QStringList{QStringLiteral("Budget 2026")});

    search(QStringLiteral("finance"));
    EXPECT_EQ(shownDatasets(),
              (QStringList{QStringLiteral("Xero"), QStringLiteral("Xero via connector"),
                           QStringLiteral("Cash Flow"), QStringLiteral("Sales Pipeline")}));

    search(QStringLiteral("no such thing"));
    keepScreenshot(QStringLiteral("choosedataset-2-no-match"), 300);
    EXPECT_EQ(visibleRows(), 0);
    EXPECT_FALSE(choosePage()->message().isEmpty());
    EXPECT_FALSE(nextButton()->isEnabled());

    choosePage()->searchBox()->clear();
    EXPECT_EQ(visibleRows(), 6);
    EXPECT_TRUE(choosePage()->message().isEmpty());
}

TEST_F(ChooseDatasetPageTest, TheChosenDatasetIsSelectedAndRememberedOnNext)
{
    openTheList();
    search(QStringLiteral("sales"));
    ASSERT_EQ(visibleRows(), 1);
    clickRow(0);
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::salesDatasetId);

    ASSERT_TRUE(clickNext());
    ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshStatus));
    EXPECT_EQ(session()->dataset()->choice().dataset.id(), SandboxScenario::salesDatasetId);
    EXPECT_EQ(session()->dataset()->choice().workspace.id(), SandboxScenario::financeWorkspaceId);
    ASSERT_TRUE(session()->dataset()->remembered().has_value());
    EXPECT_EQ(session()->dataset()->remembered()->datasetId(), SandboxScenario::salesDatasetId);
    EXPECT_EQ(session()->dataset()->remembered()->workspaceId(),
              SandboxScenario::financeWorkspaceId);
}

TEST_F(ChooseDatasetPageTest, ADoubleClickGoesOnWithThatDataset)
{
    openTheList();
    const int row = static_cast<int>(shownDatasets().indexOf(QStringLiteral("Board Pack")));
    ASSERT_GE(row, 0);
    QTreeView *list = choosePage()->datasetList();
    const QPoint centre = list->visualRect(shown()->index(row, 0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);

    ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshStatus));
    EXPECT_EQ(session()->dataset()->choice().dataset.id(), SandboxScenario::boardDatasetId);
}

TEST_F(ChooseDatasetPageTest, EnterInTheListGoesOnWithTheChosenDataset)
{
    openTheList();
    choosePage()->datasetList()->setFocus();
    // Home and Space pick the first dataset, the broken Xero one; Enter goes on with it.
    QTest::keyClick(choosePage()->datasetList(), Qt::Key_Home);
    QTest::keyClick(choosePage()->datasetList(), Qt::Key_Space);
    QTest::keyClick(choosePage()->datasetList(), Qt::Key_Return);

    ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshStatus));
    EXPECT_EQ(session()->dataset()->choice().dataset.id(), SandboxScenario::xeroDatasetId);
}

TEST_F(ChooseDatasetPageTest, TheRememberedDatasetIsChosenRatherThanTheXeroOne)
{
    settings->setValue(QStringLiteral("dataset/workspaceId"), QString());
    settings->setValue(QStringLiteral("dataset/id"), SandboxScenario::budgetDatasetId);
    openTheList();

    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::budgetDatasetId);
    EXPECT_EQ(cell(0, 0), QStringLiteral("Xero")) << "Xero stays first";
}

TEST_F(ChooseDatasetPageTest, ACatalogueErrorShowsThePlainSentenceAndRetryRecovers)
{
    sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), QStringLiteral("/datasets$"))
                         .withPowerBiError(500, QStringLiteral("InternalServerError"),
                                           QStringLiteral("Something broke.")));
    signInToPowerBi();
    wizard->show();
    ASSERT_TRUE(clickNext());
    ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));

    ASSERT_TRUE(waitUntil([&] { return choosePage()->operationPanel()->isShowingError(); }));
    keepScreenshot(QStringLiteral("choosedataset-3-error"), 300);
    EXPECT_FALSE(choosePage()->operationPanel()->sentence().isEmpty());
    EXPECT_TRUE(choosePage()->operationPanel()->details().contains(QStringLiteral("500")));
    EXPECT_FALSE(nextButton()->isEnabled());

    QPushButton *retry = retryButton();
    ASSERT_TRUE(retry && retry->isVisible());
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return !choosePage()->isBusy() && visibleRows() == 6; }));
    EXPECT_FALSE(choosePage()->operationPanel()->isShowingError());
    clickRow(0);
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(ChooseDatasetPageTest, WithoutAXeroDatasetThePageSaysSo)
{
    // The Xero dataset gone from the answer: the Finance workspace lists Sales Pipeline only.
    sandbox.addFault(
        SandboxFault::on(
            QStringLiteral("GET"),
            QStringLiteral("/groups/%1/datasets$").arg(SandboxScenario::financeWorkspaceId))
            .answering(200)
            .withBody(QStringLiteral(R"({"value":[{"id":"%1","name":"Sales Pipeline"}]})")
                          .arg(SandboxScenario::salesDatasetId)
                          .toUtf8()));
    openTheList();

    keepScreenshot(QStringLiteral("choosedataset-4-no-xero"), 300);
    EXPECT_EQ(visibleRows(), 3);
    EXPECT_FALSE(choosePage()->message().isEmpty());
    EXPECT_FALSE(choosePage()->currentChoice().isValid());
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(ChooseDatasetPageTest, TheListAndTheSearchBoxHaveAccessibleNames)
{
    openTheList();
    EXPECT_FALSE(choosePage()->datasetList()->accessibleName().isEmpty());
    EXPECT_FALSE(choosePage()->searchBox()->accessibleName().isEmpty());
    EXPECT_TRUE(choosePage()->searchBox()->isClearButtonEnabled());
}

TEST_F(ChooseDatasetPageTest, AnAccountThatSeesNoDatasetIsToldSoPlainly)
{
    for (const QString &list : {QStringLiteral("/groups$"), QStringLiteral("/myorg/datasets$")})
        sandbox.addFault(SandboxFault::on(QStringLiteral("GET"), list)
                             .answering(200)
                             .withBody(R"({"value":[]})"));
    signInToPowerBi();
    wizard->show();
    ASSERT_TRUE(clickNext());
    ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));

    ASSERT_TRUE(waitUntil([&] { return !choosePage()->message().isEmpty(); }));
    EXPECT_EQ(visibleRows(), 0);
    EXPECT_FALSE(choosePage()->operationPanel()->isShowingError());
    EXPECT_FALSE(nextButton()->isEnabled());
}
