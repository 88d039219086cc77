#pragma once

#include "microsoftsignin.h"
#include "oauthtokens.h"
#include "powerbiclient.h"
#include "serviceprincipal.h"
#include "tokenstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

// A Power BI call made with the account's current token (see MicrosoftAccount::call).
template<typename T>
using PowerBiOperation =
    std::function<void(PowerBiClient &client, QObject *context, Callback<T> done)>;

// The life of the Power BI sign-in. The access token lives in memory only; a user's refresh
// token is saved in the TokenStore under TokenKey::microsoftRefreshToken(account), every
// rotated one saved before its access token is used. A service principal (client credentials)
// stores nothing: a fresh token is asked for when the current one expires.
//
// Refreshes are shared: callers asking at the same time wait for one refresh. The refresh
// itself runs with this object as its context, so a caller that goes away cannot lose a
// rotated token half-way.
class MicrosoftAccount : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignedOut,
        User,
        ServicePrincipal,
    };
    enum class StartOutcome
    {
        SignedIn,     // a stored refresh token gave a fresh access token, no page shown
        SignInNeeded, // nothing stored, or the stored token is no longer accepted
    };

    // All three must outlive the account.
    MicrosoftAccount(MicrosoftSignIn *signIn, TokenStore *store, PowerBiClient *client,
                     QObject *parent = nullptr);

    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    // An access token closer than this to its end is refreshed before use (default 5 min).
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }

    Mode mode() const { return m_mode; }
    bool isSignedIn() const { return m_mode != Mode::SignedOut; }
    // preferred_username of the signed-in user; the client id for a service principal.
    QString accountName() const { return m_accountName; }
    QString displayName() const { return m_tokens.displayName(); }

    // After an interactive sign-in (MicrosoftSignIn::completeSignIn): keeps the access token,
    // saves the refresh token, then done.
    void adoptSignIn(const OAuthTokens &tokens, QObject *context, Callback<Done> done);
    // On start: the stored refresh token of account is refreshed without showing a page.
    void startSilently(const QString &account, QObject *context, Callback<StartOutcome> done);
    // Automation: client credentials; nothing is stored.
    void useServicePrincipal(const ServicePrincipal &principal);

    // A valid access token: the current one, or a refreshed one when it has expired or is
    // about to.
    void accessToken(QObject *context, Callback<QString> done);
    // Runs operation with the current token. When it fails with TokenExpired (401, or 403
    // TokenExpired), the token is refreshed once and the operation retried once; a second
    // TokenExpired is returned as it is.
    template<typename T>
    void call(PowerBiOperation<T> operation, QObject *context, Callback<T> done);
    // Stops the Power BI requests that calls with this context have in flight; their callbacks
    // get ApiError::cancelled.
    void cancelCalls(QObject *context);

    // Removes the account's stored tokens and forgets the ones in memory, then emits
    // signedOut (the sign-in view clears its web profile's cookies on it).
    void signOut(QObject *context, Callback<Done> done);

    // "Sign in needed" as an error, for callers that cannot go on without a sign-in.
    static ApiError signInNeededError();

signals:
    void signedIn(const QString &accountName);
    // Connect the embedded view's cookie clearing here.
    void signedOut(const QString &accountName);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback<QString> done;
    };

    // Refreshes now (whatever the current token's age); joins a refresh under way.
    void refreshAccessToken(QObject *context, Callback<QString> done);
    void startRefresh();
    void onUserTokens(Result<OAuthTokens> tokens);
    void finishRefresh(const Result<QString> &result);
    void keepTokens(const OAuthTokens &tokens);
    void saveRefreshToken(std::function<void()> then);
    void forgetStoredToken(const QString &account);
    static bool meansSignInAgain(const ApiError &error);

    QPointer<MicrosoftSignIn> m_signIn;
    QPointer<TokenStore> m_store;
    QPointer<PowerBiClient> m_client;
    UtcClock m_clock = systemUtcClock();
    std::chrono::seconds m_refreshMargin{300};
    Mode m_mode = Mode::SignedOut;
    QString m_accountName;
    OAuthTokens m_tokens;
    QString m_refreshToken;
    std::optional<ServicePrincipal> m_principal;
    bool m_refreshing = false;
    QList<Waiter> m_waiters;
};

template<typename T>
void MicrosoftAccount::call(PowerBiOperation<T> operation, QObject *context, Callback<T> done)
{
    QPointer<MicrosoftAccount> self(this);
    auto retryOnce = [self, operation, context, done](Result<T> first) {
        if (first.ok() || first.error().kind() != ApiError::Kind::TokenExpired || !self) {
            done(std::move(first));
            return;
        }
        self->refreshAccessToken(context, [self, operation, context, done](Result<QString> fresh) {
            if (!fresh || !self || !self->m_client) {
                done(fresh ? ApiError::cancelled(ApiError::Service::PowerBi) : fresh.error());
                return;
            }
            self->m_client->setAccessToken(fresh.value());
            operation(*self->m_client, context, done);
        });
    };
    accessToken(context, [self, operation, context, done, retryOnce](Result<QString> token) {
        if (!token || !self || !self->m_client) {
            done(token ? ApiError::cancelled(ApiError::Service::PowerBi) : token.error());
            return;
        }
        self->m_client->setAccessToken(token.value());
        operation(*self->m_client, context, retryOnce);
    });
}
