#include "powerbiclient.h"

#include "answerlater.h"
#include "asyncguard.h"
#include "credentialdetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPowerBi, "xra.powerbi")

namespace {

constexpr auto service = ApiError::Service::PowerBi;
const QString apiPrefix = QStringLiteral("/v1.0/myorg");
// A service that ignores $top would otherwise page forever.
constexpr int maxWorkspacePages = 1000;
// How long before the POST's acceptance a refresh may seem to start (clock rounding, skew).
constexpr qint64 startToleranceSeconds = 10;

QString encoded(const QString &id)
{
    return DatasetRef::encodedSegment(id);
}

} // namespace

PowerBiClient::PowerBiClient(HttpTransport *transport, const QUrl &apiRoot, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_apiRoot(apiRoot)
{}

void PowerBiClient::setWorkspacePageSize(int pageSize)
{
    m_workspacePageSize = std::max(1, pageSize);
}

QUrl PowerBiClient::apiUrl(const QString &encodedPath, const QUrlQuery &query) const
{
    QUrl url = m_apiRoot;
    QString rootPath = url.path(QUrl::FullyEncoded);
    while (rootPath.endsWith(QLatin1Char('/')))
        rootPath.chop(1);
    url.setPath(rootPath + apiPrefix + encodedPath, QUrl::TolerantMode);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

HttpRequest PowerBiClient::request(const QByteArray &method, const QString &encodedPath,
                                   const QUrlQuery &query) const
{
    HttpRequest request(method, apiUrl(encodedPath, query), service);
    request.setBearerToken(m_accessToken);
    request.setHeader("Accept", "application/json");
    return request;
}

void PowerBiClient::send(const HttpRequest &request, QObject *context, Callback<HttpResponse> done)
{
    if (!m_transport) {
        answerLater<HttpResponse>(context, std::move(done),
                                  ApiError::network(service, QStringLiteral("no transport")));
        return;
    }
    m_transport->send(request, context, std::move(done));
}

template<typename T, typename Parse>
void PowerBiClient::get(const HttpRequest &request, QObject *context, Parse parse, Callback<T> done)
{
    send(request, context, [parse, done](Result<HttpResponse> response) {
        if (!response) {
            done(response.error());
            return;
        }
        Result<T> parsed = parse(response.value().body());
        if (!parsed) {
            ApiError error = parsed.error();
            error.setRequestId(response.value().requestId());
            // Info, not a warning: the error itself reaches the user, field and request id
            // included; a warning would print a developer's line before the user's sentence.
            qCInfo(lcPowerBi).noquote() << "unreadable answer at" << error.field() << ":"
                                        << error.message() << "request id" << error.requestId();
            done(error);
            return;
        }
        done(std::move(parsed));
    });
}

void PowerBiClient::sendExpectingNothing(const HttpRequest &request, QObject *context,
                                         Callback<Done> done)
{
    send(request, context, [done](Result<HttpResponse> response) {
        if (!response)
            done(response.error());
        else
            done(Done{});
    });
}

void PowerBiClient::listWorkspaces(QObject *context, Callback<QList<Workspace>> done)
{
    fetchWorkspacePage(0, {}, context, std::move(done));
}

void PowerBiClient::fetchWorkspacePage(int skip, QList<Workspace> collected, QObject *context,
                                       Callback<QList<Workspace>> done)
{
    const int pageSize = m_workspacePageSize;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("$skip"), QString::number(skip));
    get<QList<Workspace>>(
        request("GET", QStringLiteral("/groups"), query), context, &Workspace::listFromJson,
        guard().then<QList<Workspace>>(done, [this, skip, pageSize,
                                              collected = std::move(collected), context,
                                              done](const QList<Workspace> &page) mutable {
            collected.append(page);
            // A short page is the last; a longer one means the service ignored $top.
            const bool last = page.size() != pageSize || skip / pageSize + 1 >= maxWorkspacePages;
            if (last)
                return done(std::move(collected));
            fetchWorkspacePage(skip + static_cast<int>(page.size()), std::move(collected), context,
                               done);
        }));
}

void PowerBiClient::findWorkspaces(const QString &filter, QObject *context,
                                   Callback<QList<Workspace>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    get<QList<Workspace>>(request("GET", QStringLiteral("/groups"), query), context,
                          &Workspace::listFromJson, std::move(done));
}

// OData string literals double their quotes.
static QString odataString(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString PowerBiClient::workspaceIdFilter(const QString &id)
{
    return QStringLiteral("id eq ") + odataString(id);
}

QString PowerBiClient::workspaceNameFilter(const QString &name)
{
    return QStringLiteral("name eq ") + odataString(name);
}

void PowerBiClient::listDatasets(const QString &workspaceId, QObject *context,
                                 Callback<QList<Dataset>> done)
{
    const QString path = workspaceId.isEmpty() ? QStringLiteral("/datasets")
                                               : QStringLiteral("/groups/") + encoded(workspaceId) +
                                                     QStringLiteral("/datasets");
    get<QList<Dataset>>(
        request("GET", path), context,
        [workspaceId](const QByteArray &body) { return Dataset::listFromJson(body, workspaceId); },
        std::move(done));
}

void PowerBiClient::getDataset(const DatasetRef &dataset, QObject *context, Callback<Dataset> done)
{
    const QString workspaceId = dataset.workspaceId();
    get<Dataset>(
        request("GET", dataset.pathPrefix()), context,
        [workspaceId](const QByteArray &body) { return Dataset::fromBody(body, workspaceId); },
        std::move(done));
}

void PowerBiClient::refreshHistory(const DatasetRef &dataset, int top, QObject *context,
                                   Callback<QList<Refresh>> done)
{
    QUrlQuery query;
    if (top > 0)
        query.addQueryItem(QStringLiteral("$top"), QString::number(top));
    get<QList<Refresh>>(request("GET", dataset.pathPrefix() + QStringLiteral("/refreshes"), query),
                        context, &Refresh::listFromJson, std::move(done));
}

void PowerBiClient::refreshSchedule(const DatasetRef &dataset, QObject *context,
                                    Callback<RefreshSchedule> done)
{
    get<RefreshSchedule>(request("GET", dataset.pathPrefix() + QStringLiteral("/refreshSchedule")),
                         context, &RefreshSchedule::fromBody, std::move(done));
}

void PowerBiClient::updateRefreshSchedule(const DatasetRef &dataset,
                                          const RefreshScheduleChange &change, QObject *context,
                                          Callback<RefreshSchedule> done)
{
    HttpRequest patch = request("PATCH", dataset.pathPrefix() + QStringLiteral("/refreshSchedule"));
    patch.setJsonBody(change.toPatchBody());
    sendExpectingNothing(patch, context,
                         guard().then<Done>(done, [this, dataset, context, done](Done) {
                             refreshSchedule(dataset, context, done);
                         }));
}

void PowerBiClient::listDatasources(const DatasetRef &dataset, QObject *context,
                                    Callback<QList<Datasource>> done)
{
    get<QList<Datasource>>(request("GET", dataset.pathPrefix() + QStringLiteral("/datasources")),
                           context, &Datasource::listFromJson, std::move(done));
}

void PowerBiClient::getGateway(const QString &gatewayId, QObject *context, Callback<Gateway> done)
{
    get<Gateway>(request("GET", QStringLiteral("/gateways/") + encoded(gatewayId)), context,
                 &Gateway::fromBody, std::move(done));
}

void PowerBiClient::findOnPremisesGateway(const QString &gatewayId, QObject *context,
                                          Callback<std::optional<Gateway>> done)
{
    getGateway(gatewayId, context, [done](Result<Gateway> gateway) {
        if (!gateway) {
            const ApiError &error = gateway.error();
            if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404)
                return done(std::optional<Gateway>());
            return done(error);
        }
        if (!gateway.value().isOnPremises())
            return done(std::optional<Gateway>());
        done(std::optional<Gateway>(gateway.value()));
    });
}

void PowerBiClient::setOAuth2Credentials(const QString &gatewayId, const QString &datasourceId,
                                         const QString &accessToken, QObject *context,
                                         Callback<Done> done)
{
    patchCredentials(gatewayId, datasourceId, CredentialDetails::cloudOAuth2(accessToken), context,
                     std::move(done));
}

void PowerBiClient::setEncryptedOAuth2Credentials(const QString &gatewayId,
                                                  const QString &datasourceId,
                                                  const QString &accessToken,
                                                  const GatewayPublicKey &key, QObject *context,
                                                  Callback<Done> done)
{
    const Result<QJsonObject> details = CredentialDetails::onPremisesOAuth2(accessToken, key);
    if (!details) {
        qCWarning(lcPowerBi).noquote()
            << "gateway" << gatewayId << "has an unusable key at" << details.error().field();
        answerLater<Done>(context, std::move(done), details.error());
        return;
    }
    patchCredentials(gatewayId, datasourceId, details.value(), context, std::move(done));
}

void PowerBiClient::patchCredentials(const QString &gatewayId, const QString &datasourceId,
                                     const QJsonObject &details, QObject *context,
                                     Callback<Done> done)
{
    HttpRequest patch =
        request("PATCH", QStringLiteral("/gateways/") + encoded(gatewayId) +
                             QStringLiteral("/datasources/") + encoded(datasourceId));
    patch.setJsonBody(CredentialDetails::patchBody(details));
    sendExpectingNothing(patch, context, std::move(done));
}

void PowerBiClient::refreshNow(const DatasetRef &dataset, const QString &notifyOption,
                               QObject *context, Callback<RefreshStart> done)
{
    QJsonObject body;
    if (!notifyOption.isEmpty())
        body.insert(QStringLiteral("notifyOption"), notifyOption);
    startRefresh(dataset, body, context, std::move(done));
}

void PowerBiClient::startRefresh(const DatasetRef &dataset, const QJsonObject &body,
                                 QObject *context, Callback<RefreshStart> done)
{
    HttpRequest post = request("POST", dataset.pathPrefix() + QStringLiteral("/refreshes"));
    post.setJsonBody(body);
    send(post, context, [done](Result<HttpResponse> response) {
        if (!response) {
            done(response.error());
            return;
        }
        const RefreshStart start = refreshStartFrom(response.value());
        qCInfo(lcPowerBi).noquote()
            << "refresh accepted, request id" << start.requestId << "refresh id" << start.refreshId;
        done(start);
    });
}

RefreshStart PowerBiClient::refreshStartFrom(const HttpResponse &response)
{
    RefreshStart start;
    start.requestId = response.requestId();
    start.refreshId = QString::fromLatin1(response.header("x-ms-request-id").trimmed());
    start.location = QUrl::fromEncoded(response.header("Location").trimmed());
    if (start.refreshId.isEmpty() && start.location.isValid())
        start.refreshId = start.location.path().section(QLatin1Char('/'), -1);
    const QDateTime serviceTime = HttpTransport::parseHttpDate(response.header("Date"));
    start.acceptedAt = serviceTime.isValid() ? serviceTime : QDateTime::currentDateTimeUtc();
    return start;
}

void PowerBiClient::findRefresh(const DatasetRef &dataset, const RefreshStart &start,
                                QObject *context, Callback<std::optional<Refresh>> done)
{
    // A few entries are enough: the new one is the newest, or very nearly.
    refreshHistory(dataset, 5, context, [start, done](Result<QList<Refresh>> history) {
        if (!history) {
            done(history.error());
            return;
        }
        done(matchRefresh(history.value(), start));
    });
}

std::optional<Refresh> PowerBiClient::matchRefresh(const QList<Refresh> &history,
                                                   const RefreshStart &start)
{
    const auto sameId = [](const QString &a, const QString &b) {
        return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
    };
    for (const Refresh &refresh : history) {
        if (sameId(refresh.requestId(), start.requestId) ||
            sameId(refresh.requestId(), start.refreshId))
            return refresh;
    }
    // Without ids to compare: the newest entry that started after the POST was accepted.
    if (!start.acceptedAt.isValid())
        return std::nullopt;
    const QDateTime earliest = start.acceptedAt.addSecs(-startToleranceSeconds);
    const bool startHasId = !start.requestId.isEmpty() || !start.refreshId.isEmpty();
    std::optional<Refresh> newest;
    for (const Refresh &refresh : history) {
        if (startHasId && !refresh.requestId().isEmpty())
            continue; // it has an id, and not ours
        if (!refresh.startTime().isValid() || refresh.startTime() < earliest)
            continue;
        if (!newest || refresh.startTime() > newest->startTime())
            newest = refresh;
    }
    return newest;
}

void PowerBiClient::takeOver(const DatasetRef &dataset, QObject *context, Callback<Done> done)
{
    if (dataset.isInMyWorkspace()) {
        answerLater<Done>(context, std::move(done),
                          ApiError::http(service, 0, QStringLiteral("NotInWorkspace"),
                                         tr("Only a dataset in a workspace can be taken over.")));
        return;
    }
    sendExpectingNothing(
        request("POST", dataset.pathPrefix() + QStringLiteral("/Default.TakeOver")), context,
        std::move(done));
}

AsyncGuard PowerBiClient::guard() const
{
    return AsyncGuard(this, nullptr, service);
}

void PowerBiClient::cancel(QObject *context)
{
    if (m_transport)
        m_transport->cancel(context);
}
