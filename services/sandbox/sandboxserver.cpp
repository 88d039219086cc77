#include "sandboxserver.h"

#include "federatedidentitysandbox.h"
#include "googleidentitysandbox.h"
#include "microsoftidentitysandbox.h"
#include "powerbisandboxapi.h"
#include "powerbiwebsandbox.h"
#include "sandboxcatalogue.h"
#include "sandboxcontext.h"
#include "sandboxcontrolapi.h"
#include "sandboxhttpserver.h"
#include "sandboxids.h"
#include "sandboxscenario.h"
#include "sandboxscheduler.h"
#include "sandboxsnapshot.h"
#include "sandboxxeroconnector.h"
#include "xeroapisandbox.h"
#include "xeroauthorizesandbox.h"
#include "xeroidentitysandbox.h"

#include <QRegularExpression>
#include <QTcpServer>

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<SandboxContext>())
    , m_powerBi(std::make_unique<PowerBiSandboxApi>(*m_context))
    , m_powerBiWeb(std::make_unique<PowerBiWebSandbox>(*m_context))
    , m_scheduler(std::make_unique<SandboxScheduler>(*m_context))
    , m_microsoft(std::make_unique<MicrosoftIdentitySandbox>(*m_context))
    , m_xeroIdentity(std::make_unique<XeroIdentitySandbox>(*m_context))
    , m_xeroAuthorize(std::make_unique<XeroAuthorizeSandbox>(*m_context))
    , m_identityProvider(std::make_unique<FederatedIdentitySandbox>(*m_context))
    , m_google(std::make_unique<GoogleIdentitySandbox>(*m_context))
    , m_xeroApi(std::make_unique<XeroApiSandbox>(*m_context))
    , m_control(std::make_unique<SandboxControlApi>(*this))
{
    m_context->serviceCall = [this](const SandboxRequest &request) {
        return route(request);
    };
    reset();
}

SandboxServer::~SandboxServer()
{
    // The transport goes first: no request may reach the APIs while they are destroyed.
    stopListening();
}

bool SandboxServer::listen(quint16 port)
{
    if (m_port != 0) {
        m_errorString = QStringLiteral("The sandbox is already listening on port %1.").arg(m_port);
        return false;
    }
    for (const SandboxOrigin origin : SandboxOrigins::all()) {
        if (!listenOn(origin, origin == SandboxOrigin::Main ? port : 0)) {
            stopListening();
            return false;
        }
    }
    m_port = static_cast<quint16>(m_context->origins.main.port());
    m_errorString.clear();
    return true;
}

bool SandboxServer::listenOn(SandboxOrigin origin, quint16 port)
{
    auto *http = new SandboxHttpServer(
        [this](const SandboxRequest &request) { return answer(request); }, this);
    auto *tcpServer = new QTcpServer(http);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tcpServer->errorString();
        delete http;
        return false;
    }
    const QUrl root(QStringLiteral("http://127.0.0.1:%1").arg(tcpServer->serverPort()));
    http->bind(tcpServer);
    http->setOrigin(origin, root);
    m_context->origins.setUrl(origin, root);
    m_http.append(http);
    return true;
}

