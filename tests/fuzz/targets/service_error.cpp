// An error answer of any service: the status, the headers the transport reads (Retry-After,
// WWW-Authenticate, Date, the request id) and the body in its three known shapes (Power BI's
// {"error":{"code","message"}}, OAuth's {"error","error_description"}, Xero's
// {"Title","Detail"}); then what the user reads of it. The input is written as an HTTP answer
// without its version: "401" on the first line, header lines, an empty line, the body.
#include "diagnosiscatalogue.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "httptransport.h"

namespace {

HttpResponse responseFrom(const FuzzInput &input)
{
    const QList<QByteArray> head = input.headLines();
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype index = 1; index < head.size(); ++index) {
        const qsizetype colon = head.at(index).indexOf(':');
        if (colon > 0)
            headers.append(
                {head.at(index).left(colon).trimmed(), head.at(index).mid(colon + 1).trimmed()});
    }
    return HttpResponse(head.value(0).trimmed().toInt(), input.body(), headers);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpResponse response = responseFrom(FuzzInput(data, size));
    const QDateTime now(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    if (const std::optional<qint64> wait =
            HttpTransport::parseRetryAfter(response.header("Retry-After"), now))
        fuzzCheck(*wait >= 0, "a wait is never negative");
    (void)HttpTransport::parseHttpDate(response.header("Date"));

    const auto [code, message] = HttpTransport::errorCodeAndMessage(response.body());
    const bool expired = HttpTransport::saysTokenExpired(response, code, message);
    fuzzCheck(!expired || response.status() == 401 || response.status() == 403,
              "only a 401 or 403 says the token expired");
    for (const ApiError::Service service :
         {ApiError::Service::PowerBi, ApiError::Service::MicrosoftIdentity,
          ApiError::Service::Xero}) {
        const ApiError error =
            expired
                ? ApiError::tokenExpired(service, response.status(), response.requestId())
                : ApiError::http(service, response.status(), code, message, response.requestId());
        fuzzCheck(!error.plainSentence().isEmpty(), "every error has a sentence");
        (void)error.technicalDetails().size();
        (void)DiagnosisCatalogue::forApiError(error).explanation().size();
    }
    return 0;
}
