#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// A Xero credential entered through the Power BI page ("Edit credentials", then the sign-in
// pop-up): Power BI keeps the refresh token of its own Xero connector and renews it whenever
// it needs a new access token, so it lasts as long as the grant is used at least every 60 days.
struct SandboxLastingCredential
{
    QString refreshToken;
    QString accessToken; // the last one issued; renewed when it has expired
    QString organisationName;
    QString tenantId;
    QString privacyLevel;
    QString enteredBy;
    QDateTime enteredAt;
    QDateTime renewedAt;
    bool broken = false; // the last renewal was refused (grant revoked, or unused for 60 days)
};

// The lasting credentials, kept per data source outside the datasets, as Power BI keeps cloud
// credentials. The access token pushed through the API (SandboxDatasource::pushedXeroAccessToken)
// is the other kind: a data source holds one or the other, the last one entered.
class SandboxLastingCredentials
{
public:
    SandboxLastingCredential *find(const QString &gatewayId, const QString &datasourceId);
    void set(const QString &gatewayId, const QString &datasourceId,
             const SandboxLastingCredential &credential);
    void remove(const QString &gatewayId, const QString &datasourceId);
    void clear() { m_credentials.clear(); }

    struct Entry
    {
        QString gatewayId;
        QString datasourceId;
        SandboxLastingCredential credential;
    };
    QList<Entry> entries() const { return m_credentials.values(); }

private:
    static QString key(const QString &gatewayId, const QString &datasourceId);
    QHash<QString, Entry> m_credentials;
};
