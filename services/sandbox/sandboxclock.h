#pragma once

#include <QDateTime>

// The sandbox's notion of "now": real UTC time plus an offset that tests move forward, so
// that token lifetimes and refresh durations can be crossed without waiting.
class SandboxClock
{
public:
    QDateTime now() const;
    void advance(qint64 seconds);
    void reset();
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    qint64 m_offsetSeconds = 0;
};
