#pragma once

#include "asyncguard.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

// The operations that one window or one command runs through the repair's parts, tracked
// together: whether any is running, a plain sentence saying what they do now, and one cancel
// for all of them.
//
// The contract of every operation started through run(), kept here rather than by each caller:
// - the callback runs exactly once: with the answer, or with ApiError::cancelled when
//   cancelAll() comes first (at once, then);
// - never before the call that started the operation has returned, even when the answer is
//   known at once (a check that fails before anything is sent);
// - never after its context is destroyed (a null context: no such condition).
class OperationTracker : public QObject
{
    Q_OBJECT

public:
    explicit OperationTracker(QObject *parent = nullptr);
    // Tells the callers still waiting that their operations are cancelled.
    ~OperationTracker() override;

    // Starts an operation: body runs now with the callback that ends it.
    template<typename T>
    void run(QObject *context, Callback<T> done, const std::function<void(Callback<T>)> &body,
             ApiError::Service service = ApiError::Service::PowerBi);

    // For the steps of an operation of receiver's: stale once cancelAll() runs.
    AsyncGuard guard(const QObject *receiver,
                     ApiError::Service service = ApiError::Service::PowerBi) const;

    bool isBusy() const { return !m_cancellers.isEmpty(); }
    // What the running operations do now, in one plain sentence (see progress()).
    void tell(const QString &sentence) { emit progress(sentence); }
    // The running operations wait this long before a service lets them go on (throttling).
    void tellWait(ApiError::Service service, qint64 seconds) { emit waiting(service, seconds); }
    // Ends every running operation with ApiError::cancelled; their later steps stop.
    void cancelAll();

signals:
    void busyChanged(bool busy);
    void progress(const QString &sentence);
    void waiting(ApiError::Service service, qint64 seconds);
    // Emitted by cancelAll() after the callers were told: parts that keep work of their own
    // (requests in flight, timers) stop it here.
    void cancelled();

private:
    quint64 add(std::function<void()> cancel);
    void remove(quint64 id);

    std::shared_ptr<quint64> m_cancellations = std::make_shared<quint64>(0);
    QHash<quint64, std::function<void()>> m_cancellers;
    quint64 m_nextId = 0;
};

template<typename T>
void OperationTracker::run(QObject *context, Callback<T> done,
                           const std::function<void(Callback<T>)> &body, ApiError::Service service)
{
    struct State
    {
        bool open = true;
        bool returned = false;
        quint64 id = 0;
    };
    auto state = std::make_shared<State>();
    const bool hasContext = context != nullptr;
    const QPointer<QObject> alive(context);
    const QPointer<OperationTracker> self(this);
    const auto deliver = [hasContext, alive, done](Result<T> result) {
        if (!hasContext || alive)
            done(std::move(result));
    };
    const Callback<T> finish = [self, state, deliver](Result<T> result) {
        if (!state->open)
            return;
        state->open = false;
        if (self)
            self->remove(state->id);
        if (state->returned)
            return deliver(std::move(result));
        QTimer::singleShot(0, [deliver, result] { deliver(result); });
    };
    state->id = add([finish, service] { finish(ApiError::cancelled(service)); });
    body(finish);
    state->returned = true;
}
