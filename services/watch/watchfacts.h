#pragma once

#include "apierror.h"
#include "datasetstatus.h"

#include <QDateTime>

#include <optional>

// What one check read, and what it knows of itself: everything WatchCheck needs, so that
// the findings are a pure function of it.
struct WatchFacts
{
    // Empty when the status could not be read (cannotCheck says why).
    std::optional<DatasetStatus> status;
    std::optional<ApiError> cannotCheck;
    QDateTime now;
    // When the Xero grant this program keeps dies unless used (XeroAccount::grantExpiresAt);
    // invalid when it keeps none.
    QDateTime programGrantExpiresAt;
    // The watch gives Power BI a fresh temporary credential before each slot.
    bool pushMode = false;
    // This check gave Power BI a fresh credential.
    bool pushed = false;
    // This check tried to, and could not.
    std::optional<ApiError> pushFailure;
    // This check tried to, and had nothing to give: no Xero sign-in kept for the organisation,
    // or no Xero data source chosen.
    bool nothingToPush = false;
};
