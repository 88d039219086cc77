#pragma once

#include "oauthtokens.h"
#include "result.h"
#include "xeroconnection.h"
#include "xerosigninoutcome.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class ChosenOrganisation;
class LoopbackRedirectReceiver;
class OperationTracker;
class XeroAccount;
class XeroSignIn;

// The interactive Xero sign-in that the wizard's "Sign in with Xero" page runs in the embedded
// view (begin(), then complete() with the caught redirect), and the choice of the organisation
// whose grant the credential push uses. Operations keep OperationTracker's contract.
//
// When the sign-in reaches a page that refuses embedded browsers (browserOnlyHosts(): Google's,
// Apple's), it goes on in the system browser instead (RFC 8252): beginInBrowser() listens on
// the loopback redirect URI and starts a new attempt that redirects there, the page opens its
// authorize URL in the browser, and waitForBrowser() gives the answer the browser brought back,
// for complete() as if the view had caught it.
class XeroSignInFlow : public QObject
{
    Q_OBJECT

public:
    // All must outlive the flow.
    XeroSignInFlow(XeroSignIn *signIn, XeroAccount *account, ChosenOrganisation *organisation,
                   OperationTracker *operations, QObject *parent = nullptr);

    // Starts a new attempt (a previous one and an organisation still to pick are dropped): the
    // authorize URL to load. Empty when there is no Xero app (client id) to sign in with.
    QUrl begin();
    QUrl redirectUri() const;
    // Where the sign-in pages may go ("host", or "host:port" for a root with a port): Xero's
    // log-in, identity and consent (authorize.xero.com) hosts.
    QStringList signInHosts() const;
    // Sign-in pages that refuse the embedded view, from the endpoints, and whose one is
    // ("Google").
    QStringList browserOnlyHosts() const;
    QString browserOnlySignInName(const QUrl &page) const;
    // The redirect URI of a sign-in in the system browser, which the Xero app must list too.
    QUrl loopbackRedirectUri() const;
    // Starts a sign-in in the system browser (a previous attempt is dropped): listens on the
    // loopback redirect URI and gives the authorize URL to open; or why it cannot (the port is
    // taken, no Xero app).
    Result<QUrl> beginInBrowser();
    // The answer the browser brings back to the loopback listener (then complete() it). Cancel
    // stops listening.
    void waitForBrowser(QObject *context, Callback<QUrl> done);
    // What a page Xero showed in the view instead of going on means, when it means something
    // (Xero's error screen refusing the scopes): the error to show. pageText is the page's
    // visible text, httpStatus the main frame's HTTP status.
    std::optional<ApiError> errorShownByXero(int httpStatus, const QString &pageText) const;
    // Checks the caught redirect, exchanges the code and finds organisationName among the
    // organisations the sign-in granted. Exactly one: its grant is kept, it becomes the chosen
    // organisation. None or several: the grant waits in memory for chooseOrganisation() with
    // one of the candidates.
    void complete(const QUrl &redirect, const QString &organisationName, QObject *context,
                  Callback<XeroSignInOutcome> done);
    // The user picked tenantId among the candidates of the last sign-in: as for exactly one
    // match above. Without a waiting sign-in, or for an organisation it did not grant: refused.
    void chooseOrganisation(const QString &tenantId, QObject *context, Callback<Done> done);

    // The chosen organisation; empty when none is chosen.
    QString tenantId() const;
    // The name of the organisation last chosen, here or at an earlier start; empty if none.
    QString lastOrganisationName() const;
    // When the chosen organisation's stored grant dies unless it is used before (invalid if
    // unknown).
    QDateTime grantExpiresAt() const;

private:
    void matchOrganisation(const OAuthTokens &tokens, const QString &organisationName,
                           Callback<XeroSignInOutcome> done);
    void adoptGrant(const XeroConnection &organisation, const OAuthTokens &tokens,
                    Callback<Done> done);
    void forgetPreviousGrant(const QString &previousTenantId, const QString &tenantId,
                             Callback<Done> done);
    void forgetPending();
    void stopWaitingForBrowser();
    void onBrowserAnswer(const QUrl &redirect);

    XeroSignIn *m_signIn;
    XeroAccount *m_account;
    ChosenOrganisation *m_organisation;
    OperationTracker *m_operations;
    // A sign-in whose organisation the user has still to pick: memory only, never stored,
    // since a grant must be kept under the one organisation it is used for.
    std::optional<OAuthTokens> m_pendingGrant;
    QList<XeroConnection> m_pendingCandidates;
    LoopbackRedirectReceiver *m_receiver;
    Callback<QUrl> m_browserAnswer;
};
