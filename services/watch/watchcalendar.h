#pragma once

#include "refreshschedule.h"
#include "watchmemory.h"
#include "watchunits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class WatchCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WatchCalendar)

public:
    // The units' names: the timer removes them without the units at hand.
    static inline const QString serviceFileName =
        QStringLiteral("xero-refresh-assistant-watch.service");
    static inline const QString timerFileName =
        QStringLiteral("xero-refresh-assistant-watch.timer");

    // How long after a slot the check runs (Power BI starts a slot's refresh within minutes).
    static constexpr int checkAfterSlotMinutes = 20;
    // How long before a slot a fresh credential is pushed.
    static constexpr int pushBeforeSlotMinutes = 5;

    // program: the absolute path of the executable; language: "en" or "fr".
    static WatchUnits units(const RefreshSchedule &schedule, const QString &program,
                            const QString &language, WatchMemory::Mode mode);
};
