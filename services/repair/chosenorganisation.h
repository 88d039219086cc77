#pragma once

#include "xeroconnection.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

// The Xero organisation whose grant the credential push uses, as chosen at the Xero sign-in
// and remembered in the settings: its tenant id and its name (which Configure Xero offers
// again). Plain names and ids, no secret.
class ChosenOrganisation : public QObject
{
    Q_OBJECT

public:
    // settings may be null: nothing is remembered or read back. It must outlive this object.
    explicit ChosenOrganisation(QSettings *settings, QObject *parent = nullptr);

    static QString tenantIdSettingsKey() { return QStringLiteral("xero/tenantId"); }
    static QString nameSettingsKey() { return QStringLiteral("xero/organisationName"); }

    // Empty when nobody signed in to Xero through this program.
    QString tenantId() const { return m_tenantId; }
    // The name of the organisation last chosen, here or at an earlier start; empty if none.
    QString name() const { return m_name; }
    void choose(const XeroConnection &organisation);

private:
    QPointer<QSettings> m_settings;
    QString m_tenantId;
    QString m_name;
};
