#include "httptransport.h"

#include "jsonreader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcHttp, "xra.http")

struct HttpTransport::Operation
{
    OperationId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    Callback<HttpResponse> done;
    // Guarded: the network manager deletes its replies when it goes first (a program that
    // stops with a request in flight).
    QPointer<QNetworkReply> reply;
    QTimer *timeoutTimer = nullptr;
    QTimer *retryTimer = nullptr;
    int retries = 0;
    qint64 waitedSeconds = 0; // between retries, in all
    bool timedOut = false;
    bool cancelled = false;
    QMetaObject::Connection contextDestroyed;
};

HttpTransport::HttpTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

HttpTransport::~HttpTransport()
{
    // Callbacks must not run from a destructor: detach everything silently.
    for (auto &entry : m_operations)
        detach(*entry.second);
    m_operations.clear();
}

HttpTransport::OperationId HttpTransport::send(const HttpRequest &request, QObject *context,
                                               Callback<HttpResponse> done)
{
    Q_ASSERT(context);
    auto operation = std::make_unique<Operation>();
    const OperationId id = ++m_nextId;
    operation->id = id;
    operation->request = request;
    operation->context = context;
    operation->done = std::move(done);

    operation->timeoutTimer = new QTimer(this);
    operation->timeoutTimer->setSingleShot(true);
    connect(operation->timeoutTimer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    operation->retryTimer = new QTimer(this);
    operation->retryTimer->setSingleShot(true);
    connect(operation->retryTimer, &QTimer::timeout, this, [this, id] { startAttempt(id); });
    operation->contextDestroyed =
        connect(context, &QObject::destroyed, this, [this, id] { discard(id); });

    m_operations.emplace(id, std::move(operation));
    startAttempt(id);
    return id;
}

void HttpTransport::cancel(OperationId id)
{
    Operation *operation = find(id);
    if (!operation)
        return;
    operation->cancelled = true;
    if (operation->reply)
        operation->reply->abort(); // finished() follows synchronously and completes it
    else
        complete(id, ApiError::cancelled(operation->request.service()));
}

void HttpTransport::cancel(QObject *context)
{
    QList<OperationId> ids;
    for (const auto &entry : m_operations) {
        if (entry.second->context == context)
            ids.append(entry.first);
    }
    for (OperationId id : ids)
        cancel(id);
}

std::optional<qint64> HttpTransport::parseRetryAfter(const QByteArray &value,
                                                     const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.secsTo(date));
}

