#include "dataset.h"
#include "datasetref.h"
#include "datasource.h"
#include "powerbiclient.h"
#include "refresh.h"
#include "refreshschedule.h"
#include "refreshschedulechange.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

// Answers from the swagger's examples, and odd but real answers seen from the live service.

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

const char *const swaggerGroups = R"({"value":[
  {"id":"f089354e-8366-4e18-aea3-4cb4a3a50b48","isReadOnly":false,"isOnDedicatedCapacity":false,
   "name":"sample group"},
  {"id":"3d9b93c6-7b6d-4801-a491-1738910904fd","isReadOnly":false,"isOnDedicatedCapacity":true,
   "capacityId":"0f084df7-c13d-451b-af5f-ed0c466403b2","defaultDatasetStorageFormat":"Small",
   "name":"marketing group"}]})";

const char *const swaggerFailedRefresh = R"({"value":[{
  "refreshType":"ViaApi","startTime":"2017-06-13T09:25:43.153Z","endTime":"2017-06-13T09:31:43.153Z",
  "serviceExceptionJson":"{\"errorCode\":\"ModelRefreshFailed_CredentialsNotSpecified\"}",
  "status":"Failed","requestId":"11bf290a-346b-48b7-8973-c5df149337ff",
  "refreshAttempts":[{"attemptId":1,"startTime":"2017-06-13T09:25:43.153Z",
    "endTime":"2017-06-13T09:31:43.153Z",
    "serviceExceptionJson":"{\"errorCode\":\"ModelRefreshFailed_CredentialsNotSpecified\"}",
    "type":"Data"}]}]})";

} // namespace

TEST(PowerBiModels, ReadsTheDocumentedWorkspaceList)
{
    const Result<QList<Workspace>> workspaces = Workspace::listFromJson(swaggerGroups);
    ASSERT_TRUE(workspaces.ok()) << workspaces.error().technicalDetails().toStdString();
    ASSERT_EQ(workspaces.value().size(), 2);
    const Workspace &shared = workspaces.value().at(0);
    EXPECT_EQ(shared.id(), QStringLiteral("f089354e-8366-4e18-aea3-4cb4a3a50b48"));
    EXPECT_EQ(shared.name(), QStringLiteral("sample group"));
    EXPECT_FALSE(shared.isOnDedicatedCapacity());
    EXPECT_TRUE(shared.capacityId().isEmpty());
    const Workspace &premium = workspaces.value().at(1);
    EXPECT_TRUE(premium.isOnDedicatedCapacity());
    EXPECT_EQ(premium.capacityId(), QStringLiteral("0f084df7-c13d-451b-af5f-ed0c466403b2"));
}

