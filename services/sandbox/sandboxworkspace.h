#pragma once

#include <QString>

struct SandboxWorkspace
{
    QString id;
    QString name;
    bool isOnDedicatedCapacity = false;
    QString capacityId; // only on dedicated capacity
};
