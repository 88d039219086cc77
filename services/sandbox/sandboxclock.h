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
    // A kept sandbox (SandboxSnapshot) starts again at the offset it had.
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }

    // While pinned, now() is that moment: the scheduler runs a slot the clock has already
    // passed as if it were that moment (tokens renewed then expire from then).
    void pin(const QDateTime &moment) { m_pinned = moment; }
    void unpin() { m_pinned = QDateTime(); }

private:
    qint64 m_offsetSeconds = 0;
    QDateTime m_pinned;
};
