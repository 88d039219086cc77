#include "sandboxcatalogue.h"
#include "sandboxfixture.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QSet>

#include <iostream>

// The generated catalogue of the benchmark: its size, which datasets read Xero, and that every
// call a client makes over it is answered as over the scenario.
class SandboxCatalogueTest : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        token = server.issuePowerBiAccessToken();
    }

    QJsonArray values(const QString &pathAndQuery)
    {
        return client->get(pathAndQuery, token).json().value(QStringLiteral("value")).toArray();
    }

    QString token;
};

static bool readsXero(const SandboxDataset &dataset)
{
    return dataset.dependsOnXero();
}

TEST(SandboxCatalogue, AThousandWorkspacesOfTenAreMadeQuicklyWithOneInSevenReadingXero)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SandboxState state = SandboxScenario::ready(now);
    const qsizetype scenarioWorkspaces = state.workspaces.size();
    const qsizetype scenarioDatasets = state.datasets.size();
    QElapsedTimer timer;
    timer.start();
    SandboxCatalogue::add(state, {1000, 10, 7}, now);
    const qint64 elapsed = timer.elapsed();
    std::cout << "1000 x 10 made in " << elapsed << " ms" << std::endl;
    // "Well under a second" in a normal build; the margin is for the sanitizer builds.
    EXPECT_LT(elapsed, 5000);

    ASSERT_EQ(state.workspaces.size(), scenarioWorkspaces + 1000);
    ASSERT_EQ(state.datasets.size(), scenarioDatasets + 10000);
    int xero = 0;
    int xeroByName = 0;
    for (qsizetype i = scenarioDatasets; i < state.datasets.size(); ++i) {
        const SandboxDataset &dataset = state.datasets.at(i);
        const int ordinal = static_cast<int>(i - scenarioDatasets);
        EXPECT_EQ(readsXero(dataset), SandboxCatalogue::readsXero(ordinal, 7)) << ordinal;
        ASSERT_EQ(dataset.datasources.size(), 1);
        EXPECT_FALSE(dataset.refreshes.isEmpty());
        EXPECT_FALSE(dataset.configuredBy.isEmpty());
        if (readsXero(dataset)) {
            ++xero;
            xeroByName += dataset.name.contains(QStringLiteral("Xero")) ? 1 : 0;
        } else {
            EXPECT_FALSE(dataset.name.contains(QStringLiteral("Xero")))
                << dataset.name.toStdString();
        }
    }
    EXPECT_EQ(xero, 10000 / 7);
    // A mix: some say Xero in their name, the others only in their data source.
    EXPECT_GT(xeroByName, xero / 3);
    EXPECT_LT(xeroByName, xero * 2 / 3);
    EXPECT_EQ(state.datasets.at(scenarioDatasets + 6).name, QStringLiteral("Xero Ledger 0001-7"));
    EXPECT_EQ(state.workspaces.last().name, QStringLiteral("Workspace 1000"));
}

TEST(SandboxCatalogue, WithoutXeroEveryNoneReadsXero)
{
    SandboxState state;
    SandboxCatalogue::add(state, {3, 4, 0}, QDateTime::currentDateTimeUtc());
    ASSERT_EQ(state.datasets.size(), 12);
    EXPECT_TRUE(std::none_of(state.datasets.cbegin(), state.datasets.cend(), readsXero));
}

TEST_F(SandboxCatalogueTest, TheControlRouteStillAddsEmptyWorkspacesWithTheOldBody)
{
    const HttpResult added = client->postJson(QStringLiteral("/_sandbox/workspaces"),
                                              QJsonObject{{QStringLiteral("count"), 3}});
    ASSERT_EQ(added.status, 200);
    EXPECT_EQ(values(QStringLiteral("/v1.0/myorg/groups")).size(), 5);
    EXPECT_TRUE(values(QStringLiteral("/v1.0/myorg/groups/9a0b1c2d-3e4f-4a5b-8c6d-000000000002"
                                      "/datasets"))
                    .isEmpty());
    EXPECT_EQ(client
                  ->postJson(QStringLiteral("/_sandbox/workspaces"),
                             QJsonObject{{QStringLiteral("count"), 3},
                                         {QStringLiteral("datasetsEach"), QStringLiteral("ten")}})
                  .status,
              400);
}

TEST_F(SandboxCatalogueTest, ThousandsOfWorkspacesArePagedAndEveryDatasetsDataSourceAnswers)
{
    const HttpResult added = client->postJson(QStringLiteral("/_sandbox/workspaces"),
                                              QJsonObject{{QStringLiteral("count"), 2500},
                                                          {QStringLiteral("datasetsEach"), 4},
                                                          {QStringLiteral("xeroEvery"), 3}});
    ASSERT_EQ(added.status, 200);
    EXPECT_EQ(added.json().value(QStringLiteral("datasetsAdded")).toInt(), 10000);

    // Pages of 1000 with $top/$skip give every workspace once, the scenario's two first.
    QSet<QString> ids;
    QStringList generated;
    for (int skip = 0; skip < 3000; skip += 1000) {
        const QJsonArray page =
            values(QStringLiteral("/v1.0/myorg/groups?$top=1000&$skip=%1").arg(skip));
        EXPECT_EQ(page.size(), skip < 2000 ? 1000 : 502);
        for (const QJsonValue &group : page) {
            ids.insert(group.toObject().value(QStringLiteral("id")).toString());
            if (group.toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .startsWith(QStringLiteral("Workspace ")))
                generated.append(group.toObject().value(QStringLiteral("id")).toString());
        }
    }
    EXPECT_EQ(ids.size(), 2502);
    ASSERT_EQ(generated.size(), 2500);

    // One workspace in the middle: its datasets, and one data source call per dataset.
    const QString workspace = QStringLiteral("/v1.0/myorg/groups/") + generated.at(1234);
    const QJsonArray datasets = values(workspace + QStringLiteral("/datasets"));
    ASSERT_EQ(datasets.size(), 4);
    int xero = 0;
    for (const QJsonValue &dataset : datasets) {
        const QString id = dataset.toObject().value(QStringLiteral("id")).toString();
        EXPECT_FALSE(dataset.toObject().value(QStringLiteral("configuredBy")).toString().isEmpty());
        const HttpResult sources =
            client->get(workspace + QStringLiteral("/datasets/%1/datasources").arg(id), token);
        ASSERT_EQ(sources.status, 200) << id.toStdString();
        const QJsonArray list = sources.json().value(QStringLiteral("value")).toArray();
        ASSERT_EQ(list.size(), 1);
        const QJsonObject details =
            list.first().toObject().value(QStringLiteral("connectionDetails")).toObject();
        xero += details.value(QStringLiteral("kind")).toString() == QStringLiteral("Xero") ? 1 : 0;
        EXPECT_EQ(
            client->get(workspace + QStringLiteral("/datasets/%1/refreshes?$top=5").arg(id), token)
                .status,
            200);
        // The dataset is in its own workspace only.
        EXPECT_EQ(client
                      ->get(QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/datasources")
                                .arg(generated.at(1233), id),
                            token)
                      .status,
                  404);
    }
    // Datasets 4936..4939 of the catalogue: one in three reads Xero.
    EXPECT_EQ(xero, 1);
    // The scenario is still there as it was.
    EXPECT_EQ(values(QStringLiteral("/v1.0/myorg/groups/7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10/"
                                    "datasets"))
                  .size(),
              4);
}
