// What the loopback listener of a sign-in in the system browser reads from a connection: the
// redirect URI it listens for on the first line (it comes from the settings), then the bytes a
// browser, or anything else on this computer, sent.
#include "endpoints.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "loopbackrequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input(data, size);
    const QUrl redirectUri(QString::fromUtf8(input.firstLine()));
    // The listener starts only for such a URI (LoopbackRedirectReceiver::listen).
    if (redirectUri.scheme() != QLatin1String("http") ||
        !Endpoints::isLoopbackHost(redirectUri.host()) || redirectUri.port() <= 0)
        return 0;
    const QByteArray received = input.afterFirstLine();
    const LoopbackRequest request = LoopbackRequest::read(received, redirectUri);
    switch (request.verdict()) {
    case LoopbackRequest::Verdict::Incomplete:
        fuzzCheck(received.size() <= LoopbackRequest::mostBytes, "waiting has a limit");
        break;
    case LoopbackRequest::Verdict::Answer: {
        // Whatever the browser asked for, the answer goes on to the redirect URI only.
        const auto where = QUrl::RemoveQuery | QUrl::RemoveFragment;
        fuzzCheck(request.redirect().adjusted(where) == redirectUri.adjusted(where),
                  "an answer is the redirect URI with a query");
        break;
    }
    case LoopbackRequest::Verdict::TooLarge:
    case LoopbackRequest::Verdict::NotGet:
    case LoopbackRequest::Verdict::WrongPath:
        break;
    }
    return 0;
}
