#include "diagnosiscatalogue.h"

#include "refreshquota.h"

#include <QStringList>

namespace {

using Category = Diagnosis::Category;

// serviceExceptionJson codes that all mean: the Xero sign-in behind the data source no longer
// works, and signing in to Xero again (Edit credentials) fixes it.
const QStringList &credentialCodes()
{
    static const QStringList codes = {
        QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"),
        QStringLiteral("DMTS_OAuthTokenRefreshFailedError"),
        QStringLiteral("DM_GWPipeline_Client_OAuthTokenRefreshFailedError"),
        QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
        QStringLiteral("DMTS_DatasourceHasNoCredentialError"),
    };
    return codes;
}

bool sameCode(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isCredentialCode(const QString &code)
{
    return credentialCodes().contains(code, Qt::CaseInsensitive);
}

// Power BI reports these two as a 400 "InvalidRequest" whose only distinguishing mark is the
// message, so the message is what we match.
bool mentionsDailyLimit(const QString &text)
{
    return text.contains(QLatin1String("exceeded limit"), Qt::CaseInsensitive) &&
           text.contains(QLatin1String("24 hours"), Qt::CaseInsensitive);
}

bool mentionsRunningRefresh(const QString &text)
{
    return text.contains(QLatin1String("already executing"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("already in progress"), Qt::CaseInsensitive);
}

} // namespace

Diagnosis DiagnosisCatalogue::forRefreshError(const QString &errorCode, const QString &description)
{
    if (isCredentialCode(errorCode))
        return credentialTrouble(errorCode);
    if (sameCode(errorCode, QStringLiteral("DM_GWPipeline_Client_GatewayUnreachable")))
        return {Category::Gateway, errorCode,
                tr("The on-premises data gateway that this dataset uses is offline. Ask the "
                   "person who looks after the gateway to start it, then refresh again."),
                RepairStep::ContactSupport};
    if (mentionsDailyLimit(errorCode) || mentionsDailyLimit(description))
        return {Category::RefreshLimit, errorCode,
                tr("This dataset has already been refreshed %1 times in the last 24 hours, the "
                   "most Power BI allows on shared capacity. Try again later, or ask for fewer "
                   "scheduled times.")
                    .arg(RefreshQuota::sharedCapacityLimit),
                RepairStep::Schedule};
    return unknown(errorCode, description);
}

Diagnosis DiagnosisCatalogue::forApiError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::TokenExpired:
        return {Category::SignIn, error.code(), error.plainSentence(),
                error.service() == ApiError::Service::Xero ? RepairStep::SignInXero
                                                           : RepairStep::SignInPowerBi};
    case ApiError::Kind::Throttled:
        return {Category::Throttling, QStringLiteral("Throttled"), error.plainSentence(),
                RepairStep::None};
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::KeychainUnavailable:
        return {Category::Service, error.code(), error.plainSentence(), RepairStep::None};
    case ApiError::Kind::Http:
        break;
    }
    if (error.code() == QLatin1String("invalid_grant") &&
        error.service() == ApiError::Service::Xero)
        return credentialTrouble(error.code());
    // The credential push's refusal (CredentialPush::notOwnerError): its message already names
    // the owner and says to take the dataset over.
    if (error.code() == QLatin1String("NotDatasetOwner")) {
        const Diagnosis notOwner = forNotOwner(QString());
        if (error.message().isEmpty())
            return notOwner;
        return {Category::NotOwner, notOwner.code(), error.message(), notOwner.fixStep()};
    }
    if (mentionsDailyLimit(error.message()))
        return forRefreshError(error.code(), error.message());
    if (mentionsRunningRefresh(error.message()) || error.httpStatus() == 409)
        return {Category::RefreshRunning, error.code(),
                tr("A refresh of this dataset is already running. Wait for it to finish, then "
                   "look at its result."),
                RepairStep::RefreshStatus};
    if (isCredentialCode(error.code()))
        return credentialTrouble(error.code());
    if (!error.code().isEmpty())
        return {Category::Service, error.code(), error.plainSentence(), RepairStep::None};
    return {Category::Service, QString(), error.plainSentence(), RepairStep::None};
}

bool DiagnosisCatalogue::isDailyLimitRefusal(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && mentionsDailyLimit(error.message());
}

Diagnosis DiagnosisCatalogue::forScheduleSwitchedOff()
{
    return {Category::ScheduleOff, QStringLiteral("ScheduleDisabled"),
            tr("Power BI switched the scheduled refresh off after it failed. Once the Xero "
               "sign-in is repaired, switch the schedule back on."),
            RepairStep::Schedule};
}

Diagnosis DiagnosisCatalogue::forNotOwner(const QString &owner)
{
    const QString who = owner.isEmpty() ? tr("someone else") : owner;
    return {Category::NotOwner, QStringLiteral("NotDatasetOwner"),
            tr("This dataset belongs to %1: only its owner can change its credentials and "
               "schedule. Take it over to become its owner.")
                .arg(who),
            RepairStep::XeroSettings};
}

Diagnosis DiagnosisCatalogue::credentialTrouble(const QString &code)
{
    return {Category::Credentials, code,
            tr("The Xero sign-in behind this dataset has expired or was revoked, so Power BI "
               "can no longer read your Xero data. Sign in to Xero again to repair it."),
            RepairStep::SignInXero};
}

Diagnosis DiagnosisCatalogue::unknown(const QString &code, const QString &description)
{
    if (code.isEmpty() && description.isEmpty())
        return {Category::Unknown, QString(), tr("Power BI did not say why the refresh failed."),
                RepairStep::ContactSupport};
    QString explanation = tr("Power BI reported an error this program does not know: %1.")
                              .arg(code.isEmpty() ? description : code);
    if (!code.isEmpty() && !description.isEmpty())
        explanation += QLatin1Char(' ') + description;
    return {Category::Unknown, code, explanation, RepairStep::ContactSupport};
}
