#pragma once

#include "oauthtokens.h"
#include "tokenstore.h"
#include "utcclock.h"
#include "xerosignin.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QLockFile;
class QSettings;

// The life of the Xero grant behind one organisation (tenant). Its refresh token is kept in
// the TokenStore under TokenKey::xeroRefreshToken(tenantId), for the one organisation the user
// chose: a token set must live in one place, or two holders refreshing it break each other.
//
// Every refresh saves the rotated refresh token to the store BEFORE the new access token is
// handed to anyone: if the program stops right after the save, the store holds the new token;
// if it stops before, the store still holds the old one, which Xero accepts for 30 more
// minutes. The refresh runs with this object as its context, so a caller going away half-way
// cannot lose the rotated token. Refreshes of one organisation are shared by callers asking at
// the same time (two refreshes with one token would fork the grant).
//
// invalid_grant ("sign in to Xero again") removes the stored token, unless the store holds
// another one by then: another process (the program's window, a command run by cron) may have
// refreshed the same grant meanwhile and saved the token Xero rotated to; that one is tried once.
// Two processes (the window and the watch's timer) may renew the same grant at once. With a lock
// folder set, a renewal holds a lock file per organisation from reading the stored token to
// saving the rotated one, and reads the store only once it holds it: the second process then
// starts from the token the first saved, instead of renewing the same token twice and keeping
// whichever save came last.
// An unused grant dies 60 days after its last use: the last use is kept per organisation in the
// settings (not a secret), key "xero/<tenantId>/lastUsed", so grantExpiresAt() can warn ahead.
class XeroAccount : public QObject
{
    Q_OBJECT

public:
    static constexpr int unusedGrantDays = 60;
    // The lock is tried again this often, for at most lockWaitMilliseconds, never blocking.
    static constexpr int lockRetryMilliseconds = 100;
    static constexpr int lockWaitMilliseconds = 20000;

    // All three must outlive the account; settings may be null (no expiry tracking).
    XeroAccount(XeroSignIn *signIn, TokenStore *store, QSettings *settings,
                QObject *parent = nullptr);

    ~XeroAccount() override;

    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    // Where the cross-process renewal locks go (created if missing); empty: no lock (one process).
    // The file names are hashes: nothing secret or identifying is written there.
    void setLockFolder(const QString &folder) { m_lockFolder = folder; }
    // The lock file of tenantId's renewals in that folder (for tests and support).
    QString renewalLockPath(const QString &tenantId) const;

    // After a Xero sign-in and the choice of organisation: saves the grant for tenantId.
    void adoptGrant(const QString &tenantId, const OAuthTokens &tokens, QObject *context,
                    Callback<Done> done);
    // A new access token for tenantId (refreshing the stored grant, rotation saved first).
    // Errors: code invalid_grant (Service::Xero) = sign in to Xero again; others as they came.
    void freshAccessToken(const QString &tenantId, QObject *context, Callback<QString> done);
    // A refresh is under way: Xero may have rotated the token and the new one not be saved yet.
    // A program that stops now may lose the grant (the old token dies 30 minutes later).
    bool isRenewing() const { return !m_waiters.isEmpty(); }
    // Removes the stored token and the last-use date.
    void forget(const QString &tenantId, QObject *context, Callback<Done> done);

    // When the access token last handed out for tenantId dies (invalid if none was).
    QDateTime accessTokenExpiresAt(const QString &tenantId) const
    {
        return m_accessTokenExpiry.value(tenantId);
    }
    // Invalid when nothing is known about tenantId.
    QDateTime lastUsed(const QString &tenantId) const;
    // lastUsed + 60 days: when the stored grant dies if it is not used before.
    QDateTime grantExpiresAt(const QString &tenantId) const;

    static ApiError signInAgainError(int httpStatus = 400, const QString &requestId = {});

signals:
    // Hooks for tests and logs, in this order during a refresh:
    void refreshAnswered(const QString &tenantId);   // Xero rotated the token; not yet saved
    void refreshTokenSaved(const QString &tenantId); // saved; access token not yet handed out
    // The stored grant was refused (invalid_grant) and removed.
    void signInAgainNeeded(const QString &tenantId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback<QString> done;
    };

    void lockThenRefresh(const QString &tenantId, QDeadlineTimer deadline);
    void refreshFromStore(const QString &tenantId);
    void refreshWith(const QString &tenantId, const QString &refreshToken);
    void onRefreshed(const QString &tenantId, Result<OAuthTokens> tokens);
    void saveRotated(const QString &tenantId, const OAuthTokens &tokens);
    void onRefused(const QString &tenantId, const ApiError &refusal);
    void dropRefusedGrant(const QString &tenantId, const ApiError &refusal);
    void finish(const QString &tenantId, const Result<QString> &result);
    void recordUse(const QString &tenantId);
    static QString lastUsedKey(const QString &tenantId);

    QPointer<XeroSignIn> m_signIn;
    QPointer<TokenStore> m_store;
    QSettings *m_settings;
    UtcClock m_clock = systemUtcClock();
    QHash<QString, QList<Waiter>> m_waiters;
    // A rotated token the store could not save: used instead of the store's older one.
    QHash<QString, QString> m_unsaved;
    // The token each refresh under way sent, and whether a newer stored one was tried already.
    QHash<QString, QString> m_sent;
    QSet<QString> m_retried;
    QHash<QString, QDateTime> m_accessTokenExpiry;
    QString m_lockFolder;
    // The renewal lock each organisation's refresh under way holds.
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};
