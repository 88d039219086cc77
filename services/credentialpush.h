#pragma once

#include "dataset.h"
#include "datasource.h"
#include "microsoftaccount.h"
#include "xeroaccount.h"

#include <QObject>
#include <QPointer>

// The credential push, right before a refresh the program starts: a fresh Xero access token
// (XeroAccount) is set on the dataset's Xero data source (found with Datasource::isXero among
// its data sources) through PATCH /gateways/{g}/datasources/{d}. The token is fetched last, just
// before the PATCH, because a pushed credential lives only as long as that token (30 minutes).
//
// Only the dataset's owner may change its credentials. The owner is checked before anything
// is sent (Dataset::configuredBy against the signed-in user); a 403
// PowerBINotAuthorizedException from the service means the same. Either way the error is
// notOwnerError(): isNotOwner() tells the caller to offer Take over
// (DiagnosisCatalogue::forNotOwner(dataset.configuredBy())).
// Logged: ids, status codes and request ids; never the token.
class CredentialPush : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the push.
    CredentialPush(MicrosoftAccount *account, XeroAccount *xero, QObject *parent = nullptr);

    // dataset as listed (its configuredBy names the owner); xeroTenantId: the organisation
    // chosen at the Xero sign-in. done gets the data source that was updated.
    void push(const Dataset &dataset, const QString &xeroTenantId, QObject *context,
              Callback<Datasource> done);

    static ApiError notOwnerError(const QString &owner, int httpStatus = 403,
                                  const QString &requestId = {});
    static bool isNotOwner(const ApiError &error);
    static ApiError noXeroDatasourceError();
    static QString notOwnerCode() { return QStringLiteral("NotDatasetOwner"); }

private:
    void pushOnto(const Dataset &dataset, const Datasource &datasource, const QString &xeroTenantId,
                  QObject *context, Callback<Datasource> done);
    bool signedInUserOwns(const Dataset &dataset) const;

    QPointer<MicrosoftAccount> m_account;
    QPointer<XeroAccount> m_xero;
};
