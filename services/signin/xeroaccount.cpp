#include "xeroaccount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcXeroAccount, "xra.signin.xero")
}

XeroAccount::XeroAccount(XeroSignIn *signIn, TokenStore *store, QSettings *settings,
                         QObject *parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_store(store)
    , m_settings(settings)
{}

XeroAccount::~XeroAccount() = default;

ApiError XeroAccount::signInAgainError(int httpStatus, const QString &requestId)
{
    return ApiError::http(ApiError::Service::Xero, httpStatus, QStringLiteral("invalid_grant"),
                          tr("The Xero sign-in for this organisation has expired, was revoked "
                             "or was never saved. Sign in to Xero again."),
                          requestId);
}

QString XeroAccount::lastUsedKey(const QString &tenantId)
{
    return QStringLiteral("xero/%1/lastUsed").arg(tenantId);
}

void XeroAccount::recordUse(const QString &tenantId)
{
    if (!m_settings)
        return;
    m_settings->setValue(lastUsedKey(tenantId), m_clock().toUTC().toString(Qt::ISODateWithMs));
}

QDateTime XeroAccount::lastUsed(const QString &tenantId) const
{
    if (!m_settings)
        return {};
    QDateTime when = QDateTime::fromString(m_settings->value(lastUsedKey(tenantId)).toString(),
                                           Qt::ISODateWithMs);
    if (when.isValid())
        when = when.toUTC();
    return when;
}

QDateTime XeroAccount::grantExpiresAt(const QString &tenantId) const
{
    const QDateTime used = lastUsed(tenantId);
    return used.isValid() ? used.addDays(unusedGrantDays) : QDateTime();
}

void XeroAccount::adoptGrant(const QString &tenantId, const OAuthTokens &tokens, QObject *context,
                             Callback<Done> done)
{
    if (!tokens.hasRefreshToken()) {
        // Without offline_access Xero gives no refresh token: nothing could refresh later.
        done(ApiError::http(ApiError::Service::Xero, 0, QStringLiteral("no_refresh_token"),
                            tr("Xero gave no lasting sign-in (the offline_access scope is "
                               "missing), so the data source could only be updated for 30 "
                               "minutes. Add offline_access to the Xero scopes and sign in "
                               "again.")));
        return;
    }
    if (!m_store) {
        done(ApiError::keychainUnavailable(QStringLiteral("no token store"), false));
        return;
    }
    const TokenKey key = TokenKey::xeroRefreshToken(tenantId);
    // Kept in memory until the store confirms, so a failed save loses nothing.
    m_unsaved.insert(tenantId, tokens.refreshToken());
    m_store->write(key, tokens.refreshToken(), this,
                   [this, tenantId, key, guard = QPointer<QObject>(context),
                    done = std::move(done)](Result<Done> saved) {
                       if (saved)
                           m_unsaved.remove(tenantId);
                       else
                           qCWarning(lcXeroAccount) << "not saved:" << key.name();
                       recordUse(tenantId);
                       qCInfo(lcXeroAccount) << "grant kept under" << key.name();
                       if (guard)
                           done(Done{});
                   });
}

void XeroAccount::freshAccessToken(const QString &tenantId, QObject *context,
                                   Callback<QString> done)
{
    QList<Waiter> &waiters = m_waiters[tenantId];
    waiters.append({QPointer<QObject>(context), std::move(done)});
    if (waiters.size() > 1)
        return; // a refresh of this organisation is already under way: share it
    lockThenRefresh(tenantId, QDeadlineTimer(lockWaitMilliseconds));
}

QString XeroAccount::renewalLockPath(const QString &tenantId) const
{
    // Hashed: the folder may be shared (/tmp) and a tenant id says whose books these are.
    const QString program = m_store ? m_store->program() : QString();
    const QByteArray name =
        QCryptographicHash::hash((program + QLatin1Char('\n') + tenantId).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QDir(m_lockFolder).filePath(QStringLiteral("xero-%1.lock").arg(QLatin1String(name)));
}

// tryLock(0) again and again on a timer: a blocking lock would freeze the window while the other
// process renews. A crashed holder's lock is taken over (QLockFile sees its process gone); a live
// holder's never is, however long it takes (a keychain prompt, Xero's retries): an age limit
// would let two processes renew the same token.
void XeroAccount::lockThenRefresh(const QString &tenantId, QDeadlineTimer deadline)
{
    if (m_lockFolder.isEmpty())
        return refreshFromStore(tenantId);
    QDir().mkpath(m_lockFolder);
    auto lock = std::make_shared<QLockFile>(renewalLockPath(tenantId));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_locks.insert(tenantId, lock);
        return refreshFromStore(tenantId);
    }
    if (deadline.hasExpired()) {
        qCWarning(lcXeroAccount) << "renewal lock still held by another process after"
                                 << lockWaitMilliseconds << "ms";
        finish(tenantId, ApiError::timeout(ApiError::Service::Xero, lockWaitMilliseconds / 1000)
                             .withExplanation(tr("Another copy of Xero Refresh Assistant is "
                                                 "renewing the Xero sign-in and has not finished. "
                                                 "Try again in a minute.")));
        return;
    }
    QTimer::singleShot(lockRetryMilliseconds, this,
                       [this, tenantId, deadline] { lockThenRefresh(tenantId, deadline); });
}

// Read only once the lock is held: another process may have rotated the token meanwhile.
void XeroAccount::refreshFromStore(const QString &tenantId)
{
    if (const auto unsaved = m_unsaved.constFind(tenantId);
        unsaved != m_unsaved.constEnd() && !unsaved->isEmpty()) {
        refreshWith(tenantId, *unsaved);
        return;
    }
    if (!m_store) {
        finish(tenantId, ApiError::keychainUnavailable(QStringLiteral("no token store"), false));
        return;
    }
    const TokenKey key = TokenKey::xeroRefreshToken(tenantId);
    m_store->read(key, this, [this, tenantId, key](Result<std::optional<QString>> stored) {
        if (!stored) {
            finish(tenantId, stored.error());
            return;
        }
        if (!stored.value() || stored.value()->isEmpty()) {
            qCInfo(lcXeroAccount) << "nothing stored under" << key.name();
            finish(tenantId, signInAgainError(0));
            return;
        }
        refreshWith(tenantId, *stored.value());
    });
}

void XeroAccount::refreshWith(const QString &tenantId, const QString &refreshToken)
{
    if (!m_signIn) {
        finish(tenantId,
               ApiError::network(ApiError::Service::Xero, QStringLiteral("the sign-in is gone")));
        return;
    }
    m_sent.insert(tenantId, refreshToken);
    m_signIn->refresh(refreshToken, this, [this, tenantId](Result<OAuthTokens> tokens) {
        onRefreshed(tenantId, std::move(tokens));
    });
}

void XeroAccount::onRefreshed(const QString &tenantId, Result<OAuthTokens> tokens)
{
    if (!tokens) {
        const ApiError error = tokens.error();
        if (error.kind() == ApiError::Kind::Http && error.code() == QLatin1String("invalid_grant"))
            onRefused(tenantId, error);
        else
            finish(tenantId, error);
        return;
    }
    emit refreshAnswered(tenantId);
    saveRotated(tenantId, tokens.value());
}

void XeroAccount::saveRotated(const QString &tenantId, const OAuthTokens &tokens)
{
    recordUse(tenantId);
    m_accessTokenExpiry.insert(tenantId, tokens.expiresAt());
    const QString accessToken = tokens.accessToken();
    if (!tokens.hasRefreshToken() || !m_store) {
        // No rotation came (or nowhere to save it): the old token stays the one to use.
        finish(tenantId, accessToken);
        return;
    }
    const TokenKey key = TokenKey::xeroRefreshToken(tenantId);
    const QString rotated = tokens.refreshToken();
    m_unsaved.insert(tenantId, rotated); // in memory at once: never lost, even if the save fails
    m_store->write(key, rotated, this, [this, tenantId, key, accessToken](Result<Done> saved) {
        if (saved) {
            m_unsaved.remove(tenantId);
        } else {
            qCWarning(lcXeroAccount)
                << "rotated token not saved under" << key.name() << ": kept in memory";
        }
        emit refreshTokenSaved(tenantId);
        finish(tenantId, accessToken);
    });
}

// The refused token may be one another process has already replaced in the store: removing the
// store's token then would throw away the grant that process just saved.
void XeroAccount::onRefused(const QString &tenantId, const ApiError &refusal)
{
    if (!m_store || m_retried.contains(tenantId))
        return dropRefusedGrant(tenantId, refusal);
    const TokenKey key = TokenKey::xeroRefreshToken(tenantId);
    m_store->read(key, this, [this, tenantId, refusal](Result<std::optional<QString>> stored) {
        const QString sent = m_sent.value(tenantId);
        if (!stored || !stored.value() || stored.value()->isEmpty() || *stored.value() == sent)
            return dropRefusedGrant(tenantId, refusal);
        qCInfo(lcXeroAccount) << "Xero refused the token sent, but the store holds a newer one"
                              << "(saved by another process): trying it";
        m_retried.insert(tenantId);
        refreshWith(tenantId, *stored.value());
    });
}

void XeroAccount::dropRefusedGrant(const QString &tenantId, const ApiError &refusal)
{
    qCInfo(lcXeroAccount) << "Xero refused the stored grant (invalid_grant, request id"
                          << refusal.requestId() << "): removing it";
    m_unsaved.remove(tenantId);
    if (m_settings)
        m_settings->remove(lastUsedKey(tenantId));
    const ApiError error = signInAgainError(refusal.httpStatus(), refusal.requestId());
    if (!m_store) {
        emit signInAgainNeeded(tenantId);
        finish(tenantId, error);
        return;
    }
    m_store->remove(TokenKey::xeroRefreshToken(tenantId), this,
                    [this, tenantId, error](Result<Done>) {
                        emit signInAgainNeeded(tenantId);
                        finish(tenantId, error);
                    });
}

void XeroAccount::finish(const QString &tenantId, const Result<QString> &result)
{
    m_locks.remove(tenantId); // the rotated token is saved (or kept in memory): let others in
    m_sent.remove(tenantId);
    m_retried.remove(tenantId);
    const QList<Waiter> waiters = m_waiters.take(tenantId);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

void XeroAccount::forget(const QString &tenantId, QObject *context, Callback<Done> done)
{
    m_unsaved.remove(tenantId);
    if (m_settings)
        m_settings->remove(lastUsedKey(tenantId));
    if (!m_store) {
        done(Done{});
        return;
    }
    m_store->remove(TokenKey::xeroRefreshToken(tenantId), context, std::move(done));
}
