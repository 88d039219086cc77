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

ApiError PowerBiCaller::explainRefusal(const ApiError &error) const
{
    // Power BI refused even the fresh token of a service principal: nobody can sign in again;
    // its settings are what to check.
    if (error.kind() == ApiError::Kind::TokenExpired && isServicePrincipal())
        return error.withExplanation(
            tr("Power BI did not accept the service principal's token, even a new one. Check "
               "its settings: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, and that "
               "--cloud (or AZURE_AUTHORITY_HOST and POWERBI_API_ROOT) name one cloud."));
    const bool refused = error.kind() == ApiError::Kind::Http &&
                         error.service() == ApiError::Service::PowerBi &&
                         (error.httpStatus() == 401 || error.httpStatus() == 403);
    // Any refusal of a service principal is one of these; a user's is said by its code only.
    if (!refused ||
        (!isServicePrincipal() && error.code() != QLatin1String("PowerBINotAuthorizedException")))
        return error;
    if (isServicePrincipal())
        return error.withExplanation(
            tr("Power BI refused the service principal. A Power BI administrator must allow "
               "service principals to use Power BI APIs (tenant setting \"Service principals "
               "can use Fabric APIs\"), and the principal must be a member of the workspace."));
    return error.withExplanation(
        tr("Power BI refused the request: the signed-in account has no permission for it. Ask "
           "an admin of the workspace for the Member or Contributor role."));
}

void PowerBiCaller::stopRequests()
{
    if (m_account)
        m_account->cancelCalls(this);
}
