#include "credentialrecords.h"

namespace {
const QString kindKey = QStringLiteral("kind");
const QString atKey = QStringLiteral("at");
const QString expiresKey = QStringLiteral("expiresAt");
const QString lasting = QStringLiteral("lasting");
const QString temporary = QStringLiteral("temporary");
} // namespace

CredentialRecords::CredentialRecords(QSettings *settings)
    : m_settings(settings)
{}

QString CredentialRecords::group(const QString &datasourceKey)
{
    return QStringLiteral("credentials/") + datasourceKey;
}

// The settings come first, read afresh: another process (the watch's timer, or the window) may
// have given Power BI a credential since this one kept its own record.
std::optional<CredentialRecord> CredentialRecords::find(const QString &datasourceKey) const
{
    if (!m_settings)
        return inMemory(datasourceKey);
    m_settings->sync();
    const QString prefix = group(datasourceKey) + QLatin1Char('/');
    const QString kind = m_settings->value(prefix + kindKey).toString();
    const QDateTime at = m_settings->value(prefix + atKey).toDateTime();
    if ((kind != lasting && kind != temporary) || !at.isValid())
        return inMemory(datasourceKey);
    CredentialRecord record;
    record.kind =
        kind == lasting ? CredentialRecord::Kind::Lasting : CredentialRecord::Kind::Temporary;
    record.at = at.toUTC();
    record.expiresAt = m_settings->value(prefix + expiresKey).toDateTime().toUTC();
    return record;
}

std::optional<CredentialRecord> CredentialRecords::inMemory(const QString &datasourceKey) const
{
    if (!m_inMemory.contains(datasourceKey))
        return std::nullopt;
    return m_inMemory.value(datasourceKey);
}

void CredentialRecords::keep(const QString &datasourceKey, const CredentialRecord &record)
{
    m_inMemory.insert(datasourceKey, record);
    if (!m_settings)
        return;
    const QString prefix = group(datasourceKey) + QLatin1Char('/');
    m_settings->setValue(prefix + kindKey,
                         record.kind == CredentialRecord::Kind::Lasting ? lasting : temporary);
    m_settings->setValue(prefix + atKey, record.at.toUTC());
    if (record.expiresAt.isValid())
        m_settings->setValue(prefix + expiresKey, record.expiresAt.toUTC());
    else
        m_settings->remove(prefix + expiresKey);
}
