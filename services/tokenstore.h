#pragma once

#include "apierror.h"
#include "result.h"
#include "tokenkey.h"

#include <QHash>
#include <QObject>

#include <optional>

// The one place secrets are kept: the system keychain through QtKeychain (the Secret Service on
// Linux), asynchronously. There is no plaintext fallback, ever. When the keychain is missing or
// locked, the store says so once (keychainUnavailable) and from then on keeps secrets in memory
// only, so the session carries on and nothing is written anywhere else.
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
    Backend m_backend;
    QString m_program;
    QHash<QString, QString> m_memory; // key name -> secret, for MemoryOnly
};
