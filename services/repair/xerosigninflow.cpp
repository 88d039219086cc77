#include "xerosigninflow.h"

#include "chosenorganisation.h"
#include "endpoints.h"
#include "loopbackredirectreceiver.h"
#include "operationtracker.h"
#include "organisationmatcher.h"
#include "signinhosts.h"
#include "xeroaccount.h"
#include "xerosignin.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcXeroFlow, "xra.signin.xero.flow")

namespace {
constexpr auto xero = ApiError::Service::Xero;
} // namespace

XeroSignInFlow::XeroSignInFlow(XeroSignIn *signIn, XeroAccount *account,
                               ChosenOrganisation *organisation, OperationTracker *operations,
                               QObject *parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_account(account)
    , m_organisation(organisation)
    , m_operations(operations)
    , m_receiver(new LoopbackRedirectReceiver(this))
{
    connect(m_receiver, &LoopbackRedirectReceiver::received, this,
            &XeroSignInFlow::onBrowserAnswer);
    // Whatever is cancelled, nothing keeps listening for a browser nobody waits for.
    connect(m_operations, &OperationTracker::cancelled, this,
            &XeroSignInFlow::stopWaitingForBrowser);
}

QUrl XeroSignInFlow::begin()
{
    forgetPending();
    stopWaitingForBrowser();
    if (m_signIn->clientId().isEmpty())
        return {};
    return m_signIn->begin();
}

Result<QUrl> XeroSignInFlow::beginInBrowser()
{
    forgetPending();
    stopWaitingForBrowser();
    if (m_signIn->clientId().isEmpty())
        return ApiError::http(xero, 0, QStringLiteral("SignInNotSetUp"),
                              tr("Signing in to Xero is not set up in this program."));
    const Result<Done> listening = m_receiver->listen(loopbackRedirectUri());
    if (!listening)
        return listening.error();
    qCInfo(lcXeroFlow) << "Xero sign-in goes on in the system browser";
    return m_signIn->begin(loopbackRedirectUri());
}

void XeroSignInFlow::waitForBrowser(QObject *context, Callback<QUrl> done)
{
    m_operations->run<QUrl>(
        context, std::move(done),
        [this](Callback<QUrl> finish) {
            if (!m_receiver->isListening())
                return finish(ApiError::http(
                    xero, 0, QStringLiteral("no_sign_in_started"),
                    tr("No sign-in in the browser is in progress. Start the sign-in again.")));
            m_operations->tell(tr("Waiting for the Xero sign-in in your web browser…"));
            m_browserAnswer = finish;
        },
        xero);
}

void XeroSignInFlow::onBrowserAnswer(const QUrl &redirect)
{
    if (!m_browserAnswer)
        return;
    std::exchange(m_browserAnswer, {})(redirect);
}

void XeroSignInFlow::stopWaitingForBrowser()
{
    m_receiver->stop();
    // A wait still open (a new sign-in started meanwhile) ends, as every operation does.
    if (m_browserAnswer)
        std::exchange(m_browserAnswer, {})(ApiError::cancelled(xero));
}

QStringList XeroSignInFlow::browserOnlyHosts() const
{
    return m_signIn->endpoints().browserOnlySignInHosts();
}

QString XeroSignInFlow::browserOnlySignInName(const QUrl &page) const
{
    return m_signIn->endpoints().browserOnlySignInName(page);
}

QUrl XeroSignInFlow::loopbackRedirectUri() const
{
    return m_signIn->loopbackRedirectUri();
}

std::optional<ApiError> XeroSignInFlow::errorShownByXero(int httpStatus,
                                                         const QString &pageText) const
{
    return m_signIn->errorShown(httpStatus, pageText);
}

QUrl XeroSignInFlow::redirectUri() const
{
    return m_signIn->redirectUri();
}

QStringList XeroSignInFlow::signInHosts() const
{
    const Endpoints endpoints = m_signIn->endpoints();
    QStringList hosts = SignInHosts::of({endpoints.xeroLoginRoot(), endpoints.xeroIdentityRoot()});
    // Xero's log-in hands over to authorize.xero.com for the consent; the view follows the
    // hand-over wherever it goes, and a link there stays in the view too.
    if (!Endpoints::isLoopbackHost(endpoints.xeroLoginRoot().host()))
        hosts.append(QStringLiteral("authorize.xero.com"));
    return hosts;
}

QString XeroSignInFlow::tenantId() const
{
    return m_organisation->tenantId();
}

QString XeroSignInFlow::lastOrganisationName() const
{
    return m_organisation->name();
}

QDateTime XeroSignInFlow::grantExpiresAt() const
{
    const QString tenant = tenantId();
    return tenant.isEmpty() ? QDateTime() : m_account->grantExpiresAt(tenant);
}

void XeroSignInFlow::complete(const QUrl &redirect, const QString &organisationName,
                              QObject *context, Callback<XeroSignInOutcome> done)
{
    m_operations->run<XeroSignInOutcome>(
        context, std::move(done),
        [this, redirect, organisationName](Callback<XeroSignInOutcome> finish) {
            forgetPending();
            m_operations->tell(tr("Finishing the Xero sign-in…"));
            m_signIn->completeSignIn(
                redirect, this,
                m_operations->guard(this, xero)
                    .then<OAuthTokens>(finish,
                                       [this, organisationName, finish](const OAuthTokens &tokens) {
                                           matchOrganisation(tokens, organisationName, finish);
                                       }));
        },
        xero);
}

void XeroSignInFlow::matchOrganisation(const OAuthTokens &tokens, const QString &organisationName,
                                       Callback<XeroSignInOutcome> done)
{
    m_operations->tell(tr("Checking the Xero organisation…"));
    const auto matched = [this, tokens, organisationName,
                          done](const QList<XeroConnection> &connections) {
        const OrganisationMatcher::Match match =
            OrganisationMatcher::match(organisationName, connections);
        XeroSignInOutcome outcome;
        outcome.outcome = match.outcome;
        outcome.matches = match.matches;
        outcome.candidates = match.candidates;
        if (outcome.needsChoice()) {
            qCInfo(lcXeroFlow) << "Xero organisation to pick among" << match.candidates.size()
                               << "granted";
            m_pendingGrant = tokens;
            m_pendingCandidates = match.candidates;
            return done(outcome);
        }
        outcome.chosen = match.matches.first();
        adoptGrant(outcome.chosen, tokens, [outcome, done](Result<Done> adopted) {
            if (!adopted)
                return done(adopted.error());
            done(outcome);
        });
    };
    m_signIn->connections(
        tokens.accessToken(), this,
        m_operations->guard(this, xero).then<QList<XeroConnection>>(done, matched));
}

void XeroSignInFlow::chooseOrganisation(const QString &tenantId, QObject *context,
                                        Callback<Done> done)
{
    m_operations->run<Done>(
        context, std::move(done),
        [this, tenantId](Callback<Done> finish) {
            if (!m_pendingGrant)
                return finish(XeroAccount::signInAgainError(0));
            const auto granted =
                std::find_if(m_pendingCandidates.cbegin(), m_pendingCandidates.cend(),
                             [&](const XeroConnection &c) { return c.tenantId() == tenantId; });
            if (granted == m_pendingCandidates.cend())
                return finish(ApiError::http(
                    xero, 0, QStringLiteral("OrganisationNotGranted"),
                    tr("This Xero sign-in did not give access to that organisation. Sign in to "
                       "Xero again and tick it.")));
            adoptGrant(*granted, *m_pendingGrant, finish);
        },
        xero);
}

void XeroSignInFlow::adoptGrant(const XeroConnection &organisation, const OAuthTokens &tokens,
                                Callback<Done> done)
{
    // The grant is kept once the account answers: the flow follows it even when cancelled
    // meanwhile, or the kept grant would go unused.
    m_account->adoptGrant(
        organisation.tenantId(), tokens, this, [this, organisation, done](Result<Done> adopted) {
            if (!adopted)
                return done(adopted.error());
            const QString previous = m_organisation->tenantId();
            forgetPending();
            m_organisation->choose(organisation);
            qCInfo(lcXeroFlow) << "Xero organisation chosen:" << organisation.tenantId();
            forgetPreviousGrant(previous, organisation.tenantId(), done);
        });
}

void XeroSignInFlow::forgetPreviousGrant(const QString &previousTenantId, const QString &tenantId,
                                         Callback<Done> done)
{
    // Only the chosen organisation's grant is used from now on: the old one's refresh token
    // would otherwise stay in the keychain, unused, for nothing. Signing in again to the same
    // organisation has just replaced its token, which must stay.
    if (previousTenantId.isEmpty() || previousTenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
        return done(Done{});
    // The account, not the flow, is the context: the caller waits for done either way.
    m_account->forget(
        previousTenantId, m_account, [previousTenantId, done](Result<Done> forgotten) {
            // The new organisation is in use whatever happens here.
            if (!forgotten)
                qCWarning(lcXeroFlow).noquote()
                    << "the previous Xero organisation's sign-in stays stored:" << previousTenantId
                    << forgotten.error().technicalDetails();
            done(Done{});
        });
}

void XeroSignInFlow::forgetPending()
{
    m_pendingGrant.reset();
    m_pendingCandidates.clear();
}
