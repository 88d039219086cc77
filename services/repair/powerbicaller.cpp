#include "powerbicaller.h"

PowerBiCaller::PowerBiCaller(MicrosoftAccount *account, OperationTracker *operations,
                             QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_operations(operations)
{
    connect(operations, &OperationTracker::cancelled, this, &PowerBiCaller::stopRequests);
}

bool PowerBiCaller::isServicePrincipal() const
{
    return m_account && m_account->mode() == MicrosoftAccount::Mode::ServicePrincipal;
}

QString PowerBiCaller::userName() const
{
    if (!m_account || m_account->mode() != MicrosoftAccount::Mode::User)
        return {};
    return m_account->accountName();
}

void PowerBiCaller::stopRequests()
{
    if (m_account)
        m_account->cancelCalls(this);
}
