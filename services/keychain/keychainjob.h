#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

// One read, write or remove in the system keychain through QtKeychain, from start to exactly one
// outcome, without ever blocking:
// - it first asks the Secret Service whether the default collection is locked, because
//   QtKeychain 0.13.2 over libsecret reports a read from a locked collection as "not found"
//   and a write to it waits for an unlock prompt;
// - when the backend is not up yet (OtherError, NoBackendAvailable) it tries once more after
//   a short delay, then gives up;
// - an attempt that does not answer within a few seconds (an unlock prompt nobody answers) is
//   reported as a locked keychain.
// Only key names and outcomes are logged, never a secret.
class KeychainJob : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Read,
        Write,
        Remove
    };

    struct Outcome
    {
        enum class Status
        {
            Done,       // read found a secret, write saved it, remove removed it (or nothing)
            NotFound,   // read only: there is no such entry
            Unavailable // the keychain is missing or locked
        };
        Status status = Status::Done;
        std::optional<QString> secret; // the secret read, for Read with Done
        QString detail;                // for Unavailable: the keychain's own words, never a secret
        bool locked = false;           // for Unavailable: locked rather than missing
    };
    using Finished = std::function<void(const Outcome &)>;

    // How long the keychain gets before the single retry, and to answer one attempt.
    static constexpr int RetryDelayMilliseconds = 2000;
    static constexpr int AnswerTimeoutMilliseconds = 5000;
    static constexpr int LockProbeTimeoutMilliseconds = 2000;

    KeychainJob(Action action, const QString &service, const QString &key,
                QObject *parent = nullptr);

    void setSecret(const QString &secret) { m_secret = secret; }

    // finished runs exactly once, on a later turn of the event loop, and never after this
    // object is destroyed.
    void start(Finished finished);

private:
    void probeLockedCollection();
    void startAttempt();
    QKeychain::Job *createQtKeychainJob() const;
    void onAttemptFinished(QKeychain::Job *job);
    void onAnswerTimeout();
    void finishUnavailable(const QString &detail, bool locked);
    void finish(const Outcome &outcome);
    QString actionName() const;

    Action m_action;
    QString m_service;
    QString m_key;
    QString m_secret;
    Finished m_finished;
    QTimer m_answerTimer;
    int m_attempts = 0;
    bool m_done = false;
};
