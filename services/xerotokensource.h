#pragma once

#include "result.h"

#include <QObject>
#include <QString>

// Where the repair session gets a Xero access token to push onto the dataset's Xero data
// source right before it starts a refresh (a pushed credential lives only as long as that
// token: 30 minutes). Backed by the Xero sign-in stored in the keychain; tests hand in tokens
// issued by the sandbox.
class XeroTokenSource
{
public:
    virtual ~XeroTokenSource() = default;

    // False when nobody signed in to Xero through this program: then nothing is pushed.
    virtual bool hasStoredSignIn() const = 0;
    // A Xero access token that has most of its 30 minutes ahead of it.
    virtual void freshAccessToken(QObject *context, Callback<QString> done) = 0;
};
