#include "tokenstore.h"

#include <QTimer>

TokenStore::TokenStore(Backend backend, const QString &program, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_program(program)
{}

// Operations still queued are dropped without calling back; a keychain job under way is deleted
// with this object (it is a child), and QtKeychain's own job finishes on its own.
TokenStore::~TokenStore() = default;

void TokenStore::read(const TokenKey &key, QObject *context, Callback<std::optional<QString>> done)
{
    enqueue({KeychainJob::Action::Read, key, {}, context ? context : this, std::move(done), {}});
}

void TokenStore::write(const TokenKey &key, const QString &secret, QObject *context,
                       Callback<Done> done)
{
    enqueue(
        {KeychainJob::Action::Write, key, secret, context ? context : this, {}, std::move(done)});
}

void TokenStore::remove(const TokenKey &key, QObject *context, Callback<Done> done)
{
    enqueue({KeychainJob::Action::Remove, key, {}, context ? context : this, {}, std::move(done)});
}

void TokenStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    runNext();
}

void TokenStore::runNext()
{
    while (!m_running && !m_queue.empty()) {
        Operation operation = std::move(m_queue.front());
        m_queue.pop_front();
        if (isMemoryOnly())
            completeFromMemory(operation);
        else
            runInKeychain(std::move(operation));
    }
}

void TokenStore::runInKeychain(Operation operation)
{
    auto *job = new KeychainJob(operation.action, m_program, operation.key.name(), this);
    if (operation.action == KeychainJob::Action::Write)
        job->setSecret(operation.secret);
    m_running = job;
    job->start([this, job, operation = std::move(operation)](const KeychainJob::Outcome &outcome) {
        m_running = nullptr;
        job->deleteLater();
        onKeychainOutcome(operation, outcome);
        runNext();
    });
}

void TokenStore::onKeychainOutcome(const Operation &operation, const KeychainJob::Outcome &outcome)
{
    const QString name = operation.key.name();
    switch (outcome.status) {
    case KeychainJob::Outcome::Status::Done:
        if (operation.action == KeychainJob::Action::Read) {
            m_memory.insert(name, outcome.secret.value_or(QString()));
            deliverRead(operation, outcome.secret);
        } else {
            if (operation.action == KeychainJob::Action::Write)
                m_memory.insert(name, operation.secret);
            else
                m_memory.remove(name);
            deliverDone(operation);
        }
        return;
    case KeychainJob::Outcome::Status::NotFound:
        m_memory.remove(name);
        deliverRead(operation, std::nullopt);
        return;
    case KeychainJob::Outcome::Status::Unavailable:
        switchToMemoryOnly(ApiError::keychainUnavailable(outcome.detail, outcome.locked));
        completeFromMemory(operation);
        return;
    }
}

// Said once: from here on nothing reaches the keychain, so nothing can fail again.
void TokenStore::switchToMemoryOnly(const ApiError &error)
{
    if (isMemoryOnly())
        return;
    m_backend = Backend::MemoryOnly;
    qCWarning(lcKeychain).noquote() << "keychain for" << m_program << "unavailable:" << error.code()
                                    << "- secrets are kept in memory only";
    emit keychainUnavailable(error);
}

void TokenStore::completeFromMemory(const Operation &operation)
{
    const QString name = operation.key.name();
    switch (operation.action) {
    case KeychainJob::Action::Read: {
        const auto found = m_memory.constFind(name);
        deliverRead(operation,
                    found == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*found));
        return;
    }
    case KeychainJob::Action::Write:
        m_memory.insert(name, operation.secret);
        deliverDone(operation);
        return;
    case KeychainJob::Action::Remove:
        m_memory.remove(name);
        deliverDone(operation);
        return;
    }
}

// Always on a later turn of the event loop, with the caller's context as the timer's context:
// Qt drops the call if the context is destroyed first.
void TokenStore::deliverRead(const Operation &operation, const std::optional<QString> &secret)
{
    if (!operation.context || !operation.readDone)
        return;
    QTimer::singleShot(0, operation.context.data(),
                       [done = operation.readDone, secret] { done(secret); });
}

void TokenStore::deliverDone(const Operation &operation)
{
    if (!operation.context || !operation.done)
        return;
    QTimer::singleShot(0, operation.context.data(), [done = operation.done] { done(Done{}); });
}
