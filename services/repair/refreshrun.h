#pragma once

#include "refresh.h"
#include "refreshstart.h"

#include <QDateTime>

#include <optional>

// A refresh the repair session started: the credential push before it, the service's answer
// to the POST, and the history entry as last seen while following it.
struct RefreshRun
{
    bool credentialsPushed = false;
    RefreshStart start;
    // When the session asked for it, on the session's clock.
    QDateTime requestedAt;
    // The history entry, once it shows up.
    std::optional<Refresh> refresh;
    // Seconds from requestedAt to the last look at the history (or to its end).
    qint64 elapsedSeconds = 0;
    // Following gave up before the refresh ended.
    bool timedOut = false;

    bool hasEnded() const { return refresh && !refresh->isRunning(); }
};