TEST(PowerBiModels, AListWhoseValueIsNotAnArrayIsAParseErrorNamingValue)
{
    const Result<QList<Workspace>> workspaces = Workspace::listFromJson(R"({"value":{}})");
    ASSERT_FALSE(workspaces.ok());
    EXPECT_EQ(workspaces.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(workspaces.error().field(), QStringLiteral("value"));
}

TEST(PowerBiModels, InvalidJsonIsAParseError)
{
    const Result<QList<Dataset>> datasets = Dataset::listFromJson(R"({"value":[{"id":)");
    ASSERT_FALSE(datasets.ok());
    EXPECT_EQ(datasets.error().kind(), ApiError::Kind::Parse);
}

TEST(PowerBiModels, AWorkspaceWithoutIdIsAParseError)
{
    const Result<Workspace> workspace = Workspace::fromJson(object(R"({"name":"x"})"));
    ASSERT_FALSE(workspace.ok());
    EXPECT_EQ(workspace.error().field(), QStringLiteral("id"));
}

TEST(PowerBiModels, ReadsADatasetWithSwaggerCapitalisationAndExtraFields)
{
    const Result<QList<Dataset>> datasets = Dataset::listFromJson(
        R"({"odata.context":"http://x/$metadata#datasets","value":[{
            "id":"cfafbeb1-8037-4d0c-896e-a46fb27ff229","name":"SalesMarketing",
            "addRowsAPIEnabled":false,"configuredBy":"john@contoso.com","IsRefreshable":true,
            "IsEffectiveIdentityRequired":false,"IsOnPremGatewayRequired":true,
            "webUrl":"https://app.powerbi.com/groups/g/datasets/d",
            "CreatedDate":"2019-02-01T10:00:00.5","somethingNew":{"a":1}}]})",
        QStringLiteral("f089354e-8366-4e18-aea3-4cb4a3a50b48"));
    ASSERT_TRUE(datasets.ok()) << datasets.error().technicalDetails().toStdString();
    const Dataset &dataset = datasets.value().at(0);
    EXPECT_EQ(dataset.name(), QStringLiteral("SalesMarketing"));
    EXPECT_EQ(dataset.configuredBy(), QStringLiteral("john@contoso.com"));
    EXPECT_TRUE(dataset.isRefreshable());
    EXPECT_TRUE(dataset.isOnPremGatewayRequired());
    EXPECT_EQ(dataset.webUrl(), QStringLiteral("https://app.powerbi.com/groups/g/datasets/d"));
    EXPECT_EQ(dataset.createdDate(), utc(2019, 2, 1, 10, 0, 0, 500));
    EXPECT_EQ(dataset.workspaceId(), QStringLiteral("f089354e-8366-4e18-aea3-4cb4a3a50b48"));
}

TEST(PowerBiModels, ReadsTheDocumentedFailedRefreshWithItsErrorCode)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(swaggerFailedRefresh);
    ASSERT_TRUE(history.ok()) << history.error().technicalDetails().toStdString();
    const Refresh &refresh = history.value().at(0);
    EXPECT_EQ(refresh.refreshType(), Refresh::Type::ViaApi);
    EXPECT_EQ(refresh.status(), Refresh::Status::Failed);
    EXPECT_FALSE(refresh.isRunning());
    EXPECT_EQ(refresh.requestId(), QStringLiteral("11bf290a-346b-48b7-8973-c5df149337ff"));
    EXPECT_EQ(refresh.startTime(), utc(2017, 6, 13, 9, 25, 43, 153));
    EXPECT_EQ(refresh.endTime(), utc(2017, 6, 13, 9, 31, 43, 153));
    EXPECT_EQ(refresh.serviceException().form(), ServiceException::Form::Json);
    EXPECT_EQ(refresh.serviceException().errorCode(),
              QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"));
    ASSERT_EQ(refresh.attempts().size(), 1);
    EXPECT_EQ(refresh.attempts().at(0).type(), RefreshAttempt::Type::Data);
    EXPECT_EQ(refresh.attempts().at(0).attemptId(), 1);
    EXPECT_EQ(refresh.attempts().at(0).serviceException().errorCode(),
              QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"));
}

TEST(PowerBiModels, ARunningRefreshHasNoEndTime)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(
        R"({"value":[{"refreshType":"ViaApi","startTime":"2017-06-13T09:25:43.153Z",
            "status":"Unknown","requestId":"9399bb89-25d1-44f8-8576-136d7e9014b1"}]})");
    ASSERT_TRUE(history.ok());
    const Refresh &refresh = history.value().at(0);
    EXPECT_TRUE(refresh.isRunning());
    EXPECT_FALSE(refresh.endTime().isValid());
    EXPECT_FALSE(refresh.serviceException().isPresent());
}

TEST(PowerBiModels, KeepsUnknownRefreshTypeAndStatusAsText)
{
    const Result<Refresh> refresh = Refresh::fromJson(object(
        R"({"id":42,"refreshType":"ReliableProcessing","status":"NotStarted",
            "extendedStatus":"NotStarted","startTime":"2024-01-01T00:00:00Z"})"));
    ASSERT_TRUE(refresh.ok());
    EXPECT_EQ(refresh.value().refreshType(), Refresh::Type::Other);
    EXPECT_EQ(refresh.value().refreshTypeText(), QStringLiteral("ReliableProcessing"));
    EXPECT_EQ(refresh.value().status(), Refresh::Status::Other);
    EXPECT_EQ(refresh.value().statusText(), QStringLiteral("NotStarted"));
    EXPECT_EQ(refresh.value().extendedStatus(), QStringLiteral("NotStarted"));
    EXPECT_EQ(refresh.value().id(), 42);
}

