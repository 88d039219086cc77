// The checks of a URL that may be a sign-in's answer: whether it is the redirect URI, and what
// it carries (code, state, error), as the Microsoft and Xero sign-ins check it
// (AuthorizationAttempt), as the embedded view decides to catch it (SignInNavigationPolicy),
// and as the credential pop-up of Power BI's page reads it (LastingCredentialFlow).
// Input: the redirect URI on the first line, the URL reached after it; "{state}" in that URL
// stands for the attempt's own state, which is random, so that the fuzzer can get past the
// state check.
#include "authorizationattempt.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "lastingcredentialflow.h"
#include "signinnavigationpolicy.h"

namespace {

void checkAttempt(const QUrl &redirectUri, const QByteArray &reached)
{
    AuthorizationAttempt attempt = AuthorizationAttempt::start(redirectUri);
    QByteArray withState = reached;
    withState.replace("{state}", attempt.state().toUtf8());
    const QUrl answer(QString::fromUtf8(withState));
    const bool isRedirect = AuthorizationAttempt::isRedirectTo(answer, redirectUri);
    const Result<QString> code = attempt.takeCode(answer, ApiError::Service::Xero);
    if (!code) {
        // A refusal before the state matched leaves the attempt open for the real answer.
        if (code.error().code() == QLatin1String("wrong_redirect") ||
            code.error().code() == QLatin1String("state_mismatch"))
            fuzzCheck(attempt.isOpen(), "a forged answer does not spend the attempt");
        return;
    }
    fuzzCheck(isRedirect, "a code comes only from the redirect URI");
    fuzzCheck(!code.value().isEmpty(), "a code is never empty");
    fuzzCheck(!attempt.isOpen(), "an attempt gives one code");
    const Result<QString> again = attempt.takeCode(answer, ApiError::Service::Xero);
    fuzzCheck(!again && again.error().code() == QLatin1String("answer_already_used"),
              "the same answer is refused the second time");
}

// Blank, data and blob frames are part of the page that holds them.
bool isEmbeddedScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("about") || scheme == QLatin1String("data") ||
           scheme == QLatin1String("blob");
}

void checkNavigation(const QUrl &redirectUri, const QUrl &reached)
{
    const SignInNavigationPolicy policy(redirectUri, {redirectUri.authority()},
                                        {QStringLiteral("accounts.google.com")});
    const bool isRedirect = policy.isRedirect(reached);
    using Decision = SignInNavigationPolicy::Decision;
    for (const auto trigger :
         {SignInNavigationPolicy::Trigger::SignIn, SignInNavigationPolicy::Trigger::UserLink}) {
        for (const bool mainFrame : {true, false}) {
            const Decision decision = policy.decide(reached, trigger, mainFrame);
            // The redirect is never loaded: its query holds the authorization code.
            fuzzCheck(isRedirect == (decision == Decision::CatchRedirect),
                      "the view catches exactly the redirect");
            fuzzCheck(decision != Decision::Load ||
                          SignInNavigationPolicy::isSecureEnough(reached) ||
                          (!mainFrame && isEmbeddedScheme(reached)),
                      "the view loads only https, http on loopback, or a page's own frames");
        }
    }
    fuzzCheck(isRedirect == (policy.decidePopup(reached) == Decision::CatchRedirect),
              "a pop-up is caught exactly when it is the redirect");
    (void)SignInNavigationPolicy::forDisplay(reached).size();
}

void checkCredentialPopup(const QUrl &root, const QUrl &reached)
{
    LastingCredentialFlow flow(Endpoints::sandbox(root), nullptr, nullptr);
    const LastingCredentialFlow::Outcome outcome = flow.popupEnded(reached, {});
    if (outcome == LastingCredentialFlow::Outcome::Given)
        fuzzCheck(flow.isOAuthRedirect(reached), "a credential is given only at the redirect page");
    if (outcome == LastingCredentialFlow::Outcome::Refused)
        (void)flow.lastError().size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input(data, size);
    const QUrl redirectUri(QString::fromUtf8(input.firstLine()));
    const QByteArray reached = input.afterFirstLine();
    checkAttempt(redirectUri, reached);
    const QUrl reachedUrl(QString::fromUtf8(reached));
    checkNavigation(redirectUri, reachedUrl);
    checkCredentialPopup(redirectUri.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), reachedUrl);
    return 0;
}
