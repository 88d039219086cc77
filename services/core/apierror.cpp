#include "apierror.h"

#include <QStringList>

#include <algorithm>

namespace {

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Http:
        return QStringLiteral("HttpError");
    case ApiError::Kind::Network:
        return QStringLiteral("NetworkError");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Parse:
        return QStringLiteral("UnreadableAnswer");
    case ApiError::Kind::TokenExpired:
        return QStringLiteral("TokenExpired");
    case ApiError::Kind::Throttled:
        return QStringLiteral("Throttled");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    }
    return QStringLiteral("Error");
}

// "40 seconds", "12 minutes", "about 2 hours": how long to wait, rounded the way people say it.
QString waitDuration(int seconds)
{
    if (seconds < 90)
        return ApiError::tr("%n second(s)", nullptr, seconds);
    const int minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return ApiError::tr("%n minute(s)", nullptr, minutes);
    const int hours = (minutes + 30) / 60;
    return ApiError::tr("about %n hour(s)", nullptr, hours);
}

} // namespace

ApiError ApiError::http(Service service, int httpStatus, const QString &code,
                        const QString &message, const QString &requestId)
{
    ApiError error(Kind::Http, service);
    error.m_httpStatus = httpStatus;
    error.m_code = code;
    error.m_message = message;
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::network(Service service, const QString &detail)
{
    ApiError error(Kind::Network, service);
    error.m_message = detail;
    return error;
}

ApiError ApiError::timeout(Service service, int seconds)
{
    ApiError error(Kind::Timeout, service);
    error.m_message = QStringLiteral("no complete answer within %1 s").arg(seconds);
    return error;
}

ApiError ApiError::parse(Service service, const QString &field, const QString &problem)
{
    ApiError error(Kind::Parse, service);
    error.m_field = field;
    error.m_message = problem;
    return error;
}

ApiError ApiError::tokenExpired(Service service, int httpStatus, const QString &requestId)
{
    ApiError error(Kind::TokenExpired, service);
    error.m_httpStatus = httpStatus;
    error.m_code = QStringLiteral("TokenExpired");
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::throttled(Service service, int retryAfterSeconds, const QString &requestId)
{
    ApiError error(Kind::Throttled, service);
    error.m_httpStatus = 429;
    error.m_retryAfterSeconds = retryAfterSeconds;
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::throttledWithoutRetryAfter(Service service, int waitedSeconds,
                                              const QString &requestId)
{
    ApiError error = throttled(service, 0, requestId);
    error.m_waitedSeconds = std::max(0, waitedSeconds);
    return error;
}

ApiError ApiError::cancelled(Service service)
{
    return ApiError(Kind::Cancelled, service);
}

ApiError ApiError::keychainUnavailable(const QString &detail, bool locked)
{
    ApiError error(Kind::KeychainUnavailable, Service::Keychain);
    error.m_code = locked ? QStringLiteral("KeychainLocked") : QStringLiteral("NoKeychain");
    error.m_message = detail;
    return error;
}

QString ApiError::serviceName(Service service)
{
    switch (service) {
    case Service::PowerBi:
        return QStringLiteral("Power BI");
    case Service::MicrosoftIdentity:
        return tr("Microsoft sign-in");
    case Service::Xero:
        return QStringLiteral("Xero");
    case Service::Keychain:
        return tr("The system keychain");
    case Service::Desktop:
        return tr("The desktop notification service");
    case Service::Scheduler:
        return QStringLiteral("systemd");
    }
    return {};
}

ApiError ApiError::withExplanation(const QString &sentence) const
{
    ApiError explained = *this;
    explained.m_explanation = sentence;
    return explained;
}

QString ApiError::plainSentence() const
{
    if (!m_explanation.isEmpty())
        return m_explanation;
    const QString name = serviceName(m_service);
    switch (m_kind) {
    case Kind::Http:
        if (m_httpStatus == 404)
            return tr("%1 could not find what was asked for: it may have been deleted or "
                      "you may no longer have access to it.")
                .arg(name);
        if (m_httpStatus == 401 || m_httpStatus == 403)
            return tr("%1 refused the request: the signed-in account is not allowed to do "
                      "this.")
                .arg(name);
        if (m_httpStatus >= 500)
            return tr("%1 had a problem of its own (HTTP %2). Try again in a few minutes.")
                .arg(name)
                .arg(m_httpStatus);
        if (!m_message.isEmpty())
            return tr("%1 refused the request: %2").arg(name, m_message);
        return tr("%1 refused the request (HTTP %2).").arg(name).arg(m_httpStatus);
    case Kind::Network:
        return tr("%1 could not be reached. Check the network connection and try again.").arg(name);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Try again in a few minutes.").arg(name);
    case Kind::Parse:
        return tr("%1 sent an answer this program does not understand (at \"%2\").")
            .arg(name, m_field);
    case Kind::TokenExpired:
        return tr("Your %1 sign-in has expired. Sign in again.").arg(name);
    case Kind::Throttled:
        if (!retryAfterGiven())
            return tr("%1 is receiving too many requests and did not say how long to wait. This "
                      "program waited %2 between its tries of its own accord; try again in a few "
                      "minutes.")
                .arg(name, waitDuration(m_waitedSeconds));
        return tr("%1 is receiving too many requests and asked to wait %2 before trying "
                  "again.")
            .arg(name, waitDuration(m_retryAfterSeconds));
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::KeychainUnavailable:
        if (m_code == QLatin1String("KeychainLocked"))
            return tr("The system keychain is locked, so your sign-ins cannot be saved: they are "
                      "kept only until the program closes. Unlock the keychain, then restart "
                      "the program to save them.");
        return tr("No system keychain is available, so your sign-ins cannot be saved: they are "
                  "kept only until the program closes.");
    }
    return {};
}

QString ApiError::technicalDetails() const
{
    static const char *const kindNames[] = {
        "http",          "network",   "timeout",   "parse",
        "token-expired", "throttled", "cancelled", "keychain-unavailable"};
    QStringList lines;
    lines << QStringLiteral("service: %1").arg(serviceName(m_service));
    lines << QStringLiteral("kind: %1").arg(QLatin1String(kindNames[static_cast<int>(m_kind)]));
    if (m_httpStatus != 0)
        lines << QStringLiteral("HTTP status: %1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        lines << QStringLiteral("code: %1").arg(m_code);
    if (!m_message.isEmpty())
        lines << QStringLiteral("message: %1").arg(m_message);
    if (!m_field.isEmpty())
        lines << QStringLiteral("field: %1").arg(m_field);
    if (m_kind == Kind::Throttled && retryAfterGiven())
        lines << QStringLiteral("retry after: %1 s").arg(m_retryAfterSeconds);
    else if (m_kind == Kind::Throttled)
        lines << QStringLiteral("retry after: not given (waited %1 s)").arg(m_waitedSeconds);
    if (!m_requestId.isEmpty())
        lines << QStringLiteral("request id: %1").arg(m_requestId);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::codeOrKind() const
{
    return code().isEmpty() ? kindName(kind()) : code();
}
