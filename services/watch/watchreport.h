#pragma once

#include "apierror.h"
#include "datasetstatus.h"
#include "watchfinding.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What one check found and did.
struct WatchReport
{
    QDateTime checkedAt;
    // What was read; empty when the check could not read it.
    std::optional<DatasetStatus> status;
    // Everything wrong now, announced before or not.
    QList<WatchFinding> findings;
    // New since the last check: the new problems and warnings, and the end of problems ("work
    // again"). Told on the desktop, unless notifyError says why not (then they stay new, and the
    // next check tells them).
    QList<WatchFinding> appeared;
    QList<WatchFinding> ended;
    // What the check found, in one sentence (WatchMemory::lastOutcome).
    QString outcome;
    // Notifications the desktop showed (with buttons or not), and why they could not be shown.
    int notificationsShown = 0;
    bool actionsShown = false;
    std::optional<ApiError> notifyError;
    // A fresh temporary credential was given to Power BI before the next slot.
    bool pushed = false;
    std::optional<ApiError> pushFailure;
};
