#pragma once

#include "apierror.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "result.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkAccessManager;
class QTimer;

// The one place where the HTTP policy of the program lives, for Power BI, Microsoft sign-in
// and Xero alike (the request says which service it talks to):
// - every request has a transfer timeout (no data for that long: ApiError::timeout);
// - 429 and 503 are retried after Retry-After (seconds or HTTP date), at most maxRetries
//   times; a wait longer than the cap is not waited out but returned at once as
//   ApiError::throttled with the seconds the service asked for;
// - 401, and 403 with the Power BI code TokenExpired, give ApiError::tokenExpired and are not
//   retried here (the sign-in layer refreshes the token and calls again); other 4xx are not
//   retried;
// - error bodies ({"error":{"code","message"}}, OAuth's {"error","error_description"}, Xero's
//   {"Title","Detail"}) become ApiError::http with the request id;
// - the callback runs at most once and never after its context object is destroyed: the
//   transfer is aborted then.
// Logged under "xra.http": method, path (never the query), status, request id, retry waits.
// Never a header value or a body.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using OperationId = quint64;

    // network must outlive the transport; tests give each transport their own.
    explicit HttpTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpTransport() override;

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setRetryAfterCap(std::chrono::seconds cap) { m_retryAfterCap = cap; }
    std::chrono::seconds retryAfterCap() const { return m_retryAfterCap; }
    void setMaxRetries(int count) { m_maxRetries = count; }
    int maxRetries() const { return m_maxRetries; }

    // Sends request; done gets the 2xx answer or the error. Returns a handle for cancel().
    OperationId send(const HttpRequest &request, QObject *context, Callback<HttpResponse> done);
    // The callback of a cancelled operation runs with ApiError::cancelled (synchronously).
    void cancel(OperationId id);
    // Cancels every operation started with this context.
    void cancel(QObject *context);
    int pendingCount() const { return static_cast<int>(m_operations.size()); }

    // Seconds to wait from a Retry-After value ("120" or an HTTP date); nullopt if unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    // An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT") in UTC; invalid if unreadable.
    static QDateTime parseHttpDate(const QByteArray &value);
    // The service's error code and message from an error body of any of the known shapes.
    static QPair<QString, QString> errorCodeAndMessage(const QByteArray &body);
    // Whether an error answer says the bearer token expired (and nothing else).
    static bool saysTokenExpired(const HttpResponse &response, const QString &code,
                                 const QString &message);

signals:
    // A 429 or 503 is waited out before the request is sent again: seconds of silence that the
    // windows show as a countdown rather than as work.
    void retryWaitStarted(ApiError::Service service, qint64 seconds);

private:
    struct Operation;

    Operation *find(OperationId id) const;
    void startAttempt(OperationId id);
    void onTimeout(OperationId id);
    void onFinished(OperationId id);
    void handleErrorStatus(OperationId id, const HttpResponse &response);
    void retryOrGiveUp(OperationId id, const HttpResponse &response, const ApiError &finalError);
    void complete(OperationId id, Result<HttpResponse> result);
    void discard(OperationId id);
    void detach(Operation &operation);
    static QString networkErrorDetail(QNetworkReply::NetworkError error);

    QPointer<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_transferTimeout{30000};
    std::chrono::seconds m_retryAfterCap{60};
    int m_maxRetries = 3;
    OperationId m_nextId = 0;
    std::unordered_map<OperationId, std::unique_ptr<Operation>> m_operations;
};
