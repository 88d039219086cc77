#pragma once

#include "sandboxfault.h"
#include "sandboxorigin.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxscenario.h"
#include "sandboxxerotokens.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class FederatedIdentitySandbox;
class GoogleIdentitySandbox;
class MicrosoftIdentitySandbox;
class PowerBiSandboxApi;
class PowerBiWebSandbox;
class SandboxControlApi;
class SandboxHttpServer;
class SandboxScheduler;
class XeroApiSandbox;
class XeroAuthorizeSandbox;
class XeroIdentitySandbox;
struct SandboxContext;

// The built-in sandbox: an HTTP server on 127.0.0.1 that speaks Power BI, Microsoft identity
// and Xero (see the README for the routes and the ready scenario), with a movable clock,
// latency and fault injection. Several instances can run in one process: nothing is global.
//
// It answers on several origins (SandboxOrigin), one port each, as the real sign-ins cross
// hosts: the main one (rootUrl(), what clients are configured with), Xero's consent, a
// federated identity provider and Google. Each origin serves only its own routes; the others
// are found through originUrl() or GET /_sandbox/origins on the main one.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // 127.0.0.1 only. port is the main origin's (0 = a random free port); the other origins
    // always take free ports.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const; // the main origin's
    QUrl rootUrl() const; // the main origin: http://127.0.0.1:PORT (no trailing slash)
    QUrl originUrl(SandboxOrigin origin) const;
    SandboxOrigins origins() const;

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
    // "Workspace 001"... (shared capacity), empty for paging tests, or with datasetsEach datasets
    // each, one in xeroEvery reading Xero, for the benchmark (SandboxCatalogue).
    void addWorkspaces(int count, int datasetsEach = 0, int xeroEvery = 0);

    // Shortcuts equal to a completed sign-in, for tests:
    QString issuePowerBiAccessToken(const QString &user = QStringLiteral("alex@contoso.example"));
    QString issueServicePrincipalAccessToken(
        const QString &clientId = SandboxScenario::servicePrincipalClientId);
    // {accessToken, refreshToken}, for the Xero app clientId.
    SandboxXeroTokens
    issueXeroTokens(const QStringList &tenantIds,
                    const QString &clientId = QStringLiteral("sandbox-xero-client"));
    // As if the owner had entered the credentials of the ready scenario's Xero data source on
    // the Power BI page for this organisation: a lasting credential, any pushed token gone.
    void enterLastingXeroCredential(const QString &tenantId);

    // Answers one request as the HTTP transport would (faults and latency included).
    SandboxReply answer(const SandboxRequest &request);

    // What outlasts a start of the program (SandboxSnapshot), and taking it back. restore()
    // fails, leaving the sandbox as it was, on a document this version cannot read.
    QJsonObject snapshot() const;
    bool restore(const QJsonObject &snapshot, QString *problem);

signals:
    // After every answer and every move of the clock: what snapshot() gives may have changed.
    void changed();

private:
    SandboxReply answerNow(const SandboxRequest &request);
    std::optional<SandboxReply> injectedFault(const SandboxRequest &request);
    SandboxReply route(const SandboxRequest &request);
    SandboxReply routeMain(const SandboxRequest &request);
    bool listenOn(SandboxOrigin origin, quint16 port);
    void stopListening();

    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<PowerBiSandboxApi> m_powerBi;
    std::unique_ptr<PowerBiWebSandbox> m_powerBiWeb;
    std::unique_ptr<SandboxScheduler> m_scheduler;
    std::unique_ptr<MicrosoftIdentitySandbox> m_microsoft;
    std::unique_ptr<XeroIdentitySandbox> m_xeroIdentity;
    std::unique_ptr<XeroAuthorizeSandbox> m_xeroAuthorize;
    std::unique_ptr<FederatedIdentitySandbox> m_identityProvider;
    std::unique_ptr<GoogleIdentitySandbox> m_google;
    std::unique_ptr<XeroApiSandbox> m_xeroApi;
    std::unique_ptr<SandboxControlApi> m_control;
    QList<SandboxHttpServer *> m_http; // one per origin, once listening
    QList<SandboxFault> m_faults;
    int m_latencyMilliseconds = 0;
    quint16 m_port = 0;
    QString m_errorString;
};
