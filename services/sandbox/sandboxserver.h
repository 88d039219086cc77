#pragma once

#include "sandboxfault.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxxerotokens.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class MicrosoftIdentitySandbox;
class PowerBiSandboxApi;
class PowerBiWebSandbox;
class SandboxControlApi;
class SandboxHttpServer;
class SandboxScheduler;
class XeroApiSandbox;
class XeroIdentitySandbox;
struct SandboxContext;

// The built-in sandbox: one HTTP server on 127.0.0.1 that speaks Power BI, Microsoft identity
// and Xero (the README's "The built-in sandbox" lists the routes and the ready scenario), with a
// movable clock, latency and fault injection. Several instances can run in one process: nothing
// is global.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 = random free port
    QString errorString() const;
    quint16 port() const;
    QUrl rootUrl() const; // http://127.0.0.1:PORT (no trailing slash)

    void reset();          // ready scenario again, clock offset 0, no faults, no latency, no tokens
    QDateTime now() const; // the sandbox clock (UTC): real time + offset
    // Moves the clock on; the scheduled refreshes whose slots it passes happen (SandboxScheduler).
    void advanceClock(qint64 seconds);
    qint64 clockOffsetSeconds() const;
    void setLatency(int milliseconds);
    int latency() const;
    void addFault(const SandboxFault &fault);
    void clearFaults();
    int pendingFaults() const;
    void addWorkspaces(int count); // "Workspace 001"... for paging tests (shared capacity, empty)

    // Shortcuts equal to a completed sign-in, for tests:
    QString issuePowerBiAccessToken(const QString &user = QStringLiteral("alex@contoso.example"));
    QString issueServicePrincipalAccessToken();
    // {accessToken, refreshToken}, for the Xero app clientId.
    SandboxXeroTokens
    issueXeroTokens(const QStringList &tenantIds,
                    const QString &clientId = QStringLiteral("sandbox-xero-client"));
    // As if the owner had entered the credentials of the ready scenario's Xero data source on
    // the Power BI page for this organisation: a lasting credential, any pushed token gone.
    void enterLastingXeroCredential(const QString &tenantId);

    // Answers one request as the HTTP transport would (faults and latency included).
    SandboxReply answer(const SandboxRequest &request);

private:
    std::optional<SandboxReply> injectedFault(const SandboxRequest &request);
    SandboxReply route(const SandboxRequest &request);

    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<PowerBiSandboxApi> m_powerBi;
    std::unique_ptr<PowerBiWebSandbox> m_powerBiWeb;
    std::unique_ptr<SandboxScheduler> m_scheduler;
    std::unique_ptr<MicrosoftIdentitySandbox> m_microsoft;
    std::unique_ptr<XeroIdentitySandbox> m_xeroIdentity;
    std::unique_ptr<XeroApiSandbox> m_xeroApi;
    std::unique_ptr<SandboxControlApi> m_control;
    SandboxHttpServer *m_http = nullptr;
    QList<SandboxFault> m_faults;
    int m_latencyMilliseconds = 0;
    quint16 m_port = 0;
    QString m_errorString;
};
