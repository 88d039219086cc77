#include "microsoftaccount.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcMicrosoftAccount, "xra.signin.microsoft")
}

MicrosoftAccount::MicrosoftAccount(MicrosoftSignIn *signIn, TokenStore *store,
                                   PowerBiClient *client, QObject *parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_store(store)
    , m_client(client)
{}

ApiError MicrosoftAccount::signInNeededError()
{
    // TokenExpired for Power BI reads "Your Power BI sign-in has expired. Sign in again." and
    // the diagnosis sends the user to the Power BI sign-in step.
    return ApiError::tokenExpired(ApiError::Service::PowerBi, 0);
}

bool MicrosoftAccount::meansSignInAgain(const ApiError &error)
{
    // invalid_grant: expired, revoked or unknown refresh token; interaction_required: the
    // tenant wants the user (MFA, consent): only a page can fix either.
    return error.kind() == ApiError::Kind::Http &&
           (error.code() == QLatin1String("invalid_grant") ||
            error.code() == QLatin1String("interaction_required"));
}

void MicrosoftAccount::keepTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    if (!tokens.accountName().isEmpty())
        m_accountName = tokens.accountName();
    if (tokens.hasRefreshToken())
        m_refreshToken = tokens.refreshToken();
}

void MicrosoftAccount::saveRefreshToken(std::function<void()> then)
{
    if (!m_store || m_refreshToken.isEmpty() || m_accountName.isEmpty()) {
        then();
        return;
    }
    const TokenKey key = TokenKey::microsoftRefreshToken(m_accountName);
    m_store->write(key, m_refreshToken, this, [key, then = std::move(then)](Result<Done> saved) {
        // Not saved (keychain trouble): the token is still in memory for this session; the
        // store has already told the user once.
        if (!saved)
            qCWarning(lcMicrosoftAccount)
                << "refresh token not saved under" << key.name() << ":" << saved.error().code();
        then();
    });
}

void MicrosoftAccount::forgetStoredToken(const QString &account)
{
    if (!m_store || account.isEmpty())
        return;
    const TokenKey key = TokenKey::microsoftRefreshToken(account);
    m_store->remove(key, this, [key](Result<Done> removed) {
        if (!removed)
            qCWarning(lcMicrosoftAccount) << "could not remove" << key.name();
    });
}

void MicrosoftAccount::adoptSignIn(const OAuthTokens &tokens, QObject *context, Callback<Done> done)
{
    m_mode = Mode::User;
    m_principal.reset();
    m_refreshToken.clear();
    m_accountName.clear();
    keepTokens(tokens);
    qCInfo(lcMicrosoftAccount) << "signed in:" << m_accountName;
    QPointer<QObject> guard(context);
    saveRefreshToken([this, guard, done = std::move(done)] {
        emit signedIn(m_accountName);
        if (guard)
            done(Done{});
    });
}

void MicrosoftAccount::startSilently(const QString &account, QObject *context,
                                     Callback<StartOutcome> done)
{
    if (!m_store || account.isEmpty()) {
        done(StartOutcome::SignInNeeded);
        return;
    }
    const TokenKey key = TokenKey::microsoftRefreshToken(account);
    m_store->read(key, context,
                  [this, account, context, key, done](Result<std::optional<QString>> stored) {
                      if (!stored) {
                          done(stored.error());
                          return;
                      }
                      if (!stored.value() || stored.value()->isEmpty()) {
                          qCInfo(lcMicrosoftAccount) << "nothing stored under" << key.name();
                          done(StartOutcome::SignInNeeded);
                          return;
                      }
                      m_mode = Mode::User;
                      m_principal.reset();
                      m_accountName = account;
                      m_refreshToken = *stored.value();
                      m_tokens = OAuthTokens();
                      refreshAccessToken(context, [this, done](Result<QString> token) {
                          if (token) {
                              emit signedIn(m_accountName);
                              done(StartOutcome::SignedIn);
                          } else if (m_mode == Mode::SignedOut) { // the stored token was refused
                              done(StartOutcome::SignInNeeded);
                          } else {
                              done(token.error());
                          }
                      });
                  });
}

