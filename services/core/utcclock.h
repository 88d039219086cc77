#pragma once

#include <QDateTime>

#include <functional>

// What "now" is for the sign-in classes. Production uses the system clock; tests hand in the
// sandbox's movable clock, so that token lifetimes (an hour, 30 minutes, 60 days) are checked
// without waiting.
using UtcClock = std::function<QDateTime()>;

inline UtcClock systemUtcClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}
