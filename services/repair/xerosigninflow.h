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
class OperationTracker;
class XeroAccount;
class XeroSignIn;

// The interactive Xero sign-in that the wizard's "Sign in with Xero" page runs in the embedded
// view (begin(), then complete() with the caught redirect), and the choice of the organisation
// whose grant the credential push uses. Operations keep OperationTracker's contract.
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
    QStringList signInHosts() const;
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

    XeroSignIn *m_signIn;
    XeroAccount *m_account;
    ChosenOrganisation *m_organisation;
    OperationTracker *m_operations;
    // A sign-in whose organisation the user has still to pick: memory only, never stored,
    // since a grant must be kept under the one organisation it is used for.
    std::optional<OAuthTokens> m_pendingGrant;
    QList<XeroConnection> m_pendingCandidates;
};
