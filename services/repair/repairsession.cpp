#include "repairsession.h"

RepairSession::RepairSession(const Services &services, QObject *parent)
    : QObject(parent)
    , m_credentials(std::make_unique<CredentialRecords>(services.settings))
    , m_operations(new OperationTracker(this))
    , m_powerBi(new PowerBiCaller(services.microsoftAccount, m_operations, this))
    , m_dataset(new ChosenDataset(services.settings, services.endpoints, this))
    , m_organisation(new ChosenOrganisation(services.settings, this))
    , m_finder(new DatasetFinder(m_powerBi, m_operations, m_dataset, this))
    , m_status(new StatusReader(m_powerBi, m_operations, m_dataset, m_credentials.get(), this))
    , m_editor(new DatasetEditor(m_powerBi, m_operations, m_dataset, this))
    , m_runner(new RefreshRunner(m_powerBi, m_operations, m_dataset, services.credentialPush,
                                 m_organisation, m_credentials.get(), this))
    , m_microsoft(new MicrosoftSignInFlow(services.microsoftSignIn, services.microsoftAccount,
                                          m_operations, services.settings, this))
    , m_xero(new XeroSignInFlow(services.xeroSignIn, services.xeroAccount, m_organisation,
                                m_operations, this))
    , m_lasting(new LastingCredentialFlow(services.endpoints, m_dataset, m_credentials.get(), this))
{}

void RepairSession::setClock(const UtcClock &clock)
{
    m_status->setClock(clock);
    m_runner->setClock(clock);
    m_lasting->setClock(clock);
}
