#pragma once

#include "apierror.h"
#include "keychainjob.h"
#include "result.h"
#include "tokenkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>

// The one place secrets are kept: the system keychain through QtKeychain (the Secret Service on
// Linux), asynchronously. There is no plaintext fallback, ever. When the keychain is missing or
// locked, the store says so once (keychainUnavailable) and from then on keeps secrets in memory
// only, so the session carries on and nothing is written anywhere else.
// Operations run one after the other in the order they were asked, so a read always sees the
// write asked before it. Callbacks always run on a later turn of the event loop.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend
    {
        SystemKeychain,
        MemoryOnly
    };

    // program: the keychain "service" every key lives under; tests pass their own.
    explicit TokenStore(Backend backend = Backend::SystemKeychain,
                        const QString &program = QStringLiteral("xero-refresh-assistant"),
                        QObject *parent = nullptr);
    ~TokenStore() override;

    // nullopt when there is no such secret.
    void read(const TokenKey &key, QObject *context, Callback<std::optional<QString>> done);
    void write(const TokenKey &key, const QString &secret, QObject *context, Callback<Done> done);
    void remove(const TokenKey &key, QObject *context, Callback<Done> done);

    bool isMemoryOnly() const { return m_backend == Backend::MemoryOnly; }
    QString program() const { return m_program; }

signals:
    // Emitted once, when the keychain first fails; secrets stay in memory from then on.
    void keychainUnavailable(const ApiError &error);

private:
    struct Operation
    {
        KeychainJob::Action action;
        TokenKey key;
        QString secret;            // for Write
        QPointer<QObject> context; // callbacks never run once it is gone
        Callback<std::optional<QString>> readDone;
        Callback<Done> done;
    };

    void enqueue(Operation operation);
    void runNext();
    void runInKeychain(Operation operation);
    void onKeychainOutcome(const Operation &operation, const KeychainJob::Outcome &outcome);
    void switchToMemoryOnly(const ApiError &error);
    void completeFromMemory(const Operation &operation);
    void deliverRead(const Operation &operation, const std::optional<QString> &secret);
    void deliverDone(const Operation &operation);

    Backend m_backend;
    QString m_program;
    // key name -> secret: the whole store once MemoryOnly; before that, what this session last
    // saw in the keychain, so that a keychain failing mid-session still answers from memory.
    QHash<QString, QString> m_memory;
    std::deque<Operation> m_queue;
    KeychainJob *m_running = nullptr;
};
