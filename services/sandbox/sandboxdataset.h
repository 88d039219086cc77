#pragma once

#include "sandboxrefresh.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct SandboxDatasource
{
    QString datasourceId;
    QString gatewayId;
    QString datasourceType; // Extension, File, Sql, ...
    QJsonObject connectionDetails;
    bool isXero = false; // reads Xero: a refresh needs a valid pushed Xero token
    // The Xero access token last pushed through PATCH gateways/{g}/datasources/{d}: the
    // credential works exactly as long as that token does.
    QString pushedXeroAccessToken;
};

struct SandboxSchedule
{
    QStringList days;
    QStringList times;
    bool enabled = false;
    QString localTimeZoneId = QStringLiteral("UTC");
    QString notifyOption = QStringLiteral("MailOnFailure");
    QDateTime enabledAt; // a credential failure after this moment switches the schedule off
};

// A dataset of the scenario with everything the Power BI routes read and change.
struct SandboxDataset
{
    QString id;
    QString name;
    QString workspaceId;     // empty: the My workspace of myWorkspaceUser
    QString myWorkspaceUser; // only for My workspace datasets
    QString configuredBy;
    QDateTime createdDate;
    bool isOnPremGatewayRequired = false;
    QList<SandboxDatasource> datasources;
    SandboxSchedule schedule;
    QList<SandboxRefresh> refreshes; // newest first
    qint64 nextRefreshId = 1;

    bool dependsOnXero() const;
    const SandboxRefresh *runningRefresh(const QDateTime &now) const;
    // Power BI switches a schedule off at once when a refresh fails on credentials: applied
    // lazily, whenever the schedule is read or changed.
    void settleSchedule(const QDateTime &now);
    // Keeps 20 to 60 entries: older than 3 days are dropped once there are more than 20.
    void trimHistory(const QDateTime &now);
};
