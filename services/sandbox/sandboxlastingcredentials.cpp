#include "sandboxlastingcredentials.h"

QString SandboxLastingCredentials::key(const QString &gatewayId, const QString &datasourceId)
{
    // Ids are compared without case everywhere in Power BI.
    return gatewayId.toLower() + QLatin1Char('/') + datasourceId.toLower();
}

SandboxLastingCredential *SandboxLastingCredentials::find(const QString &gatewayId,
                                                          const QString &datasourceId)
{
    const auto found = m_credentials.find(key(gatewayId, datasourceId));
    return found == m_credentials.end() ? nullptr : &found->credential;
}

void SandboxLastingCredentials::set(const QString &gatewayId, const QString &datasourceId,
                                    const SandboxLastingCredential &credential)
{
    m_credentials.insert(key(gatewayId, datasourceId), {gatewayId, datasourceId, credential});
}

void SandboxLastingCredentials::remove(const QString &gatewayId, const QString &datasourceId)
{
    m_credentials.remove(key(gatewayId, datasourceId));
}
