#include "keychainjob.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "xra.keychain")

KeychainJob::KeychainJob(Action action, const QString &service, const QString &key, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_service(service)
    , m_key(key)
{
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(AnswerTimeoutMilliseconds);
    connect(&m_answerTimer, &QTimer::timeout, this, &KeychainJob::onAnswerTimeout);
}

void KeychainJob::start(Finished finished)
{
    m_finished = std::move(finished);
    probeLockedCollection();
}

// Asks the Secret Service whether the collection QtKeychain writes to is locked. Only a clear
// "locked" answer counts: any other answer (no bus, no service, no default collection yet) lets
// QtKeychain try and tell its own story.
void KeychainJob::probeLockedCollection()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, this, &KeychainJob::startAttempt);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher =
        new QDBusPendingCallWatcher(bus.asyncCall(message, LockProbeTimeoutMilliseconds), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                if (!reply.isError() && reply.value().variant().toBool()) {
                    finishUnavailable(QStringLiteral("the default keychain collection is locked"),
                                      true);
                    return;
                }
                startAttempt();
            });
}

void KeychainJob::startAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    QKeychain::Job *job = createQtKeychainJob();
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::onAttemptFinished);
    m_answerTimer.start();
    job->start();
}

// The QtKeychain job is deliberately not a child of this object: QtKeychain 0.13.2 hands libsecret
// a raw pointer to the job, with no way to cancel, so deleting a job whose call is still pending
// (store destroyed, or a prompt nobody answers) would be a use after free. The job deletes itself
// once it has finished (auto-delete); one that never finishes goes with the application object.
QKeychain::Job *KeychainJob::createQtKeychainJob() const
{
    QObject *owner = QCoreApplication::instance();
    QKeychain::Job *job = nullptr;
    switch (m_action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_service, owner);
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, owner);
        write->setTextData(m_secret);
        job = write;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, owner);
        break;
    }
    job->setKey(m_key);
    job->setAutoDelete(true);
    // Never a plaintext copy in QSettings when the keychain is missing.
    job->setInsecureFallback(false);
    return job;
}

void KeychainJob::onAttemptFinished(QKeychain::Job *job)
{
    if (m_done)
        return;
    m_answerTimer.stop();
    switch (job->error()) {
    case QKeychain::NoError: {
        Outcome outcome;
        if (m_action == Action::Read)
            outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        qCDebug(lcKeychain).noquote() << actionName() << m_key << "in" << m_service << "done";
        finish(outcome);
        return;
    }
    case QKeychain::EntryNotFound: {
        qCDebug(lcKeychain).noquote()
            << actionName() << m_key << "in" << m_service << "found no entry";
        Outcome outcome;
        outcome.status =
            m_action == Action::Read ? Outcome::Status::NotFound : Outcome::Status::Done;
        finish(outcome);
        return;
    }
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        // The keychain may simply not be up yet (session start): one more try, then give up.
        if (m_attempts == 1) {
            qCInfo(lcKeychain).noquote() << actionName() << m_key << "failed:" << job->errorString()
                                         << "- retrying once in" << RetryDelayMilliseconds << "ms";
            QTimer::singleShot(RetryDelayMilliseconds, this, &KeychainJob::startAttempt);
            return;
        }
        finishUnavailable(job->errorString(), false);
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // libsecret's "is locked", or an unlock prompt the user dismissed.
        finishUnavailable(job->errorString(), true);
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        finishUnavailable(job->errorString(), false);
        return;
    }
    finishUnavailable(job->errorString(), false);
}

// A Secret Service that holds the call open is waiting for a prompt (unlock, or create the first
// keyring) that nobody answers: treat it as locked rather than wait forever. The job is left to
// finish on its own; its late answer is ignored.
void KeychainJob::onAnswerTimeout()
{
    finishUnavailable(QStringLiteral("no answer within %1 s; the keychain is probably waiting "
                                     "for an unlock prompt")
                          .arg(AnswerTimeoutMilliseconds / 1000),
                      true);
}

void KeychainJob::finishUnavailable(const QString &detail, bool locked)
{
    qCWarning(lcKeychain).noquote() << actionName() << m_key << "in" << m_service
                                    << (locked ? "failed, keychain locked:" : "failed:") << detail;
    Outcome outcome;
    outcome.status = Outcome::Status::Unavailable;
    outcome.detail = detail;
    outcome.locked = locked;
    finish(outcome);
}

void KeychainJob::finish(const Outcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_answerTimer.stop();
    // Moved out first: the callback may delete this object.
    Finished finished = std::move(m_finished);
    m_finished = nullptr;
    if (finished)
        finished(outcome);
}

QString KeychainJob::actionName() const
{
    switch (m_action) {
    case Action::Read:
        return QStringLiteral("read");
    case Action::Write:
        return QStringLiteral("write");
    case Action::Remove:
        return QStringLiteral("remove");
    }
    return {};
}