TEST(PowerBiModels, ReadsErrorDescriptionAndOtherMembersOfServiceExceptionJson)
{
    const Result<Refresh> refresh = Refresh::fromJson(object(
        R"({"status":"Failed","serviceExceptionJson":
            "{\"errorCode\":\"DMTS_OAuthTokenRefreshFailedError\",\"errorDescription\":\"The credentials expired\",\"clusterUri\":\"https://wabi\"}"})"));
    ASSERT_TRUE(refresh.ok());
    const ServiceException exception = refresh.value().serviceException();
    EXPECT_EQ(exception.errorCode(), QStringLiteral("DMTS_OAuthTokenRefreshFailedError"));
    EXPECT_EQ(exception.errorDescription(), QStringLiteral("The credentials expired"));
    EXPECT_EQ(exception.members().value(QStringLiteral("clusterUri")).toString(),
              QStringLiteral("https://wabi"));
}

TEST(PowerBiModels, AnEmptyAbsentOrNonJsonServiceExceptionKeepsTheHistoryReadable)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(
        R"({"value":[{"status":"Failed","serviceExceptionJson":""},
                     {"status":"Failed"},
                     {"status":"Failed","serviceExceptionJson":"Gateway is offline"},
                     {"status":"Failed","serviceExceptionJson":"[1,2]"}]})");
    ASSERT_TRUE(history.ok()) << history.error().technicalDetails().toStdString();
    ASSERT_EQ(history.value().size(), 4);
    EXPECT_EQ(history.value().at(0).serviceException().form(), ServiceException::Form::Absent);
    EXPECT_EQ(history.value().at(1).serviceException().form(), ServiceException::Form::Absent);
    EXPECT_EQ(history.value().at(2).serviceException().form(), ServiceException::Form::NotJson);
    EXPECT_EQ(history.value().at(2).serviceException().raw(), QStringLiteral("Gateway is offline"));
    EXPECT_EQ(history.value().at(3).serviceException().form(), ServiceException::Form::NotJson);
}

TEST(PowerBiModels, ABadTimeInTheThirdEntryLeavesOnlyThatEntryOut)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(
        R"({"value":[{"startTime":"2024-01-01T00:00:00Z"},{"startTime":"2024-01-01T00:00:00Z"},
                     {"startTime":"not a time"}]})");
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value().size(), 2);
}

TEST(PowerBiModels, ReadsTheDocumentedScheduleAndCapitalisedNotifyOption)
{
    const Result<RefreshSchedule> schedule = RefreshSchedule::fromBody(
        R"({"@odata.context":"x","days":["Sunday","Friday","Saturday"],
            "times":["05:00","11:30","17:30","23:00"],"enabled":true,"localTimeZoneId":"UTC",
            "NotifyOption":"MailOnFailure"})");
    ASSERT_TRUE(schedule.ok());
    EXPECT_EQ(schedule.value().days(),
              (QStringList{QStringLiteral("Sunday"), QStringLiteral("Friday"),
                           QStringLiteral("Saturday")}));
    EXPECT_EQ(schedule.value().times().size(), 4);
    EXPECT_TRUE(schedule.value().isEnabled());
    EXPECT_EQ(schedule.value().localTimeZoneId(), QStringLiteral("UTC"));
    EXPECT_EQ(schedule.value().notifyOption(), QStringLiteral("MailOnFailure"));
    EXPECT_FALSE(schedule.value().isDaily());
}

TEST(PowerBiModels, AScheduleOnAllSevenDaysIsDaily)
{
    const Result<RefreshSchedule> schedule = RefreshSchedule::fromBody(
        R"({"days":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]})");
    ASSERT_TRUE(schedule.ok());
    EXPECT_TRUE(schedule.value().isDaily());
}

