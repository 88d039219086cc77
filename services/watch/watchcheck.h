#pragma once

#include "watchfinding.h"

#include <QCoreApplication>
#include <QList>

// What is wrong, or about to go wrong, with the remembered dataset: a pure function of what one
// check read, so that every rule is tested without a network.
class WatchCheck
{
    Q_DECLARE_TR_FUNCTIONS(WatchCheck)

public:
    // Warn this long before the program's Xero grant dies (60 days unused, so at day 50).
    static constexpr int grantWarningDays = 10;

    static QList<WatchFinding> findings(const WatchFacts &facts);
};
