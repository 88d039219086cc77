#include "commandsignin.h"

#include "microsoftsigninflow.h"
#include "sandboxscenario.h"
#include "serviceprincipal.h"

#include <QTimer>

ApiError CommandSignIn::signInNeeded()
{
    return ApiError::http(
        ApiError::Service::MicrosoftIdentity, 0, signInNeededCode(),
        tr("Nobody is signed in to Power BI. Start xero-refresh-assistant without a command and "
           "sign in, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET to use a "
           "service principal."));
}

void CommandSignIn::signIn(MicrosoftAccount *account, const QSettings &settings,
                           const QProcessEnvironment &environment, bool sandbox, QObject *context,
                           Callback<Done> done)
{
    // A service principal signs in with its first call: nothing to do before.
    std::optional<ServicePrincipal> principal = ServicePrincipal::fromEnvironment(environment);
    if (!principal && sandbox)
        principal =
            ServicePrincipal(QStringLiteral("sandbox"), SandboxScenario::servicePrincipalClientId,
                             SandboxScenario::servicePrincipalSecret);
    if (principal) {
        account->useServicePrincipal(*principal);
        QTimer::singleShot(0, context, [done] { done(Done{}); });
        return;
    }
    const QString remembered = settings.value(MicrosoftSignInFlow::accountSettingsKey()).toString();
    if (remembered.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(signInNeeded()); });
        return;
    }
    account->startSilently(remembered, context,
                           [done](Result<MicrosoftAccount::StartOutcome> outcome) {
                               if (!outcome)
                                   return done(outcome.error());
                               if (outcome.value() == MicrosoftAccount::StartOutcome::SignInNeeded)
                                   return done(signInNeeded());
                               done(Done{});
                           });
}