QDateTime HttpTransport::parseHttpDate(const QByteArray &value)
{
    // "Wed, 21 Oct 2015 07:28:00 GMT": Qt's RFC 2822 reader wants "+0000" for the zone.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

QPair<QString, QString> HttpTransport::errorCodeAndMessage(const QByteArray &body)
{
    const Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return {};
    const JsonReader reader(object.value());
    const QJsonValue error = reader.value(QStringLiteral("error"));
    if (error.isObject()) { // Power BI: {"error":{"code","message"}}
        const JsonReader details(error.toObject());
        return {details.value(QStringLiteral("code")).toString(),
                details.value(QStringLiteral("message")).toString()};
    }
    if (error.isString()) // OAuth: {"error","error_description"}
        return {error.toString(), reader.value(QStringLiteral("error_description")).toString()};
    // Xero API: {"Title","Status","Detail"}
    return {reader.value(QStringLiteral("title")).toString(),
            reader.value(QStringLiteral("detail")).toString()};
}

// Only an answer that says the token expired is worth a renewal: Power BI's 403 TokenExpired,
// a 401 whose code or detail says so (Xero's API: "TokenExpired: token expired at ..."), or
// whose WWW-Authenticate describes an expired token. Power BI also answers 401 for missing
// permissions (PowerBINotAuthorizedException: a tenant setting, not the data source's owner),
// and token endpoints answer 401 invalid_client: renewing there would only go round in
// circles, so those stay HTTP errors with their code.
bool HttpTransport::saysTokenExpired(const HttpResponse &response, const QString &code,
                                     const QString &message)
{
    const int status = response.status();
    if (status != 401 && status != 403)
        return false;
    if (code.compare(QLatin1String("TokenExpired"), Qt::CaseInsensitive) == 0)
        return true;
    if (status != 401)
        return false;
    const QString challenge = QString::fromLatin1(response.header("WWW-Authenticate"));
    return message.startsWith(QLatin1String("TokenExpired"), Qt::CaseInsensitive) ||
           (challenge.contains(QLatin1String("invalid_token"), Qt::CaseInsensitive) &&
            challenge.contains(QLatin1String("expired"), Qt::CaseInsensitive));
}

HttpTransport::Operation *HttpTransport::find(OperationId id) const
{
    const auto found = m_operations.find(id);
    return found == m_operations.end() ? nullptr : found->second.get();
}

void HttpTransport::startAttempt(OperationId id)
{
    Operation *operation = find(id);
    if (!operation)
        return;
    if (!m_network) {
        complete(id, ApiError::network(operation->request.service(),
                                       QStringLiteral("the network access is shut down")));
        return;
    }
    const HttpRequest &request = operation->request;
    QNetworkRequest networkRequest(request.url());
    const auto headers = request.headers();
    for (const auto &header : headers)
        networkRequest.setRawHeader(header.first, header.second);

    QNetworkReply *reply =
        request.method() == "GET"
            ? m_network->get(networkRequest)
            : m_network->sendCustomRequest(networkRequest, request.method(), request.body());
    operation->reply = reply;
    operation->timedOut = false;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    // A transfer timeout: the clock restarts whenever data moves.
    const auto restartTimeout = [timer = operation->timeoutTimer, this] {
        timer->start(m_transferTimeout);
    };
    connect(reply, &QNetworkReply::downloadProgress, this, restartTimeout);
    connect(reply, &QNetworkReply::uploadProgress, this, restartTimeout);
    operation->timeoutTimer->start(m_transferTimeout);
}

void HttpTransport::onTimeout(OperationId id)
{
    Operation *operation = find(id);
    if (!operation || !operation->reply)
        return;
    operation->timedOut = true;
    operation->reply->abort(); // finished() follows synchronously
}

void HttpTransport::onFinished(OperationId id)
{
    Operation *operation = find(id);
    if (!operation || !operation->reply)
        return;
    QNetworkReply *reply = operation->reply;
    operation->reply = nullptr;
    operation->timeoutTimer->stop();
    reply->deleteLater();

    const HttpRequest &request = operation->request;
    const QString path = request.url().path();
    if (operation->cancelled) {
        qCInfo(lcHttp).noquote() << request.method() << path << "cancelled";
        complete(id, ApiError::cancelled(request.service()));
        return;
    }
    if (operation->timedOut) {
        const auto milliseconds = m_transferTimeout.count();
        qCInfo(lcHttp).noquote() << request.method() << path << "timed out after" << milliseconds
                                 << "ms";
        complete(id, ApiError::timeout(request.service(), static_cast<int>(std::max<qint64>(
                                                              1, (milliseconds + 999) / 1000))));
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        qCInfo(lcHttp).noquote() << request.method() << path << "network error" << reply->error();
        complete(id, ApiError::network(request.service(), networkErrorDetail(reply->error())));
        return;
    }
    const HttpResponse response(status.toInt(), reply->readAll(), reply->rawHeaderPairs());
    if (response.status() >= 200 && response.status() < 300) {
        qCDebug(lcHttp).noquote() << request.method() << path << response.status() << "request id"
                                  << response.requestId();
        complete(id, response);
        return;
    }
    handleErrorStatus(id, response);
}

void HttpTransport::handleErrorStatus(OperationId id, const HttpResponse &response)
{
    Operation *operation = find(id);
    const ApiError::Service service = operation->request.service();
    const int status = response.status();
    const QString requestId = response.requestId();
    const auto [code, message] = errorCodeAndMessage(response.body());
    qCInfo(lcHttp).noquote() << operation->request.method() << operation->request.url().path()
                             << status << code << "request id" << requestId;

    if (saysTokenExpired(response, code, message)) {
        complete(id, ApiError::tokenExpired(service, status, requestId));
        return;
    }
    const ApiError httpError = ApiError::http(service, status, code, message, requestId);
    if (status == 429 || status == 503) {
        retryOrGiveUp(id, response, httpError);
        return;
    }
    complete(id, httpError);
}

void HttpTransport::retryOrGiveUp(OperationId id, const HttpResponse &response,
                                  const ApiError &finalError)
{
    Operation *operation = find(id);
    const ApiError::Service service = operation->request.service();
    const std::optional<qint64> retryAfter =
        parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    // Without Retry-After: 1, 2, 4 ... seconds.
    const qint64 wait = retryAfter.value_or(qint64(1) << std::min(operation->retries, 16));
    const auto asThrottled = [&](qint64 seconds) {
        ApiError throttled = ApiError::throttled(
            service, static_cast<int>(std::min<qint64>(seconds, std::numeric_limits<int>::max())),
            response.requestId());
        throttled.setHttpStatus(response.status());
        return throttled;
    };

    if (retryAfter && *retryAfter > m_retryAfterCap.count()) {
        qCInfo(lcHttp) << "Retry-After" << *retryAfter << "s is over the cap of"
                       << m_retryAfterCap.count() << "s: not waiting";
        complete(id, asThrottled(*retryAfter));
        return;
    }
    if (operation->retries >= m_maxRetries) {
        qCInfo(lcHttp) << "giving up after" << operation->retries << "retries";
        if (response.status() != 429)
            complete(id, finalError);
        else if (retryAfter)
            complete(id, asThrottled(*retryAfter));
        else
            // The service named no wait: the waits were the program's own, and said so.
            complete(
                id, ApiError::throttledWithoutRetryAfter(
                        service, static_cast<int>(operation->waitedSeconds), response.requestId()));
        return;
    }
    ++operation->retries;
    const qint64 boundedWait = std::min<qint64>(wait, m_retryAfterCap.count());
    operation->waitedSeconds += boundedWait;
    qCInfo(lcHttp).noquote() << operation->request.method() << operation->request.url().path()
                             << "retry" << operation->retries << "in" << boundedWait << "s";
    operation->retryTimer->start(std::chrono::seconds(boundedWait));
    if (boundedWait > 0)
        emit retryWaitStarted(service, boundedWait);
}

void HttpTransport::complete(OperationId id, Result<HttpResponse> result)
{
    auto node = m_operations.extract(id);
    if (node.empty())
        return;
    std::unique_ptr<Operation> operation = std::move(node.mapped());
    detach(*operation);
    // The operation is gone from the table before the callback runs: it may start new ones.
    if (operation->context && operation->done)
        operation->done(std::move(result));
}

void HttpTransport::discard(OperationId id)
{
    auto node = m_operations.extract(id);
    if (node.empty())
        return;
    qCDebug(lcHttp).noquote() << node.mapped()->request.method()
                              << node.mapped()->request.url().path()
                              << "abandoned: its context is gone";
    detach(*node.mapped());
}

void HttpTransport::detach(Operation &operation)
{
    disconnect(operation.contextDestroyed);
    if (operation.reply) {
        disconnect(operation.reply, nullptr, this, nullptr);
        operation.reply->abort();
        operation.reply->deleteLater();
        operation.reply = nullptr;
    }
    // deleteLater: this may run inside one of these timers' own timeout signal.
    for (QTimer *timer : {operation.timeoutTimer, operation.retryTimer}) {
        timer->stop();
        disconnect(timer, nullptr, this, nullptr);
        timer->deleteLater();
    }
}

QString HttpTransport::networkErrorDetail(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the connection was closed before the answer was complete");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("the server name could not be found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("a secure connection could not be established");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("the proxy could not be used");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("the transfer was aborted");
    default:
        break;
    }
    return QStringLiteral("network error %1").arg(static_cast<int>(error));
}
