// The answer of an OAuth token endpoint, Microsoft's or Xero's (one reader for both): the
// tokens, their lifetime, and the account named by the id_token's claims.
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "oauthtokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput(data, size).bytes();
    const QDateTime receivedAt(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    for (const ApiError::Service service :
         {ApiError::Service::MicrosoftIdentity, ApiError::Service::Xero}) {
        const Result<OAuthTokens> tokens = OAuthTokens::fromAnswer(body, receivedAt, service);
        if (!tokens) {
            fuzzCheck(tokens.error().kind() == ApiError::Kind::Parse,
                      "an unreadable token answer is a parse error");
            (void)tokens.error().plainSentence().size();
            continue;
        }
        fuzzCheck(!tokens.value().accessToken().isEmpty(), "tokens come with an access token");
        (void)tokens.value().expiresWithin(std::chrono::seconds(300), receivedAt);
        (void)tokens.value().accountName().size();
        (void)tokens.value().displayName().size();
    }
    return 0;
}
