#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <utility>

// Whether a later step of an asynchronous operation may still run: the object whose members
// the step uses still exists, and the operation has not been cancelled since the guard was
// taken. Taken once when an operation starts and copied into each of its steps, it replaces the
// hand-written "QPointer to self plus generation number" checks.
class AsyncGuard
{
public:
    // receiver: the object the steps work for. cancellations: a counter that cancelling
    // increments (OperationTracker owns one); null when only the receiver's life counts.
    // service: whose "cancelled" error a stale step reports.
    AsyncGuard(const QObject *receiver, std::shared_ptr<const quint64> cancellations,
               ApiError::Service service);

    bool isCurrent() const;
    ApiError cancelledError() const { return ApiError::cancelled(m_service); }

    // The callback for one step's answer: an error goes to done as it is; a stale guard gives
    // done the cancelled error; otherwise next(value) runs, and it may use the receiver.
    template<typename T, typename U, typename Next>
    Callback<T> then(Callback<U> done, Next next) const
    {
        return [guard = *this, done = std::move(done),
                next = std::move(next)](Result<T> answer) mutable {
            if (!answer)
                return done(answer.error());
            if (!guard.isCurrent())
                return done(guard.cancelledError());
            next(std::move(answer.value()));
        };
    }

private:
    QPointer<QObject> m_receiver;
    std::shared_ptr<const quint64> m_cancellations;
    quint64 m_takenAt = 0;
    ApiError::Service m_service;
};
