#pragma once

#include "httptransport.h"
#include "oauthtokens.h"
#include "result.h"
#include "utcclock.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

// The token endpoint side of OAuth 2.0, shared by Microsoft and Xero: a form-encoded POST
// through the transport, the answer read into OAuthTokens, an error answer
// {"error","error_description"} turned into ApiError::http with code = error. A 401 here means
// a wrong client (invalid_client), not an expired token, so it stays an ordinary error.
// Request bodies hold codes, verifiers, refresh tokens and secrets: they are never logged
// (the transport logs method, path, status and request id only).
class OAuthClient
{
public:
    using Form = QList<QPair<QString, QString>>;

    OAuthClient(HttpTransport *transport, ApiError::Service service);

    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    ApiError::Service service() const { return m_service; }
    HttpTransport *transport() const { return m_transport; }

    // POST form to tokenUrl; the answer as tokens.
    void requestTokens(const QUrl &tokenUrl, const Form &form, QObject *context,
                       Callback<OAuthTokens> done) const;
    // POST form to url, expecting a 2xx without a body of interest (revocation).
    void postForm(const QUrl &url, const Form &form, QObject *context, Callback<Done> done) const;

    // application/x-www-form-urlencoded, every name and value percent-encoded (a '+' or '&'
    // in a secret must survive).
    static QByteArray formEncode(const Form &form);

private:
    HttpRequest formRequest(const QUrl &url, const Form &form) const;

    QPointer<HttpTransport> m_transport;
    ApiError::Service m_service;
    UtcClock m_clock = systemUtcClock();
};
