#include "sandboxcatalogue.h"

#include "sandboxids.h"
#include "sandboxscenario.h"
#include "sandboxstate.h"

#include <QStringList>

namespace {

// The fixed part of the ids, then a 12-digit serial: ids that scripts and tests can predict.
QString serialId(const char *prefix, qsizetype serial)
{
    return QLatin1String(prefix) + QStringLiteral("%1").arg(serial, 12, 10, QLatin1Char('0'));
}

SandboxDatasource xeroSource(qsizetype serial)
{
    // As the scenario's Xero dataset reads it: the Xero connector through a cloud connection.
    return {serialId("5e6f7a8b-0000-4000-9000-", serial),
            serialId("3c4d5e6f-0000-4000-9000-", serial),
            QStringLiteral("Extension"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("Xero")},
                        {QStringLiteral("path"), QStringLiteral("Xero")}},
            true,
            {}};
}

SandboxDatasource sqlSource(qsizetype serial, const QString &database)
{
    return {serialId("5e6f7a8b-0000-4000-9000-", serial),
            serialId("3c4d5e6f-0000-4000-9000-", serial),
            QStringLiteral("Sql"),
            QJsonObject{{QStringLiteral("server"), QStringLiteral("sql.contoso.example")},
                        {QStringLiteral("database"), database}},
            false,
            {}};
}

SandboxRefresh pastRefresh(qint64 id, const QDateTime &start, bool failed)
{
    SandboxRefresh refresh;
    refresh.id = id;
    refresh.requestId = SandboxIds::guid();
    refresh.refreshType = QStringLiteral("Scheduled");
    refresh.startTime = start;
    refresh.plannedEndTime = start.addSecs(60 + id * 7);
    refresh.outcome = failed ? QStringLiteral("Failed") : QStringLiteral("Completed");
    if (failed) {
        refresh.attempts = 3;
        refresh.serviceExceptionJson =
            QStringLiteral("{\"errorCode\":\"DMTS_OAuthTokenRefreshFailedError\"}");
    }
    return refresh;
}

// Daily at 06:00 UTC, the last three days: a Xero dataset's newest one failed on its sign-in
// every other time, as a catalogue with some broken refreshes would.
QList<SandboxRefresh> history(const QDateTime &now, bool xero, int ordinal)
{
    const QDateTime today(now.date(), QTime(6, 0), Qt::UTC);
    const QDateTime newest = today < now ? today : today.addDays(-1);
    const bool newestFailed = xero && ordinal % 2 == 0;
    return {pastRefresh(3, newest, newestFailed), pastRefresh(2, newest.addDays(-1), false),
            pastRefresh(1, newest.addDays(-2), false)};
}

} // namespace

bool SandboxCatalogue::readsXero(int ordinal, int xeroEvery)
{
    return xeroEvery > 0 && ordinal % xeroEvery == xeroEvery - 1;
}

QString SandboxCatalogue::datasetName(int workspaceNumber, int datasetNumber, int ordinal,
                                      int xeroEvery)
{
    static const QStringList plainNames{QStringLiteral("Sales"),   QStringLiteral("Budget"),
                                        QStringLiteral("Payroll"), QStringLiteral("Inventory"),
                                        QStringLiteral("Margins"), QStringLiteral("Forecast")};
    const QString number =
        QStringLiteral("%1-%2").arg(workspaceNumber, 4, 10, QLatin1Char('0')).arg(datasetNumber);
    // Every other Xero dataset says so in its name; the others are found by their data source.
    if (readsXero(ordinal, xeroEvery) && (ordinal / xeroEvery) % 2 == 0)
        return QStringLiteral("Xero Ledger ") + number;
    return plainNames.at(ordinal % plainNames.size()) + QLatin1Char(' ') + number;
}

void SandboxCatalogue::add(SandboxState &state, const Shape &shape, const QDateTime &now)
{
    const qsizetype firstWorkspace = state.workspaces.size();
    state.addWorkspaces(shape.workspaces);
    if (shape.datasetsEach <= 0)
        return;
    state.datasets.reserve(state.datasets.size() +
                           static_cast<qsizetype>(shape.workspaces) * shape.datasetsEach);
    const QStringList days{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                           QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                           QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                           QStringLiteral("Sunday")};
    int ordinal = 0;
    for (int w = 0; w < shape.workspaces; ++w) {
        const SandboxWorkspace &workspace = state.workspaces.at(firstWorkspace + w);
        for (int d = 0; d < shape.datasetsEach; ++d, ++ordinal) {
            const qsizetype serial = state.datasets.size();
            const bool xero = readsXero(ordinal, shape.xeroEvery);
            SandboxDataset dataset;
            dataset.id = serialId("d5e7a0c1-0000-4000-9000-", serial);
            dataset.name = datasetName(w + 1, d + 1, ordinal, shape.xeroEvery);
            dataset.workspaceId = workspace.id;
            dataset.configuredBy =
                ordinal % 3 == 0 ? SandboxScenario::otherOwner : SandboxScenario::microsoftUser;
            dataset.createdDate = now.addDays(-30 - ordinal % 300);
            dataset.datasources.append(xero ? xeroSource(serial) : sqlSource(serial, dataset.name));
            dataset.schedule = {days,
                                {QStringLiteral("06:00")},
                                true,
                                QStringLiteral("UTC"),
                                QStringLiteral("MailOnFailure"),
                                now.addDays(-20)};
            dataset.refreshes = history(now, xero, ordinal);
            dataset.nextRefreshId = 4;
            state.datasets.append(dataset);
        }
    }
}