TEST(PowerBiModels, EnabledWrittenAsTextIsAParseErrorNamingEnabled)
{
    const Result<RefreshSchedule> schedule = RefreshSchedule::fromBody(R"({"enabled":"yes"})");
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind(), ApiError::Kind::Parse);
    EXPECT_EQ(schedule.error().field(), QStringLiteral("enabled"));
}

TEST(PowerBiModels, ReadsTheXeroExtensionDatasource)
{
    const Result<QList<Datasource>> sources = Datasource::listFromJson(
        R"({"value":[{"datasourceType":"Extension","datasourceId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70801",
            "gatewayId":"3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501",
            "connectionDetails":{"kind":"Xero","path":"Xero","extra":"kept"}}]})");
    ASSERT_TRUE(sources.ok());
    const Datasource &source = sources.value().at(0);
    EXPECT_TRUE(source.looksLikeXero());
    EXPECT_EQ(source.datasourceType(), QStringLiteral("Extension"));
    EXPECT_EQ(source.gatewayId(), QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e501"));
    EXPECT_EQ(source.datasourceId(), QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70801"));
    EXPECT_EQ(source.kind(), QStringLiteral("Xero"));
    EXPECT_EQ(source.connectionDetail(QStringLiteral("extra")), QStringLiteral("kept"));
}

TEST(PowerBiModels, RecognisesXeroByExtensionKindInAnyCase)
{
    const Result<Datasource> source = Datasource::fromJson(object(
        R"({"datasourceType":"Extension",
            "connectionDetails":"{\"extensionDataSourceKind\":\"XERO\",\"extensionDataSourcePath\":\"xero\"}"})"));
    ASSERT_TRUE(source.ok());
    EXPECT_TRUE(source.value().looksLikeXero());
}

TEST(PowerBiModels, SqlAndFileDatasourcesAreNotXero)
{
    const Result<QList<Datasource>> sources = Datasource::listFromJson(
        R"({"value":[{"datasourceType":"Sql","connectionDetails":{"server":"My-As-Server","database":"My-As-Database"}},
                     {"datasourceType":"File","connectionDetails":{"path":"c:\\users\\orders1.xlsx"}},
                     {"datasourceType":"Extension","connectionDetails":{"kind":"AzureDataExplorer","path":"https://myserver.kusto.windows.net"}}]})");
    ASSERT_TRUE(sources.ok());
    EXPECT_EQ(sources.value().at(0).server(), QStringLiteral("My-As-Server"));
    EXPECT_EQ(sources.value().at(0).database(), QStringLiteral("My-As-Database"));
    for (const Datasource &source : sources.value())
        EXPECT_FALSE(source.looksLikeXero()) << source.datasourceType().toStdString();
}

// What real Xero datasets carry (no public source documents one shape): each is recognised
// by what its description says.
TEST(PowerBiModels, RecognisesTheXeroDataSourcesRealDatasetsCarry)
{
    const Result<QList<Datasource>> sources = Datasource::listFromJson(R"({"value":[
        {"datasourceType":"Extension","connectionDetails":{"kind":"XeroConnector","path":"XeroConnector"}},
        {"datasourceType":"Extension","connectionDetails":{"kind":"Xero","path":"Xero"}},
        {"datasourceType":"Web","connectionDetails":{"url":"https://api.xero.com/api.xro/2.0/Invoices"}},
        {"datasourceType":"OData","connectionDetails":{"url":"https://api.xero.com/odata/Accounts"}},
        {"datasourceType":"Web","connectionDetails":{"url":"https://xero.example.com/api"}},
        {"datasourceType":"Web","connectionDetails":{"url":"https://notxero.com/api"}},
        {"datasourceType":"Extension","connectionDetails":{"kind":"AccountingHub","path":"hub"}}]})");
    ASSERT_TRUE(sources.ok());
    const QList<Datasource> &list = sources.value();
    ASSERT_EQ(list.size(), 7);
    EXPECT_EQ(list.at(0).xeroSign(), Datasource::XeroSign::Named);
    EXPECT_EQ(list.at(1).xeroSign(), Datasource::XeroSign::Named);
    EXPECT_EQ(list.at(2).xeroSign(), Datasource::XeroSign::Address);
    EXPECT_EQ(list.at(3).xeroSign(), Datasource::XeroSign::Address);
    // A proxy or a look-alike host is not Xero's: the user picks such a source by hand.
    EXPECT_EQ(list.at(4).xeroSign(), Datasource::XeroSign::Named);
    EXPECT_EQ(list.at(5).xeroSign(), Datasource::XeroSign::None);
    EXPECT_EQ(list.at(6).xeroSign(), Datasource::XeroSign::None);
    EXPECT_EQ(list.at(2).whereItReads(),
              QStringLiteral("https://api.xero.com/api.xro/2.0/Invoices"));
}

