#include "oauthclient.h"

OAuthClient::OAuthClient(HttpTransport *transport, ApiError::Service service)
    : m_transport(transport)
    , m_service(service)
{}

QByteArray OAuthClient::formEncode(const Form &form)
{
    QByteArray encoded;
    for (const auto &[name, value] : form) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

HttpRequest OAuthClient::formRequest(const QUrl &url, const Form &form) const
{
    HttpRequest request("POST", url, m_service);
    request.setBody(formEncode(form), "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    return request;
}

void OAuthClient::requestTokens(const QUrl &tokenUrl, const Form &form, QObject *context,
                                Callback<OAuthTokens> done) const
{
    if (!m_transport) {
        done(ApiError::network(m_service, QStringLiteral("the transport is gone")));
        return;
    }
    const ApiError::Service service = m_service;
    const UtcClock clock = m_clock;
    m_transport->send(formRequest(tokenUrl, form), context,
                      [service, clock, done = std::move(done)](Result<HttpResponse> answer) {
                          if (!answer) {
                              done(answer.error());
                              return;
                          }
                          Result<OAuthTokens> tokens =
                              OAuthTokens::fromAnswer(answer.value().body(), clock(), service);
                          if (!tokens) {
                              ApiError error = tokens.error();
                              error.setRequestId(answer.value().requestId());
                              done(error);
                              return;
                          }
                          done(std::move(tokens));
                      });
}

void OAuthClient::postForm(const QUrl &url, const Form &form, QObject *context,
                           Callback<Done> done) const
{
    if (!m_transport) {
        done(ApiError::network(m_service, QStringLiteral("the transport is gone")));
        return;
    }
    m_transport->send(formRequest(url, form), context,
                      [done = std::move(done)](Result<HttpResponse> answer) {
                          if (!answer)
                              done(answer.error());
                          else
                              done(Done{});
                      });
}
