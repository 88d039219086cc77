#include "sandboxscenario.h"

#include "sandboxids.h"

static const QString credentialFailure =
    QStringLiteral("{\"errorCode\":\"DMTS_OAuthTokenRefreshFailedError\"}");

static SandboxRefresh pastRefresh(qint64 id, const QString &type, const QDateTime &start,
                                  int durationSeconds, const QString &outcome, int attempts = 1)
{
    SandboxRefresh refresh;
    refresh.id = id;
    refresh.requestId = SandboxIds::guid();
    refresh.refreshType = type;
    refresh.startTime = start;
    refresh.plannedEndTime = start.addSecs(durationSeconds);
    refresh.outcome = outcome;
    refresh.attempts = attempts;
    if (outcome == QStringLiteral("Failed"))
        refresh.serviceExceptionJson = credentialFailure;
    return refresh;
}

static QDateTime hoursAgo(const QDateTime &now, int hours)
{
    // Whole seconds, as the service reports scheduled starts.
    return now.addSecs(-hours * 3600).addMSecs(-now.time().msec());
}

static SandboxDataset budgetDataset(const QDateTime &now)
{
    SandboxDataset dataset;
    dataset.id = SandboxScenario::budgetDatasetId;
    dataset.name = QStringLiteral("Budget 2026");
    dataset.myWorkspaceUser = SandboxScenario::microsoftUser;
    dataset.configuredBy = SandboxScenario::microsoftUser;
    dataset.createdDate = now.addDays(-120);
    dataset.datasources.append(
        {QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70802"),
         QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e502"),
         QStringLiteral("File"),
         QJsonObject{
             {QStringLiteral("path"),
              QStringLiteral("https://contoso.sharepoint.com/sites/finance/Budget 2026.xlsx")}},
         false,
         {}});
    dataset.schedule = {{QStringLiteral("Monday"), QStringLiteral("Thursday")},
                        {QStringLiteral("06:00")},
                        true,
                        QStringLiteral("UTC"),
                        QStringLiteral("MailOnFailure"),
                        now.addDays(-100)};
    dataset.refreshes = {
        pastRefresh(2, QStringLiteral("OnDemand"), hoursAgo(now, 26), 31,
                    QStringLiteral("Completed")),
        pastRefresh(1, QStringLiteral("Scheduled"), hoursAgo(now, 98), 28,
                    QStringLiteral("Completed")),
    };
    dataset.nextRefreshId = 3;
    return dataset;
}

static SandboxDataset xeroDataset(const QDateTime &now)
{
    SandboxDataset dataset;
    dataset.id = SandboxScenario::xeroDatasetId;
    dataset.name = QStringLiteral("Xero");
    dataset.workspaceId = SandboxScenario::financeWorkspaceId;
    dataset.configuredBy = SandboxScenario::microsoftUser;
    dataset.createdDate = now.addDays(-400);
    dataset.datasources.append({SandboxScenario::xeroDatasourceId,
                                SandboxScenario::xeroGatewayId,
                                QStringLiteral("Extension"),
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("Xero")},
                                            {QStringLiteral("path"), QStringLiteral("Xero")}},
                                true,
                                {}});
    // Switched off by the service after the credential failures below.
    dataset.schedule = {
        {QStringLiteral("Monday"), QStringLiteral("Wednesday"), QStringLiteral("Friday")},
        {QStringLiteral("07:00")},
        false,
        QStringLiteral("Romance Standard Time"),
        QStringLiteral("MailOnFailure"),
        {}};
    // Only the newest scheduled run lies inside the last 24 hours (it counts toward the daily
    // limit); the OnDemand one was "Refresh now" in the web page and does not count.
    const QString failed = QStringLiteral("Failed");
    const QString completed = QStringLiteral("Completed");
    const QString scheduled = QStringLiteral("Scheduled");
    dataset.refreshes = {
        pastRefresh(9, scheduled, hoursAgo(now, 20), 184, failed, 3),
        pastRefresh(8, QStringLiteral("OnDemand"), hoursAgo(now, 43), 12, failed),
        pastRefresh(7, scheduled, hoursAgo(now, 44), 179, failed, 3),
        pastRefresh(6, scheduled, hoursAgo(now, 68), 181, failed, 3),
        pastRefresh(5, scheduled, hoursAgo(now, 92), 64, completed),
        pastRefresh(4, scheduled, hoursAgo(now, 116), 71, completed),
        pastRefresh(3, scheduled, hoursAgo(now, 140), 58, completed),
        pastRefresh(2, scheduled, hoursAgo(now, 164), 66, completed),
        pastRefresh(1, scheduled, hoursAgo(now, 188), 62, completed),
    };
    dataset.nextRefreshId = 10;
    return dataset;
}