void MicrosoftAccount::useServicePrincipal(const ServicePrincipal &principal)
{
    m_mode = Mode::ServicePrincipal;
    m_principal = principal;
    m_accountName = principal.clientId();
    m_refreshToken.clear();
    m_tokens = OAuthTokens();
}

void MicrosoftAccount::accessToken(QObject *context, Callback<QString> done)
{
    if (m_mode == Mode::SignedOut) {
        done(signInNeededError());
        return;
    }
    if (!m_tokens.expiresWithin(m_refreshMargin, m_clock())) {
        done(m_tokens.accessToken());
        return;
    }
    refreshAccessToken(context, std::move(done));
}

void MicrosoftAccount::refreshAccessToken(QObject *context, Callback<QString> done)
{
    if (m_mode == Mode::SignedOut) {
        done(signInNeededError());
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_refreshing)
        startRefresh();
}

void MicrosoftAccount::startRefresh()
{
    if (!m_signIn) {
        finishRefresh(ApiError::network(ApiError::Service::MicrosoftIdentity,
                                        QStringLiteral("the sign-in is gone")));
        return;
    }
    m_refreshing = true;
    if (m_mode == Mode::ServicePrincipal) {
        m_signIn->clientCredentials(
            m_principal->tenantId(), m_principal->clientId(), m_principal->secret(), this,
            [this](Result<OAuthTokens> tokens) {
                if (!tokens) {
                    finishRefresh(ServicePrincipal::explainRefusal(tokens.error()));
                    return;
                }
                m_tokens = tokens.value();
                finishRefresh(m_tokens.accessToken());
            });
        return;
    }
    if (m_refreshToken.isEmpty()) {
        finishRefresh(signInNeededError());
        return;
    }
    m_signIn->refresh(m_refreshToken, this,
                      [this](Result<OAuthTokens> tokens) { onUserTokens(std::move(tokens)); });
}

void MicrosoftAccount::onUserTokens(Result<OAuthTokens> tokens)
{
    if (!tokens) {
        const ApiError error = tokens.error();
        if (!meansSignInAgain(error)) {
            finishRefresh(error);
            return;
        }
        qCInfo(lcMicrosoftAccount)
            << "refresh token refused (" << error.code() << "): sign-in needed";
        const QString account = m_accountName;
        m_mode = Mode::SignedOut;
        m_refreshToken.clear();
        m_tokens = OAuthTokens();
        forgetStoredToken(account);
        finishRefresh(signInNeededError());
        return;
    }
    keepTokens(tokens.value());
    // The rotated refresh token is saved before anyone gets the new access token.
    saveRefreshToken([this] { finishRefresh(m_tokens.accessToken()); });
}

void MicrosoftAccount::finishRefresh(const Result<QString> &result)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

void MicrosoftAccount::signOut(QObject *context, Callback<Done> done)
{
    const QString account = m_accountName;
    const bool stored = m_mode == Mode::User;
    m_mode = Mode::SignedOut;
    m_principal.reset();
    m_tokens = OAuthTokens();
    m_refreshToken.clear();
    m_accountName.clear();
    if (m_client)
        m_client->setAccessToken({});
    auto finish = [this, account, done = std::move(done)](Result<Done> removed) {
        qCInfo(lcMicrosoftAccount) << "signed out:" << account;
        emit signedOut(account);
        done(removed);
    };
    if (!stored || !m_store || account.isEmpty()) {
        finish(Done{});
        return;
    }
    m_store->remove(TokenKey::microsoftRefreshToken(account), context, std::move(finish));
}

void MicrosoftAccount::cancelCalls(QObject *context)
{
    if (m_client)
        m_client->cancel(context);
}
