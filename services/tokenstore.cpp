#include "tokenstore.h"

#include <QTimer>

// Placeholder until the keychain backend lands: the memory backend only, answering on the next
// turn of the event loop like the keychain does.

TokenStore::TokenStore(Backend backend, const QString &program, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_program(program)
{}

TokenStore::~TokenStore() = default;

void TokenStore::read(const TokenKey &key, QObject *context, Callback<std::optional<QString>> done)
{
    const auto found = m_memory.constFind(key.name());
    const std::optional<QString> value =
        found == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*found);
    QTimer::singleShot(0, context, [done = std::move(done), value] { done(value); });
}

void TokenStore::write(const TokenKey &key, const QString &secret, QObject *context,
                       Callback<Done> done)
{
    m_memory.insert(key.name(), secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(Done{}); });
}

void TokenStore::remove(const TokenKey &key, QObject *context, Callback<Done> done)
{
    m_memory.remove(key.name());
    QTimer::singleShot(0, context, [done = std::move(done)] { done(Done{}); });
}