TEST(PowerBiModels, DatasetRefBuildsBothPathFormsWithEncodedIds)
{
    EXPECT_EQ(DatasetRef::inMyWorkspace(QStringLiteral("d1")).pathPrefix(),
              QStringLiteral("/datasets/d1"));
    EXPECT_EQ(DatasetRef(QStringLiteral("g1"), QStringLiteral("d1")).pathPrefix(),
              QStringLiteral("/groups/g1/datasets/d1"));
    EXPECT_EQ(DatasetRef(QStringLiteral("g/1"), QStringLiteral("d 1?x")).pathPrefix(),
              QStringLiteral("/groups/g%2F1/datasets/d%201%3Fx"));
}

TEST(PowerBiModels, TheClientKeepsEncodedIdsInTheUrl)
{
    PowerBiClient client(nullptr, QUrl(QStringLiteral("https://api.powerbi.com/")));
    const QUrl url =
        client.apiUrl(DatasetRef(QStringLiteral("g/1"), QStringLiteral("d 1?x")).pathPrefix());
    EXPECT_EQ(url.toString(QUrl::FullyEncoded),
              QStringLiteral("https://api.powerbi.com/v1.0/myorg/groups/g%2F1/datasets/d%201%3Fx"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("5"));
    EXPECT_EQ(client.apiUrl(QStringLiteral("/groups"), query).toString(QUrl::FullyEncoded),
              QStringLiteral("https://api.powerbi.com/v1.0/myorg/groups?$top=5"));
}

TEST(PowerBiModels, FindsTheNewRefreshByRequestIdOrElseByStartTime)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(
        R"({"value":[{"requestId":"","startTime":"2024-05-01T10:00:02Z","status":"Unknown"},
                     {"requestId":"AAAA","startTime":"2024-05-01T09:00:00Z","status":"Completed"}]})");
    ASSERT_TRUE(history.ok());
    RefreshStart byId;
    byId.requestId = QStringLiteral("aaaa");
    EXPECT_EQ(PowerBiClient::matchRefresh(history.value(), byId)->status(),
              Refresh::Status::Completed);

    RefreshStart withoutId;
    withoutId.acceptedAt = utc(2024, 5, 1, 10, 0, 0);
    EXPECT_EQ(PowerBiClient::matchRefresh(history.value(), withoutId)->status(),
              Refresh::Status::Unknown);

    RefreshStart tooLate;
    tooLate.acceptedAt = utc(2024, 5, 1, 11, 0, 0);
    EXPECT_FALSE(PowerBiClient::matchRefresh(history.value(), tooLate).has_value());
}

