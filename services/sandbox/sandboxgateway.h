#pragma once

#include <QString>

// An on-premises data gateway of the scenario (a cluster of type "Resource"). Its RSA key pair
// lives in SandboxGatewayKeys: made when first needed, and kept across a reset, as a real
// gateway keeps its key.
struct SandboxGateway
{
    QString id;
    QString name;
    int keyBits = 2048;
    QString machine;
    QString version;
    QString contact; // the gateway administrator's e-mail
};
