#pragma once

#include "asyncguard.h"
#include "dataset.h"
#include "datasource.h"
#include "gateway.h"
#include "microsoftaccount.h"
#include "xeroaccount.h"
#include "xerosourcechoice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

// The credential push, right before a refresh the program starts: one fresh Xero access token
// (XeroAccount) is set on every Xero data source of the dataset (found with Datasource::isXero
// among its data sources) through PATCH /gateways/{g}/datasources/{d}. The token is fetched
// last, just before the PATCH, because a pushed credential lives only as long as that token
// (30 minutes). The one implementation of it: the repair session pushes through it too.
//
// Only the dataset's owner may change its credentials. Once the dataset is known to have a Xero
// data source, the owner is checked before the Xero token is fetched or anything is changed
// (Dataset::configuredBy against the signed-in user); a 403 PowerBINotAuthorizedException from
// the service means the same. Either way the error is notOwnerError(): isNotOwner() tells the
// caller to offer Take over (DiagnosisCatalogue::forNotOwner(dataset.configuredBy())).
// Every failure reaches the caller later, like every answer, never from inside the call.
//
// A data source behind an on-premises gateway takes the credential only encrypted with that
// gateway's public key; a cloud one takes it as it is. Which one it is, GET /gateways/{id} says
// (PowerBiClient::findOnPremisesGateway), once per gateway within a push, before the Xero token
// is fetched. When Power BI still refuses a plain credential there (the gateway was not
// readable to this account), the error is gatewayEncryptionError(): it names the way out.
// Logged: ids, status codes and request ids; never the token nor what it was encrypted into.
class CredentialPush : public QObject
{
    Q_OBJECT

public:
    // Where a push stands, for callers that tell the user (see stepStarted).
    enum class Step
    {
        FindingXeroDatasources,
        GettingXeroToken,
        SettingCredentials,
    };
    Q_ENUM(Step)

    // Both must outlive the push.
    CredentialPush(MicrosoftAccount *account, XeroAccount *xero, QObject *parent = nullptr);

    // dataset as listed (its configuredBy names the owner); pickedSource: the data source the
    // user picked as the Xero one (Datasource::key(), empty if none: see XeroSourceChoice);
    // xeroTenantId: the organisation chosen at the Xero sign-in. done gets the data source that
    // was updated. Without a data source to update, it fails with
    // XeroSourceChoice::notChosenError().
    void push(const Dataset &dataset, const QString &pickedSource, const QString &xeroTenantId,
              QObject *context, Callback<Datasource> done);

    // When a credential pushed with tenantId's grant dies: with the access token it carries.
    QDateTime pushedCredentialExpiresAt(const QString &xeroTenantId) const;

    static ApiError notOwnerError(const QString &owner, int httpStatus = 403,
                                  const QString &requestId = {});
    static bool isNotOwner(const ApiError &error);
    // Power BI refused a plain credential for a data source behind an on-premises gateway.
    static ApiError gatewayEncryptionError(int httpStatus, const QString &requestId = {});
    static bool isGatewayEncryptionRefusal(const ApiError &error);
    static QString notOwnerCode() { return QStringLiteral("NotDatasetOwner"); }

signals:
    // A push started with `context` begins `step` (context tells concurrent callers apart).
    void stepStarted(CredentialPush::Step step, QObject *context);

private:
    // A data source to update and, when it sits behind an on-premises gateway, that gateway.
    struct Target
    {
        Datasource datasource;
        std::optional<Gateway> onPremisesGateway;
    };
    // The gateways already looked up in this push, by lower-case id (nullopt: cloud).
    using KnownGateways = QHash<QString, std::optional<Gateway>>;

    void findGateways(const Dataset &dataset, QList<Target> targets, int index, KnownGateways known,
                      const QString &xeroTenantId, QObject *context,
                      Callback<QList<Datasource>> done);
    void fetchTokenFor(const Dataset &dataset, const QList<Target> &targets,
                       const QString &xeroTenantId, QObject *context,
                       Callback<QList<Datasource>> done);
    void setCredentials(const Dataset &dataset, const QList<Target> &targets, int index,
                        const QString &xeroToken, QObject *context,
                        Callback<QList<Datasource>> done);
    static void setOne(PowerBiClient &client, const Target &target, const QString &xeroToken,
                       QObject *context, Callback<Done> done);
    static QList<Datasource> datasourcesOf(const QList<Target> &targets);
    // Emits stepStarted; false when the context went away meanwhile.
    bool tell(Step step, QObject *context);
    bool signedInUserOwns(const Dataset &dataset) const;
    // The push's steps go on only while it exists.
    AsyncGuard guard() const;

    QPointer<MicrosoftAccount> m_account;
    QPointer<XeroAccount> m_xero;
};
