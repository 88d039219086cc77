#pragma once

#include "result.h"

#include <QObject>
#include <QString>

// What the repair session needs from the Microsoft sign-in: a Power BI access token, a new one
// when the service says the current one expired, and who is signed in. The command line and
// the wizard hand in the signed-in account (MicrosoftAccount) behind this seam; tests hand in
// tokens issued by the sandbox.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;

    // The current access token while it lives, else a fresh one.
    virtual void accessToken(QObject *context, Callback<QString> done) = 0;
    // A new access token: the service answered TokenExpired to the current one.
    virtual void renewAccessToken(QObject *context, Callback<QString> done) = 0;
    // A service principal has no My workspace and may only use NoNotification.
    virtual bool isServicePrincipal() const = 0;
    // The signed-in user (to tell whether they own a dataset); empty for a service principal.
    virtual QString accountName() const = 0;
};