// A custom Xero connector as its author packaged it: an Extension data source of the connector's
// own kind, which only an on-premises gateway can run.
static SandboxDataset connectorDataset(const QDateTime &now)
{
    SandboxDataset dataset;
    dataset.id = SandboxScenario::connectorDatasetId;
    dataset.name = QStringLiteral("Xero via connector");
    dataset.workspaceId = SandboxScenario::financeWorkspaceId;
    dataset.configuredBy = SandboxScenario::microsoftUser;
    dataset.createdDate = now.addDays(-90);
    dataset.isOnPremGatewayRequired = true;
    dataset.datasources.append(
        {SandboxScenario::connectorDatasourceId,
         SandboxScenario::onPremisesGatewayId,
         QStringLiteral("Extension"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("XeroConnector")},
                     {QStringLiteral("path"), QStringLiteral("XeroConnector")}},
         true,
         {}});
    // Switched off by the service after the failure below.
    dataset.schedule = {{QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                         QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                         QStringLiteral("Friday")},
                        {QStringLiteral("06:30")},
                        false,
                        QStringLiteral("GMT Standard Time"),
                        QStringLiteral("MailOnFailure"),
                        {}};
    SandboxRefresh failed = pastRefresh(3, QStringLiteral("Scheduled"), hoursAgo(now, 30), 95,
                                        QStringLiteral("Failed"), 3);
    // The gateway, not the cloud service, failed to renew the connector's OAuth token.
    failed.serviceExceptionJson =
        QStringLiteral("{\"errorCode\":\"DM_GWPipeline_Client_OAuthTokenRefreshFailedError\"}");
    dataset.refreshes = {
        failed,
        pastRefresh(2, QStringLiteral("Scheduled"), hoursAgo(now, 54), 88,
                    QStringLiteral("Completed")),
        pastRefresh(1, QStringLiteral("Scheduled"), hoursAgo(now, 78), 91,
                    QStringLiteral("Completed")),
    };
    dataset.nextRefreshId = 4;
    return dataset;
}

// Web calls to the Xero API, as a report author writes them when no connector is at hand: a Web
// data source whose URL is on api.xero.com, the only sign of Xero.
static SandboxDataset webDataset(const QDateTime &now)
{
    SandboxDataset dataset;
    dataset.id = SandboxScenario::webDatasetId;
    dataset.name = QStringLiteral("Cash Flow");
    dataset.workspaceId = SandboxScenario::financeWorkspaceId;
    dataset.configuredBy = SandboxScenario::microsoftUser;
    dataset.createdDate = now.addDays(-60);
    dataset.datasources.append(
        {SandboxScenario::webDatasourceId,
         QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e506"),
         QStringLiteral("Web"),
         QJsonObject{{QStringLiteral("url"),
                      QStringLiteral("https://api.xero.com/api.xro/2.0/Reports/BankSummary")}},
         true,
         {}});
    dataset.schedule = {{QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                         QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                         QStringLiteral("Friday")},
                        {QStringLiteral("07:30")},
                        true,
                        QStringLiteral("GMT Standard Time"),
                        QStringLiteral("MailOnFailure"),
                        now.addDays(-55)};
    dataset.refreshes = {
        pastRefresh(2, QStringLiteral("Scheduled"), hoursAgo(now, 10), 41,
                    QStringLiteral("Completed")),
        pastRefresh(1, QStringLiteral("Scheduled"), hoursAgo(now, 34), 44,
                    QStringLiteral("Completed")),
    };
    dataset.nextRefreshId = 3;
    return dataset;
}

static SandboxDataset sqlDataset(const QString &id, const QString &name, const QString &workspaceId,
                                 const QString &owner, const QString &datasourceId,
                                 const QString &gatewayId, const QString &database,
                                 const QDateTime &now)
{
    SandboxDataset dataset;
    dataset.id = id;
    dataset.name = name;
    dataset.workspaceId = workspaceId;
    dataset.configuredBy = owner;
    dataset.createdDate = now.addDays(-200);
    dataset.datasources.append(
        {datasourceId,
         gatewayId,
         QStringLiteral("Sql"),
         QJsonObject{{QStringLiteral("server"), QStringLiteral("sql.contoso.example")},
                     {QStringLiteral("database"), database}},
         false,
         {}});
    dataset.schedule = {{QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                         QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                         QStringLiteral("Friday")},
                        {QStringLiteral("08:00")},
                        true,
                        QStringLiteral("GMT Standard Time"),
                        QStringLiteral("MailOnFailure"),
                        now.addDays(-150)};
    dataset.refreshes = {
        pastRefresh(2, QStringLiteral("Scheduled"), hoursAgo(now, 5), 95,
                    QStringLiteral("Completed")),
        pastRefresh(1, QStringLiteral("Scheduled"), hoursAgo(now, 29), 102,
                    QStringLiteral("Completed")),
    };
    dataset.nextRefreshId = 3;
    return dataset;
}

SandboxState SandboxScenario::ready(const QDateTime &now)
{
    SandboxState state;
    state.workspaces = {
        {financeWorkspaceId, QStringLiteral("Finance"), false, {}},
        {boardWorkspaceId, QStringLiteral("Board Reporting"), true,
         QStringLiteral("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")},
    };
    state.gateways = {
        {onPremisesGatewayId, QStringLiteral("Contoso on-premises gateway"), 2048,
         QStringLiteral("CONTOSO-GW01"), QStringLiteral("3000.246.5"), microsoftUser},
        {legacyGatewayId, QStringLiteral("Contoso legacy gateway"), 1024,
         QStringLiteral("CONTOSO-SQL02"), QStringLiteral("3000.37.14"), otherOwner},
    };
    SandboxDataset board =
        sqlDataset(boardDatasetId, QStringLiteral("Board Pack"), boardWorkspaceId, microsoftUser,
                   boardDatasourceId, legacyGatewayId, QStringLiteral("Board"), now);
    // An on-premises SQL Server, reached through the legacy gateway. Its owner, the sandbox
    // user, may set its credentials (Power BI refuses anyone else with 401).
    board.isOnPremGatewayRequired = true;
    state.datasets = {
        budgetDataset(now),
        xeroDataset(now),
        sqlDataset(salesDatasetId, QStringLiteral("Sales Pipeline"), financeWorkspaceId, otherOwner,
                   QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70803"),
                   QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e503"), QStringLiteral("Sales"),
                   now),
        board,
        connectorDataset(now),
        webDataset(now),
    };
    return state;
}
