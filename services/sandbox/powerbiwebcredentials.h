#pragma once

#include "sandboxreply.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

class SandboxRequest;
struct SandboxContext;
struct SandboxDatasource;

// "Edit credentials" for a Xero data source on the settings page, the server side. Each page
// shown to the dataset's owner gets a sign-in of Power BI's Xero connector per Xero data source
// (state and PKCE verifier kept here, bound to that user and data source); the "Sign in" button
// opens it in a pop-up, the pop-up's OAuth redirect page hands the code to the page, and the
// page posts it here:
//   POST /powerbi/web/gateways/{gatewayId}/datasources/{datasourceId}/credentials
//   {"code":..., "state":..., "organisationName":..., "privacyLevel":...}
//   200 {"message":..., "organisationName":..., "credentialType":"OAuth2"}
//   4xx {"error":{"code":..., "message":...}} (the message is what the page shows)
// The sandbox then redeems the code at Xero's token endpoint as Power BI would, and the data
// source holds a lasting credential (SandboxLastingCredentials) instead of any pushed token.
class PowerBiWebCredentials
{
public:
    static constexpr qint64 signInSeconds = 24 * 3600; // as long as a web session

    explicit PowerBiWebCredentials(SandboxContext &context);
    void reset();

    QUrl startSignIn(const QUrl &root, const QString &user, const SandboxDatasource &datasource);
    static QString saveUrl(const QString &gatewayId, const QString &datasourceId);
    SandboxReply save(const SandboxRequest &request, const QString &user, const QString &gatewayId,
                      const QString &datasourceId);

private:
    struct Pending
    {
        QString user;
        QString gatewayId;
        QString datasourceId;
        QString verifier;
        QDateTime startedAt;
    };

    static SandboxReply refusal(int status, const QString &code, const QString &message);

    SandboxContext &m_context;
    QHash<QString, Pending> m_pending; // by state
};
