#include "lastingcredentialflow.h"
#include "chosendataset.h"
#include "credentialrecords.h"

#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// What the program concludes from Power BI's credential pop-up: only a code that reached
// Power BI's OAuth redirect page counts as a lasting credential, recorded for the dataset's Xero
// data source, at the clock's time.
class LastingCredentialFlowTest : public ::testing::Test
{
protected:
    LastingCredentialFlowTest()
        : settings(folder.filePath(QStringLiteral("user.ini")), QSettings::IniFormat)
        , endpoints(Endpoints::sandbox(QUrl(QStringLiteral("http://127.0.0.1:4567"))))
        , chosen(&settings, endpoints)
        , records(&settings)
        , flow(endpoints, &chosen, &records)
    {
        flow.setClock([this] { return now; });
        const Workspace finance =
            Workspace::fromJson({{QStringLiteral("id"), QStringLiteral("ws-1")},
                                 {QStringLiteral("name"), QStringLiteral("Finance")}})
                .value();
        const Dataset xero = Dataset::fromJson({{QStringLiteral("id"), QStringLiteral("ds-1")},
                                                {QStringLiteral("name"), QStringLiteral("Xero")}},
                                               QStringLiteral("ws-1"))
                                 .value();
        chosen.choose({finance, xero});
        source =
            Datasource::fromJson({{QStringLiteral("datasourceType"), QStringLiteral("Extension")},
                                  {QStringLiteral("datasourceId"), QStringLiteral("src-1")},
                                  {QStringLiteral("gatewayId"), QStringLiteral("gw-1")},
                                  {QStringLiteral("connectionDetails"),
                                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("Xero")}}}})
                .value();
        chosen.pickXeroSource(source);
    }

    QUrl redirect(const QString &query) const
    {
        QUrl url(QStringLiteral("http://127.0.0.1:4567/views/oauthredirect.html"));
        url.setQuery(query);
        return url;
    }

    QTemporaryDir folder;
    QSettings settings;
    Endpoints endpoints;
    ChosenDataset chosen;
    CredentialRecords records;
    LastingCredentialFlow flow;
    Datasource source;
    QDateTime now = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
};

TEST_F(LastingCredentialFlowTest, OpensTheChosenDatasetsSettingsPageOnThePortal)
{
    EXPECT_EQ(flow.settingsPage().toString(),
              QStringLiteral("http://127.0.0.1:4567/groups/ws-1/settings/datasets/ds-1"));
    EXPECT_EQ(flow.pageHosts(), QStringList({QStringLiteral("127.0.0.1:4567")}));
    EXPECT_TRUE(flow.isOAuthRedirect(redirect(QStringLiteral("code=abc&state=s"))));
    EXPECT_FALSE(flow.isOAuthRedirect(QUrl(QStringLiteral("http://127.0.0.1:4567/views/other"))));
}

TEST_F(LastingCredentialFlowTest, RealPowerBiSendsThePopUpToItsOneRedirectPage)
{
    const Endpoints real = Endpoints::preset(Endpoints::Cloud::Public);
    EXPECT_EQ(real.powerBiOAuthRedirectPage().toString(),
              QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
}

TEST_F(LastingCredentialFlowTest, ACodeOnTheRedirectPageIsALastingCredentialForThePickedSource)
{
    int given = 0;
    QObject::connect(&flow, &LastingCredentialFlow::lastingCredentialGiven, [&] { ++given; });
    EXPECT_EQ(flow.popupEnded(redirect(QStringLiteral("code=abc&state=s")), source.key()),
              LastingCredentialFlow::Outcome::Given);
    EXPECT_EQ(given, 1);
    const std::optional<CredentialRecord> record = records.find(source.key());
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->kind, CredentialRecord::Kind::Lasting);
    EXPECT_EQ(record->at, now);
    // Kept for the next start, without the code.
    settings.sync();
    CredentialRecords again(&settings);
    ASSERT_TRUE(again.find(source.key()).has_value());
    EXPECT_EQ(again.find(source.key())->kind, CredentialRecord::Kind::Lasting);
}

TEST_F(LastingCredentialFlowTest, ADeclinedOrRefusedOrClosedPopUpRecordsNothing)
{
    EXPECT_EQ(
        flow.popupEnded(redirect(QStringLiteral("error=access_denied&state=s")), source.key()),
        LastingCredentialFlow::Outcome::Cancelled);
    EXPECT_EQ(flow.popupEnded(
                  redirect(QStringLiteral("error=invalid_scope&error_description=Invalid%20scope")),
                  source.key()),
              LastingCredentialFlow::Outcome::Refused);
    EXPECT_EQ(flow.lastError(), QStringLiteral("invalid_scope: Invalid scope"));
    EXPECT_EQ(flow.popupEnded(QUrl(), source.key()), LastingCredentialFlow::Outcome::Closed);
    EXPECT_EQ(flow.popupEnded(QUrl(QStringLiteral("https://login.xero.com/identity/user/login")),
                              source.key()),
              LastingCredentialFlow::Outcome::Closed);
    EXPECT_FALSE(records.find(source.key()).has_value());
}
