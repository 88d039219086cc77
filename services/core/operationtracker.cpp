#include "operationtracker.h"

OperationTracker::OperationTracker(QObject *parent)
    : QObject(parent)
{}

OperationTracker::~OperationTracker()
{
    // Callers are told, rather than left waiting for an answer that will never come.
    cancelAll();
}

AsyncGuard OperationTracker::guard(const QObject *receiver, ApiError::Service service) const
{
    return AsyncGuard(receiver, m_cancellations, service);
}

void OperationTracker::cancelAll()
{
    ++*m_cancellations;
    const QList<std::function<void()>> cancellers = m_cancellers.values();
    for (const std::function<void()> &cancelOne : cancellers)
        cancelOne();
    emit cancelled();
}

quint64 OperationTracker::add(std::function<void()> cancel)
{
    const bool wasBusy = isBusy();
    const quint64 id = ++m_nextId;
    m_cancellers.insert(id, std::move(cancel));
    if (!wasBusy)
        emit busyChanged(true);
    return id;
}

void OperationTracker::remove(quint64 id)
{
    if (m_cancellers.remove(id) > 0 && !isBusy())
        emit busyChanged(false);
}