// One bad member must not sink a list: the others are shown, the bad one is left out.
TEST(PowerBiModels, ADatasetWithAnUnreadableCreatedDateIsLeftOutAndTheOthersKept)
{
    const Result<QList<Dataset>> datasets = Dataset::listFromJson(R"({"value":[
        {"id":"d1","name":"Xero","createdDate":"2026-11-02T08:00:00Z"},
        {"id":"d2","name":"Odd","createdDate":"yesterday"},
        {"id":"d3","name":"Budget"}]})");
    ASSERT_TRUE(datasets.ok()) << datasets.error().technicalDetails().toStdString();
    ASSERT_EQ(datasets.value().size(), 2);
    EXPECT_EQ(datasets.value().at(0).id(), QStringLiteral("d1"));
    EXPECT_EQ(datasets.value().at(1).id(), QStringLiteral("d3"));
}

TEST(PowerBiModels, AHistoryEntryWithANonIntegerIdIsLeftOutAndTheOthersKept)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(R"({"value":[
        {"requestId":"r1","id":3,"refreshType":"Scheduled","status":"Failed",
         "startTime":"2026-12-04T07:00:00Z","endTime":"2026-12-04T07:01:00Z"},
        {"requestId":"r2","id":"two","refreshType":"ViaApi","status":"Completed",
         "startTime":"2026-12-03T07:00:00Z","endTime":"2026-12-03T07:01:00Z"},
        "not an entry",
        {"requestId":"r4","id":1,"refreshType":"Scheduled","status":"Completed",
         "startTime":"2026-12-02T07:00:00Z","endTime":"2026-12-02T07:01:00Z"}]})");
    ASSERT_TRUE(history.ok()) << history.error().technicalDetails().toStdString();
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_EQ(history.value().at(0).requestId(), QStringLiteral("r1"));
    EXPECT_EQ(history.value().at(1).requestId(), QStringLiteral("r4"));
}

TEST(PowerBiModels, AWorkspaceWithoutIdIsLeftOutOfTheList)
{
    const Result<QList<Workspace>> workspaces =
        Workspace::listFromJson(R"({"value":[{"name":"no id"},{"id":"w2","name":"Finance"}]})");
    ASSERT_TRUE(workspaces.ok());
    ASSERT_EQ(workspaces.value().size(), 1);
    EXPECT_EQ(workspaces.value().first().name(), QStringLiteral("Finance"));
}

// What a schedule read back after a change does not show, said as the user asked it.
TEST(PowerBiModels, AScheduleChangeIsComparedWithTheScheduleReadBack)
{
    const RefreshScheduleChange daily =
        RefreshScheduleChange::daily({QStringLiteral("06:00")}, QStringLiteral("UTC"));
    const Result<RefreshSchedule> unchanged = RefreshSchedule::fromJson(
        QJsonObject{{QStringLiteral("enabled"), false},
                    {QStringLiteral("days"), QJsonArray{QStringLiteral("Monday")}},
                    {QStringLiteral("times"), QJsonArray{QStringLiteral("07:00")}},
                    {QStringLiteral("localTimeZoneId"), QStringLiteral("Romance Standard Time")}});
    ASSERT_TRUE(unchanged.ok());
    const QStringList missing = daily.notAppliedIn(unchanged.value());
    ASSERT_EQ(missing.size(), 4) << missing.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(missing.at(0), QStringLiteral("switched on, read back off"));
    EXPECT_TRUE(missing.at(1).startsWith(QStringLiteral("days Monday, Tuesday")));
    EXPECT_TRUE(missing.at(1).endsWith(QStringLiteral("read back Monday")));
    EXPECT_EQ(missing.at(2), QStringLiteral("times 06:00, read back 07:00"));
    EXPECT_EQ(missing.at(3), QStringLiteral("time zone UTC, read back Romance Standard Time"));

    // Applied, in another order: nothing missing.
    QJsonArray week;
    for (const char *day :
         {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"})
        week.append(QLatin1String(day));
    const Result<RefreshSchedule> applied = RefreshSchedule::fromJson(
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("days"), week},
                    {QStringLiteral("times"), QJsonArray{QStringLiteral("06:00")}},
                    {QStringLiteral("localTimeZoneId"), QStringLiteral("UTC")}});
    ASSERT_TRUE(applied.ok());
    EXPECT_TRUE(daily.notAppliedIn(applied.value()).isEmpty());
}
