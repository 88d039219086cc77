#include "cataloguecache.h"
#include "choosedatasetfixture.h"
#include "datasetfinder.h"
#include "operationpanel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMutex>
#include <QTemporaryDir>
#include <QTreeView>

// Step 0 with a catalogue that takes time to come: the list grows while the workspaces answer,
// data sources are read for what is on screen only, the last list is shown at once next time,
// and --workspace narrows the listing. Against the sandbox's scenario (Finance holds Xero, Xero
// via connector, Cash Flow and Sales Pipeline) and its generated workspaces.

namespace {

// Counts the requests the sandbox logs (xra.sandbox: "GET /path 200") whose line contains a
// text, from the moment it is made.
class RequestCounter
{
public:
    explicit RequestCounter(QString text)
    {
        QMutexLocker lock(&s_mutex);
        s_text = std::move(text);
        s_count = 0;
        s_previous = qInstallMessageHandler(&RequestCounter::handle);
        // The stack keeps the sandbox's request log quiet; it is read here, not printed.
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=true"));
    }
    ~RequestCounter()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
        qInstallMessageHandler(s_previous);
    }
    int count() const
    {
        QMutexLocker lock(&s_mutex);
        return s_count;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QByteArray(context.category) == "xra.sandbox") {
            QMutexLocker lock(&s_mutex);
            if (message.contains(s_text))
                ++s_count;
            return;
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QMutex s_mutex;
    static inline QString s_text;
    static inline int s_count = 0;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class ChooseDatasetLoadTest : public ChooseDatasetFixture
{
protected:
    bool settled() const { return !choosePage()->isLoading() && !choosePage()->isReadingSources(); }

    // Signed in, and on to "Choose the dataset" (the list may still be coming).
    void openThePage()
    {
        signInToPowerBi();
        wizard->show();
        ASSERT_TRUE(clickNext());
        ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));
    }
    void waitForTheWholeList()
    {
        ASSERT_TRUE(waitUntil([&] { return settled(); }))
            << choosePage()->progressText().toStdString();
    }
    // Back to the sign-in page and on again: the page reads the catalogue anew, as at a start.
    void openThePageAgain()
    {
        wizard->back();
        ASSERT_TRUE(clickNext());
        ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));
    }
    void keepCataloguesIn(const QTemporaryDir &folder)
    {
        session()->finder()->setCatalogueCacheFolder(folder.path());
    }
    QString keptFile(const QTemporaryDir &folder) const
    {
        return CatalogueCache(folder.path()).fileFor(SandboxScenario::microsoftUser);
    }
    // The generated workspaces' dataset listings answer this late: the scenario's come first.
    void slowGeneratedWorkspaces(int workspaces, int milliseconds)
    {
        sandbox.addFault(
            SandboxFault::on(QStringLiteral("GET"),
                             QStringLiteral("^/v1\\.0/myorg/groups/9a0b1c2d-[^/]+/datasets$"))
                .delayingTheRealAnswer(milliseconds)
                .forRequests(workspaces));
    }
};

TEST_F(ChooseDatasetLoadTest, XeroDatasetsShowAndCanBeChosenBeforeTheLastWorkspaceAnswers)
{
    sandbox.addWorkspaces(3, 2, 2);
    slowGeneratedWorkspaces(3, 2500);
    openThePage();

    ASSERT_TRUE(waitUntil([&] { return rowOf(QStringLiteral("Xero")) >= 0; }));
    ASSERT_TRUE(choosePage()->isLoading()) << "the generated workspaces are still to answer";
    keepScreenshot(QStringLiteral("choosedataset-5-loading"), 100);
    // My workspace, Finance, Board Reporting and the three slow ones.
    EXPECT_TRUE(choosePage()->progressText().contains(QStringLiteral("6")))
        << choosePage()->progressText().toStdString();
    EXPECT_EQ(cell(0, 2), ChooseDatasetPage::tr("Xero"));
    clickRow(rowOf(QStringLiteral("Xero")));
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::xeroDatasetId);
    EXPECT_TRUE(nextButton()->isEnabled()) << "the user may go on while the list grows";

    waitForTheWholeList();
    keepScreenshot(QStringLiteral("choosedataset-6-loaded"), 100);
    EXPECT_TRUE(shownDatasets().contains(QStringLiteral("Xero Ledger 0001-2")));
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::xeroDatasetId)
        << "rows that came later did not move the selection";
    EXPECT_TRUE(choosePage()->progressText().isEmpty());
}

TEST_F(ChooseDatasetLoadTest, TheRememberedDatasetIsChosenAsSoonAsItShows)
{
    settings->setValue(QStringLiteral("dataset/workspaceId"), SandboxScenario::financeWorkspaceId);
    settings->setValue(QStringLiteral("dataset/id"), SandboxScenario::salesDatasetId);
    sandbox.addWorkspaces(2, 2, 2);
    slowGeneratedWorkspaces(2, 2500);
    openThePage();

    ASSERT_TRUE(waitUntil([&] { return choosePage()->currentChoice().isValid(); }));
    EXPECT_TRUE(choosePage()->isLoading());
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::salesDatasetId);
}

