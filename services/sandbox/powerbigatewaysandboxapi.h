#pragma once

#include "powerbisandboxroutes.h"

class QJsonObject;

// The gateway routes of the Power BI REST API (Gateways - Get Gateway, Update Datasource): the
// public key a client encrypts credentials with, and the credentials the owner of a data source
// sets on it, read and checked as the on-premises gateway or the cloud service would.
class PowerBiGatewaySandboxApi : public PowerBiSandboxRoutes
{
public:
    explicit PowerBiGatewaySandboxApi(SandboxContext &context);

    SandboxReply getGateway(const Call &call);
    SandboxReply setCredentials(const Call &call);

private:
    // The credentials document of a PATCH as the gateway or the service reads it, or the answer
    // that refuses it (a plain document on an on-premises gateway, an undecryptable one, ...).
    std::optional<QString> credentialsDocument(const QString &gatewayId, const QJsonObject &details,
                                               SandboxReply *refusal);
};
