#pragma once

#include "microsoftaccount.h"
#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>

// Who the command line signs in as, in this order: a service principal from AZURE_TENANT_ID,
// AZURE_CLIENT_ID and AZURE_CLIENT_SECRET; with --sandbox, the sandbox's well-known service
// principal; else the account signed in through the window, remembered in the settings
// ("microsoft/account") with its refresh token in the keychain. Nothing of it: a sign-in error
// that says how to sign in.
class CommandSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CommandSignIn)

public:
    // The code of the error that means "nobody to sign in as".
    static QString signInNeededCode() { return QStringLiteral("SignInNeeded"); }

    static void signIn(MicrosoftAccount *account, const QSettings &settings,
                       const QProcessEnvironment &environment, bool sandbox, QObject *context,
                       Callback<Done> done);
    static ApiError signInNeeded();
};
