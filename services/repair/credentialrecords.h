#pragma once

#include "credentialrecord.h"
#include "datasource.h"

#include <QPointer>
#include <QSettings>

#include <optional>

// The credential records, one per data source (Datasource::key()), kept in the settings so that
// a later start still knows what was given to Power BI, and when.
class CredentialRecords
{
public:
    // settings may be null: records live for this run only.
    explicit CredentialRecords(QSettings *settings);

    std::optional<CredentialRecord> find(const QString &datasourceKey) const;
    void keep(const QString &datasourceKey, const CredentialRecord &record);

private:
    static QString group(const QString &datasourceKey);
    std::optional<CredentialRecord> inMemory(const QString &datasourceKey) const;

    QPointer<QSettings> m_settings;
    QHash<QString, CredentialRecord> m_inMemory;
};
