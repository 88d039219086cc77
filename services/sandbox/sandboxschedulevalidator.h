#pragma once

#include "sandboxdataset.h"

#include <QJsonObject>
#include <QString>

// Applies the `value` of a PATCH refreshSchedule to a schedule, with the service's rules:
// weekday names only ("Daily" is rejected), hh:mm times on the hour or half hour, at most 8
// times a day on shared capacity (48 on dedicated), a known Windows time zone id,
// NoNotification only for service principals, and a request that disables the schedule
// changes nothing else.
class SandboxScheduleValidator
{
public:
    struct Outcome
    {
        bool ok = false;
        QString message; // why the request is refused
        SandboxSchedule schedule;
    };

    static Outcome apply(const SandboxSchedule &current, const QJsonObject &changes,
                         bool dedicatedCapacity, bool servicePrincipal);
    static bool isKnownTimeZone(const QString &windowsId);
};
