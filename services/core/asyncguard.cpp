#include "asyncguard.h"

AsyncGuard::AsyncGuard(const QObject *receiver, std::shared_ptr<const quint64> cancellations,
                       ApiError::Service service)
    // QPointer watches the object's life only; it never changes it.
    : m_receiver(const_cast<QObject *>(receiver))
    , m_cancellations(std::move(cancellations))
    , m_takenAt(m_cancellations ? *m_cancellations : 0)
    , m_service(service)
{}

bool AsyncGuard::isCurrent() const
{
    return m_receiver && (!m_cancellations || *m_cancellations == m_takenAt);
}
