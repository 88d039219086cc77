#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

// xero-refresh-sandbox as a child process, for the faults that --sandbox cannot inject: its
// control routes (/_sandbox/...) are driven over HTTP as a test script would.
class StandaloneSandbox
{
public:
    StandaloneSandbox() = default;
    ~StandaloneSandbox();
    StandaloneSandbox(const StandaloneSandbox &) = delete;
    StandaloneSandbox &operator=(const StandaloneSandbox &) = delete;

    // Starts it on a free port and reads its root from the first line it prints.
    bool start();
    QString root() const { return m_root; }

    // One request, its answer's JSON body (empty when none came within 10 seconds).
    QJsonObject send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json",
                     const QByteArray &bearer = {});
    void reset();
    void addFault(const QJsonObject &fault);
    void clearFaults();
    int pendingFaults();
    // The service principal's token, kept inside the test (the program never sees it).
    QByteArray servicePrincipalToken();
    // Makes the service principal the owner of the dataset, as a script would with Take over.
    void takeOverAsServicePrincipal(const QString &workspaceId, const QString &datasetId);

    // The requestId of the dataset's newest refresh, as Power BI's history says (empty if none).
    QString newestRefreshRequestId(const QString &workspaceId, const QString &datasetId);

    // The service principal, pointed at this sandbox, as a script would configure it.
    QProcessEnvironment
    servicePrincipal(const QString &secret = QStringLiteral("sandbox-secret")) const;

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_root;
};