TEST_F(ChooseDatasetLoadTest, DataSourcesAreReadForTheRowsOnScreenAndTheSearchedOnly)
{
    // 300 datasets, one in two reading Xero, half of those without Xero in their name.
    sandbox.addWorkspaces(60, 5, 2);
    RequestCounter sourceReads(QStringLiteral("/datasources "));
    openThePage();
    waitForTheWholeList();

    const int onScreen = choosePage()->datasetList()->viewport()->height() /
                         std::max(1, choosePage()->datasetList()->sizeHintForRow(0));
    EXPECT_GT(sourceReads.count(), 0);
    EXPECT_LE(sourceReads.count(), onScreen + 2) << "far below the 300 datasets";

    // "Inventory 0001-4" (ordinal 3) reads Xero; only its data source says so.
    choosePage()->searchBox()->setText(QStringLiteral("Inventory 0001-4"));
    ASSERT_TRUE(waitUntil([&] {
        return visibleRows() == 1 && cell(0, 2) == ChooseDatasetPage::tr("Xero");
    })) << cell(0, 2).toStdString();
}

TEST_F(ChooseDatasetLoadTest, AWorkspaceThatRefusesDoesNotHideTheOthers)
{
    sandbox.addFault(
        SandboxFault::on(
            QStringLiteral("GET"),
            QStringLiteral("/groups/%1/datasets$").arg(SandboxScenario::financeWorkspaceId))
            .withPowerBiError(403, QStringLiteral("PowerBINotAuthorizedException")));
    openThePage();
    waitForTheWholeList();

    EXPECT_TRUE(shownDatasets().contains(QStringLiteral("Budget 2026")));
    EXPECT_TRUE(shownDatasets().contains(QStringLiteral("Board Pack")));
    EXPECT_FALSE(shownDatasets().contains(QStringLiteral("Xero")));
    EXPECT_TRUE(choosePage()->message().contains(ChooseDatasetPage::tr(
        "%n workspace(s) could not be read: their datasets may be missing. Retry reads them again.",
        nullptr, 1)))
        << choosePage()->message().toStdString();
    EXPECT_TRUE(choosePage()->operationPanel()->isShowingError()) << "with Retry";
}

TEST_F(ChooseDatasetLoadTest, TheLastListShowsAtOnceNextTimeThenTheFreshOneReplacesIt)
{
    QTemporaryDir folder;
    keepCataloguesIn(folder);
    openThePage();
    waitForTheWholeList();
    ASSERT_TRUE(QFile::exists(keptFile(folder)));
    EXPECT_EQ(QFile::permissions(keptFile(folder)),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                  QFileDevice::WriteUser);

    // Meanwhile a workspace came; its listing is slow.
    sandbox.addWorkspaces(1, 2, 2);
    slowGeneratedWorkspaces(1, 1500);
    openThePageAgain();
    ASSERT_TRUE(waitUntil([&] { return visibleRows() >= 6; }));
    EXPECT_TRUE(choosePage()->isLoading());
    EXPECT_TRUE(choosePage()->progressText().startsWith(
        ChooseDatasetPage::tr("The list from your last visit, being brought up to date. %1")
            .arg(QString())))
        << choosePage()->progressText().toStdString();
    EXPECT_FALSE(shownDatasets().contains(QStringLiteral("Xero Ledger 0001-2")));
    choosePage()->searchBox()->setText(QStringLiteral("board"));
    clickRow(0);
    ASSERT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::boardDatasetId);

    waitForTheWholeList();
    EXPECT_EQ(choosePage()->currentChoice().dataset.id(), SandboxScenario::boardDatasetId);
    EXPECT_EQ(choosePage()->searchBox()->text(), QStringLiteral("board"));
    choosePage()->searchBox()->clear();
    EXPECT_TRUE(shownDatasets().contains(QStringLiteral("Xero Ledger 0001-2")));
}

TEST_F(ChooseDatasetLoadTest, TheKeptListHoldsIdsAndNamesOnly)
{
    QTemporaryDir folder;
    keepCataloguesIn(folder);
    openThePage();
    waitForTheWholeList();

    QFile kept(keptFile(folder));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    const QByteArray bytes = kept.readAll();
    EXPECT_FALSE(bytes.contains("eyJ")) << "no JWT";
    EXPECT_FALSE(bytes.toLower().contains("token"));
    EXPECT_FALSE(bytes.contains(SandboxScenario::microsoftUser.toUtf8())) << "nor the account";
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(document.keys(),
              (QStringList{QStringLiteral("datasets"), QStringLiteral("version")}));
    const QJsonObject first = document.value(QStringLiteral("datasets")).toArray().at(0).toObject();
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("datasetId"), QStringLiteral("datasetName"),
                                         QStringLiteral("isXero"), QStringLiteral("workspaceId"),
                                         QStringLiteral("workspaceName")}));
}

TEST_F(ChooseDatasetLoadTest, ADamagedKeptListIsIgnoredAndRemoved)
{
    QTemporaryDir folder;
    keepCataloguesIn(folder);
    QFile damaged(keptFile(folder));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"version\":1,\"datasets\":[{\"datasetId\":");
    damaged.close();
    openThePage();

    waitForTheWholeList();
    EXPECT_EQ(visibleRows(), 6);
    ASSERT_TRUE(damaged.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(damaged.readAll()).isObject()) << "written anew";
}

TEST_F(ChooseDatasetLoadTest, AWorkspaceGivenOnTheCommandLineNarrowsTheListing)
{
    sandbox.addWorkspaces(20, 2, 2);
    RequestCounter listings(QStringLiteral("/datasets "));
    session()->finder()->setListingScope(QStringLiteral("Finance"));
    openThePage();
    waitForTheWholeList();

    EXPECT_EQ(visibleRows(), 4);
    EXPECT_FALSE(shownDatasets().contains(QStringLiteral("Budget 2026")));
    EXPECT_EQ(listings.count(), 1) << "one workspace's datasets read, not 22";
}
