#pragma once

#include <QCoreApplication>
#include <QString>

// Everything that can go wrong when the program talks to Power BI, Microsoft sign-in or Xero,
// in one value: what a user reads (plainSentence) and what support needs (technicalDetails).
// It never holds a token or a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Http,                // the service answered with an error status
        Network,             // no answer: refused, reset, host not found, dropped
        Timeout,             // no complete answer within the transfer timeout
        Parse,               // the answer does not follow the documented shape
        TokenExpired,        // 401, or 403 with the code TokenExpired: sign-in must refresh
        Throttled,           // 429 or 503 asking to wait longer than the transport waits
        Cancelled,           // the caller cancelled the operation
        KeychainUnavailable, // no system keychain, or it is locked: secrets stay in memory
    };

    enum class Service
    {
        PowerBi,
        MicrosoftIdentity,
        Xero,
        Keychain,
        Desktop,   // the desktop's notification service (D-Bus)
        Scheduler, // the system's scheduler of the user's runs (systemd --user)
    };

    static ApiError http(Service service, int httpStatus, const QString &code,
                         const QString &message, const QString &requestId = {});
    static ApiError network(Service service, const QString &detail);
    static ApiError timeout(Service service, int seconds);
    static ApiError parse(Service service, const QString &field, const QString &problem);
    static ApiError tokenExpired(Service service, int httpStatus, const QString &requestId = {});
    static ApiError throttled(Service service, int retryAfterSeconds,
                              const QString &requestId = {});
    // Throttled with no Retry-After: the service named no wait; the program waited
    // waitedSeconds between its tries of its own accord.
    static ApiError throttledWithoutRetryAfter(Service service, int waitedSeconds,
                                               const QString &requestId = {});
    static ApiError cancelled(Service service);
    // detail is the keychain's own message (never a secret); locked tells the two cases apart.
    static ApiError keychainUnavailable(const QString &detail, bool locked);

    Kind kind() const { return m_kind; }
    Service service() const { return m_service; }
    int httpStatus() const { return m_httpStatus; }
    // The service's own error code (Power BI "error.code", OAuth "error"), empty if none.
    QString code() const { return m_code; }
    // The service's code, or where there is none, the kind's name ("NetworkError", "Timeout"...):
    // what scripts and the watch's memory tell errors apart by.
    QString codeOrKind() const;
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    // For Parse: the JSON path of the offending member, such as "value[2].startTime".
    QString field() const { return m_field; }
    // For Throttled: how long the service asked to wait, in seconds (0 when it did not say:
    // see retryAfterGiven()).
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    bool retryAfterGiven() const { return m_waitedSeconds < 0; }

    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    // The same error, told to the user with a sentence from a layer that knows why it happened
    // (who was signed in, what was being changed); the technical details stay the service's.
    ApiError withExplanation(const QString &sentence) const;
    void setHttpStatus(int httpStatus) { m_httpStatus = httpStatus; }

    // One plain sentence in the user's language.
    QString plainSentence() const;
    // Status, code, request id, field: one line each, for "Show details" and "Copy details".
    QString technicalDetails() const;
    static QString serviceName(Service service);

private:
    ApiError(Kind kind, Service service)
        : m_kind(kind)
        , m_service(service)
    {}

    Kind m_kind;
    Service m_service;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = 0;
    // For Throttled without Retry-After: the program's own waits; -1 when Retry-After came.
    int m_waitedSeconds = -1;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_field;
    QString m_explanation;
};
