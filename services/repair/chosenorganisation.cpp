#include "chosenorganisation.h"

ChosenOrganisation::ChosenOrganisation(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (settings) {
        m_tenantId = settings->value(tenantIdSettingsKey()).toString();
        m_name = settings->value(nameSettingsKey()).toString();
    }
}

void ChosenOrganisation::choose(const XeroConnection &organisation)
{
    m_tenantId = organisation.tenantId();
    m_name = organisation.tenantName();
    if (m_settings) {
        m_settings->setValue(tenantIdSettingsKey(), m_tenantId);
        m_settings->setValue(nameSettingsKey(), m_name);
    }
}
