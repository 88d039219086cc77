#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <QUrl>

class MicrosoftAccount;
class MicrosoftSignIn;
class OAuthTokens;
class OperationTracker;

// The interactive Power BI (Microsoft) sign-in that the wizard's first page runs in the
// embedded view, which never touches the sign-in classes itself: the page shows begin()'s URL
// and hands the caught redirect to complete(). Also the account's name and signing out.
// Operations keep OperationTracker's contract.
class MicrosoftSignInFlow : public QObject
{
    Q_OBJECT

public:
    // The settings key of the signed-in Power BI account's name (no secret); the command line
    // signs in silently as this account.
    static QString accountSettingsKey() { return QStringLiteral("microsoft/account"); }

    // signIn, account and operations must outlive the flow; settings may be null (nothing
    // remembered).
    MicrosoftSignInFlow(MicrosoftSignIn *signIn, MicrosoftAccount *account,
                        OperationTracker *operations, QSettings *settings,
                        QObject *parent = nullptr);

    // Starts a new attempt (a previous one is dropped): the authorize URL to load. Empty when
    // there is no app registration (client id) to sign in with.
    QUrl begin();
    // The URL the view catches (never loads) and hands to complete().
    QUrl redirectUri() const;
    // Where the sign-in pages may go ("host", or "host:port" for a root with a port). Outside
    // the sandbox, Microsoft's other sign-in hosts too (personal accounts, the alternative
    // authority names, the sign-in pages' own content hosts), so that a real tenant's sign-in
    // is not sent to the system browser half-way.
    QStringList signInHosts() const;
    // Checks the caught redirect, exchanges the code, makes the account the one Power BI is
    // called with (its refresh token saved) and remembers its name in the settings. A redirect
    // that is not the answer to the attempt under way (wrong state, used twice) is refused.
    void complete(const QUrl &redirect, QObject *context, Callback<Done> done);
    // Signs the account out: its stored refresh token removed, its name forgotten in the
    // settings; signedOut() follows.
    void signOut(QObject *context, Callback<Done> done);

    // The Power BI account calls are made with (a user, or a service principal).
    bool isSignedIn() const;
    // preferred_username (e.g. alex@contoso.example); empty when signed out.
    QString accountName() const;
    // The person's name as the sign-in gave it; may be empty (a silent start, a principal).
    QString displayName() const;

signals:
    // A Power BI account signed in (here, or silently at start): pages showing a sign-in
    // switch to the account.
    void signedIn();
    // The account signed out (here or elsewhere): the embedded view's web profile clears its
    // cookies on it, so that the next sign-in does not reuse the old session.
    void signedOut();

private:
    void adopt(const OAuthTokens &tokens, Callback<Done> done);

    MicrosoftSignIn *m_signIn;
    MicrosoftAccount *m_account;
    OperationTracker *m_operations;
    QPointer<QSettings> m_settings;
};
