#pragma once

#include "sandboxbrowser.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QTimeZone>

// The sandbox with a browser that plays its user (cookies kept, as one browser profile) and a
// Power BI API tokens for the ready scenario's user.
class PowerBiWebFixture : public SandboxFixture
{
protected:
    // A new one for each call: the tests move the clock further than a token lives.
    QString apiToken() { return server.issuePowerBiAccessToken(); }

    QUrl page(const QString &workspace, const QString &datasetId) const
    {
        return QUrl(server.rootUrl().toString() +
                    QStringLiteral("/groups/%1/settings/datasets/%2").arg(workspace, datasetId));
    }
    QUrl xeroSettingsPage() const
    {
        return page(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
    }
    static QString xeroDatasetApi()
    {
        return QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2")
            .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
    }

    SandboxBrowser::CredentialsEdit enterCredentialsOnThePage()
    {
        return browser.editXeroCredentials(xeroSettingsPage(), QStringLiteral("Contoso Ltd"),
                                           {SandboxScenario::contosoLtdTenantId});
    }

    HttpResult startRefresh(const QString &dataset)
    {
        return client->postJson(
            dataset + QStringLiteral("/refreshes"),
            QJsonObject{{QStringLiteral("notifyOption"), QStringLiteral("NoNotification")}},
            apiToken());
    }
    QJsonArray history(const QString &dataset)
    {
        return client->get(dataset + QStringLiteral("/refreshes"), apiToken())
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    }
    QJsonObject latestRefresh(const QString &dataset)
    {
        return history(dataset).first().toObject();
    }
    // Starts a refresh through the API and lets it end: its status.
    QString refreshThroughTheApi(const QString &dataset)
    {
        if (startRefresh(dataset).status != 202)
            return QStringLiteral("not started");
        server.advanceClock(6);
        return latestRefresh(dataset).value(QStringLiteral("status")).toString();
    }

    HttpResult pushXeroToken(const QString &accessToken)
    {
        const QJsonObject credentials{
            {QStringLiteral("credentialData"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("accessToken")},
                                    {QStringLiteral("value"), accessToken}}}}};
        const QJsonObject details{
            {QStringLiteral("credentialType"), QStringLiteral("OAuth2")},
            {QStringLiteral("credentials"),
             QString::fromUtf8(QJsonDocument(credentials).toJson(QJsonDocument::Compact))},
            {QStringLiteral("encryptedConnection"), QStringLiteral("Encrypted")},
            {QStringLiteral("encryptionAlgorithm"), QStringLiteral("None")},
            {QStringLiteral("privacyLevel"), QStringLiteral("None")}};
        return client->patchJson(
            QStringLiteral("/v1.0/myorg/gateways/%1/datasources/%2")
                .arg(SandboxScenario::xeroGatewayId, SandboxScenario::xeroDatasourceId),
            QJsonObject{{QStringLiteral("credentialDetails"), details}}, apiToken());
    }

    // Schedules: every day at these times, switched on.
    static QStringList everyDay()
    {
        return {QStringLiteral("Sunday"),    QStringLiteral("Monday"),   QStringLiteral("Tuesday"),
                QStringLiteral("Wednesday"), QStringLiteral("Thursday"), QStringLiteral("Friday"),
                QStringLiteral("Saturday")};
    }
    // The half hour `hours` from now (rounded down), as a schedule time in `zone`.
    QString slotIn(double hours, const QTimeZone &zone = QTimeZone::utc()) const
    {
        const QTime time = server.now().addSecs(qint64(hours * 3600)).toTimeZone(zone).time();
        return QTime(time.hour(), time.minute() < 30 ? 0 : 30).toString(QStringLiteral("HH:mm"));
    }
    HttpResult schedule(const QString &dataset, const QStringList &times,
                        const QString &zone = QStringLiteral("UTC"))
    {
        const QJsonObject value{{QStringLiteral("days"), QJsonArray::fromStringList(everyDay())},
                                {QStringLiteral("times"), QJsonArray::fromStringList(times)},
                                {QStringLiteral("localTimeZoneId"), zone},
                                {QStringLiteral("enabled"), true}};
        return client->patchJson(dataset + QStringLiteral("/refreshSchedule"),
                                 QJsonObject{{QStringLiteral("value"), value}}, apiToken());
    }
    QList<QJsonObject> scheduledRefreshes(const QString &dataset, const QDateTime &since)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &entry : history(dataset)) {
            const QJsonObject refresh = entry.toObject();
            const QDateTime start = QDateTime::fromString(
                refresh.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
            if (refresh.value(QStringLiteral("refreshType")).toString() ==
                    QStringLiteral("Scheduled") &&
                start > since)
                found.prepend(refresh); // oldest first
        }
        return found;
    }
    static QString statusOf(const QJsonObject &refresh)
    {
        return refresh.value(QStringLiteral("status")).toString();
    }

    SandboxBrowser browser;
};