void SandboxServer::stopListening()
{
    qDeleteAll(m_http);
    m_http.clear();
    m_context->origins = SandboxOrigins();
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl SandboxServer::originUrl(SandboxOrigin origin) const
{
    return m_context->origins.url(origin);
}

SandboxOrigins SandboxServer::origins() const
{
    return m_context->origins;
}

void SandboxServer::reset()
{
    m_context->clock.reset();
    m_context->state = SandboxScenario::ready(m_context->clock.now());
    m_context->tokens.clear();
    m_context->microsoftCodes = SandboxAuthCodes();
    m_context->xeroCodes = SandboxAuthCodes();
    m_context->xeroGrants.clear();
    m_context->microsoftSessions.clear();
    m_context->lastingCredentials.clear();
    m_context->xeroSessions.clear();
    m_context->xeroGoogleSignIns.clear();
    m_context->googleCodes = SandboxAuthCodes();
    m_context->federatedSignIns.clear();
    m_context->federationAssertions.clear();
    m_xeroIdentity->reset();
    m_powerBiWeb->reset();
    m_scheduler->reset();
    m_faults.clear();
    m_latencyMilliseconds = 0;
}

QDateTime SandboxServer::now() const
{
    return m_context->clock.now();
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_context->clock.advance(seconds);
    m_scheduler->catchUp();
    emit changed();
}

qint64 SandboxServer::clockOffsetSeconds() const
{
    return m_context->clock.offsetSeconds();
}

void SandboxServer::setLatency(int milliseconds)
{
    m_latencyMilliseconds = std::max(0, milliseconds);
}

int SandboxServer::latency() const
{
    return m_latencyMilliseconds;
}

void SandboxServer::addFault(const SandboxFault &fault)
{
    if (fault.times > 0)
        m_faults.append(fault);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

int SandboxServer::pendingFaults() const
{
    return static_cast<int>(m_faults.size());
}

void SandboxServer::addWorkspaces(int count, int datasetsEach, int xeroEvery)
{
    SandboxCatalogue::add(m_context->state, {count, datasetsEach, xeroEvery}, now());
}

QString SandboxServer::issuePowerBiAccessToken(const QString &user)
{
    return m_microsoft->issuePowerBiAccessToken(user);
}

QString SandboxServer::issueServicePrincipalAccessToken(const QString &clientId)
{
    return m_microsoft->issueServicePrincipalAccessToken(clientId);
}

SandboxXeroTokens SandboxServer::issueXeroTokens(const QStringList &tenantIds,
                                                 const QString &clientId)
{
    return m_xeroIdentity->issueTokens(tenantIds, clientId);
}

void SandboxServer::enterLastingXeroCredential(const QString &tenantId)
{
    const SandboxXeroTokens tokens =
        m_xeroIdentity->issueTokens({tenantId}, SandboxXeroConnector::clientId);
    SandboxDatasource *datasource = m_context->state.datasource(SandboxScenario::xeroGatewayId,
                                                                SandboxScenario::xeroDatasourceId);
    SandboxLastingCredential credential;
    credential.refreshToken = tokens.refreshToken;
    credential.accessToken = tokens.accessToken;
    credential.tenantId = tenantId;
    credential.organisationName = SandboxXeroGrants::organisationName(tenantId);
    credential.enteredBy = SandboxScenario::microsoftUser;
    credential.enteredAt = now();
    m_context->lastingCredentials.set(datasource->gatewayId, datasource->datasourceId, credential);
    datasource->pushedXeroAccessToken.clear();
}

SandboxReply SandboxServer::answer(const SandboxRequest &request)
{
    SandboxReply reply = answerNow(request);
    emit changed();
    return reply;
}

SandboxReply SandboxServer::answerNow(const SandboxRequest &request)
{
    // Whatever the request, the scheduled refreshes whose time has come happen first.
    m_scheduler->catchUp();
    // The control routes are never delayed nor faulted: a test can always take the sandbox back.
    if (request.origin == SandboxOrigin::Main) {
        if (auto control = m_control->handle(request))
            return *control;
    }
    SandboxReply reply;
    if (auto fault = injectedFault(request))
        reply = *fault;
    else
        reply = route(request);
    reply.delayMilliseconds = std::max(reply.delayMilliseconds, m_latencyMilliseconds);
    return reply;
}

QJsonObject SandboxServer::snapshot() const
{
    return SandboxSnapshot::capture(*m_context, m_scheduler->checkedUntil());
}

bool SandboxServer::restore(const QJsonObject &snapshot, QString *problem)
{
    QDateTime scheduledUntil;
    if (!SandboxSnapshot::restore(snapshot, *m_context, &scheduledUntil, problem))
        return false;
    m_scheduler->setCheckedUntil(scheduledUntil);
    return true;
}

SandboxReply SandboxServer::route(const SandboxRequest &request)
{
    std::optional<SandboxReply> reply;
    switch (request.origin) {
    case SandboxOrigin::Main:
        return routeMain(request);
    case SandboxOrigin::XeroAuthorize:
        reply = m_xeroAuthorize->handle(request);
        break;
    case SandboxOrigin::IdentityProvider:
        reply = m_identityProvider->handle(request);
        break;
    case SandboxOrigin::Google:
        reply = m_google->handle(request);
        break;
    }
    return reply ? *reply : SandboxReply::text(404, "Not found\n", "text/plain; charset=utf-8");
}

SandboxReply SandboxServer::routeMain(const SandboxRequest &request)
{
    if (auto reply = m_powerBi->handle(request))
        return *reply;
    if (auto reply = m_powerBiWeb->handle(request))
        return *reply;
    if (auto reply = m_microsoft->handle(request))
        return *reply;
    if (auto reply = m_xeroIdentity->handle(request))
        return *reply;
    if (auto reply = m_xeroApi->handle(request))
        return *reply;
    return SandboxReply::text(404, "Not found\n", "text/plain; charset=utf-8");
}

std::optional<SandboxReply> SandboxServer::injectedFault(const SandboxRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        const bool methodMatches =
            fault.method.isEmpty() ||
            fault.method.compare(QString::fromLatin1(request.method), Qt::CaseInsensitive) == 0;
        if (!methodMatches || !QRegularExpression(fault.pathPattern).match(request.path).hasMatch())
            continue;

        if (fault.realAnswer) {
            const int delay = fault.delayMilliseconds;
            if (--fault.times <= 0)
                m_faults.removeAt(i);
            SandboxReply late = route(request);
            late.delayMilliseconds = delay;
            return late;
        }
        SandboxReply reply;
        reply.status = fault.status;
        reply.dropConnection = fault.dropConnection;
        reply.delayMilliseconds = fault.delayMilliseconds;
        if (fault.malformedJson) {
            // A body cut in the middle, as a dropped transfer or a broken proxy delivers it.
            reply.body = fault.body.isEmpty()
                             ? QByteArrayLiteral("{\"value\":[{\"id\":\"7f0a3c6e-1d2b")
                             : fault.body.left(std::max<qsizetype>(1, fault.body.size() / 2));
            reply.setHeader("Content-Type", "application/json; charset=utf-8");
        } else if (!fault.body.isEmpty()) {
            reply.body = fault.body;
            const QByteArray start = fault.body.trimmed().left(1);
            reply.setHeader("Content-Type", start == "{" || start == "["
                                                ? "application/json; charset=utf-8"
                                                : "text/plain; charset=utf-8");
        }
        for (const auto &[name, value] : fault.headers)
            reply.setHeader(name, value);
        if (request.path.startsWith(QStringLiteral("/v1.0/"), Qt::CaseInsensitive) &&
            reply.header("RequestId").isEmpty())
            reply.setHeader("RequestId", SandboxIds::guid().toLatin1());

        if (--fault.times <= 0)
            m_faults.removeAt(i);
        return reply;
    }
    return std::nullopt;
}
