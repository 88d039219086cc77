#include "sandboxclock.h"

QDateTime SandboxClock::now() const
{
    if (m_pinned.isValid())
        return m_pinned;
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
}

void SandboxClock::advance(qint64 seconds)
{
    m_offsetSeconds += seconds;
}

void SandboxClock::reset()
{
    m_offsetSeconds = 0;
    m_pinned = QDateTime();
}
