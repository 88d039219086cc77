#include "credentialpush.h"

#include "asyncguard.h"
#include "diagnosiscatalogue.h"
#include "gatewaycredentialencryptor.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCredentialPush, "xra.signin.push")

// The code Power BI answers for a credential whose encryption does not fit the data source.
const QString invalidEncryptionCode = QStringLiteral("DMTS_InvalidEncryptionAlgorithmError");

// Power BI answers 401 (and has answered 403) PowerBINotAuthorizedException when someone other
// than the data source's owner sets its credentials.
bool refusedForNotOwner(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http &&
           (error.httpStatus() == 401 || error.httpStatus() == 403) &&
           error.code() == QLatin1String("PowerBINotAuthorizedException");
}

} // namespace

CredentialPush::CredentialPush(MicrosoftAccount *account, XeroAccount *xero, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_xero(xero)
{}

ApiError CredentialPush::notOwnerError(const QString &owner, int httpStatus,
                                       const QString &requestId)
{
    const QString sentence = DiagnosisCatalogue::forNotOwner(owner).explanation();
    return ApiError::http(ApiError::Service::PowerBi, httpStatus, notOwnerCode(), sentence,
                          requestId)
        .withExplanation(sentence);
}

bool CredentialPush::isNotOwner(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.code() == notOwnerCode();
}

QDateTime CredentialPush::pushedCredentialExpiresAt(const QString &xeroTenantId) const
{
    return m_xero ? m_xero->accessTokenExpiresAt(xeroTenantId) : QDateTime();
}

ApiError CredentialPush::gatewayEncryptionError(int httpStatus, const QString &requestId)
{
    return ApiError::http(
        ApiError::Service::PowerBi, httpStatus, invalidEncryptionCode,
        tr("a Xero sign-in for a data source behind an on-premises gateway must be encrypted "
           "with the gateway's key, and only an administrator of the gateway can read that key. "
           "Ask one to make you an administrator of the gateway, or enter the Xero sign-in on "
           "the dataset's settings page in Power BI."),
        requestId);
}

bool CredentialPush::isGatewayEncryptionRefusal(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.code() == invalidEncryptionCode;
}

bool CredentialPush::signedInUserOwns(const Dataset &dataset) const
{
    // A service principal's datasets name it differently; the service decides for it.
    if (m_account->mode() != MicrosoftAccount::Mode::User || dataset.configuredBy().isEmpty())
        return true;
    return dataset.configuredBy().compare(m_account->accountName(), Qt::CaseInsensitive) == 0;
}

AsyncGuard CredentialPush::guard() const
{
    return AsyncGuard(this, nullptr, ApiError::Service::PowerBi);
}

bool CredentialPush::tell(Step step, QObject *context)
{
    // A listener may end the caller's work on hearing it (a cancel that deletes the context):
    // then the push stops here, as it would on any answer for a context that is gone.
    QPointer<QObject> alive(context);
    emit stepStarted(step, context);
    return !context || alive;
}

void CredentialPush::push(const Dataset &dataset, const QString &pickedSource,
                          const QString &xeroTenantId, QObject *context,
                          Callback<Datasource> pushed)
{
    const Callback<QList<Datasource>> done = [pushed](Result<QList<Datasource>> updated) {
        if (!updated)
            return pushed(updated.error());
        pushed(updated.value().first());
    };
    if (!tell(Step::FindingXeroDatasources, context))
        return;
    const DatasetRef ref(dataset.workspaceId(), dataset.id());
    m_account->call<QList<Datasource>>(
        [ref](PowerBiClient &client, QObject *callContext, Callback<QList<Datasource>> listed) {
            client.listDatasources(ref, callContext, std::move(listed));
        },
        context,
        guard().then<QList<Datasource>>(done, [this, dataset, pickedSource, xeroTenantId, context,
                                               done](const QList<Datasource> &sources) {
            const XeroSourceChoice choice = XeroSourceChoice::from(sources, pickedSource);
            if (!choice.chosen)
                return done(choice.notChosenError());
            const QList<Datasource> xeroSources{*choice.chosen};
            // Checked before the Xero grant is used: a push bound to be refused must not
            // rotate it.
            if (!signedInUserOwns(dataset)) {
                qCInfo(lcCredentialPush)
                    << "dataset" << dataset.id() << "is not the signed-in user's";
                return done(notOwnerError(dataset.configuredBy(), 0));
            }
            QList<Target> targets;
            for (const Datasource &source : xeroSources)
                targets.append({source, std::nullopt});
            findGateways(dataset, targets, 0, {}, xeroTenantId, context, done);
        }));
}

void CredentialPush::findGateways(const Dataset &dataset, QList<Target> targets, int index,
                                  KnownGateways known, const QString &xeroTenantId,
                                  QObject *context, Callback<QList<Datasource>> done)
{
    if (index >= targets.size())
        return fetchTokenFor(dataset, targets, xeroTenantId, context, done);
    const QString gatewayId = targets.at(index).datasource.gatewayId();
    const QString key = gatewayId.toLower();
    if (known.contains(key)) {
        targets[index].onPremisesGateway = known.value(key);
        return findGateways(dataset, std::move(targets), index + 1, std::move(known), xeroTenantId,
                            context, done);
    }
    m_account->call<std::optional<Gateway>>(
        [gatewayId](PowerBiClient &client, QObject *callContext,
                    Callback<std::optional<Gateway>> found) {
            client.findOnPremisesGateway(gatewayId, callContext, std::move(found));
        },
        context,
        guard().then<std::optional<Gateway>>(
            done, [this, dataset, targets, index, known, key, gatewayId, xeroTenantId, context,
                   done](const std::optional<Gateway> &gateway) mutable {
                qCInfo(lcCredentialPush).noquote()
                    << "gateway" << gatewayId
                    << (gateway ? "is on-premises: the credential goes encrypted"
                                : "is a cloud one: the credential goes as it is");
                // Not a reason to refuse: a dataset may mix cloud and gateway data sources. But
                // if Power BI then refuses the plain credential, this line says why.
                if (!gateway && dataset.isOnPremGatewayRequired())
                    qCInfo(lcCredentialPush).noquote()
                        << "dataset" << dataset.id() << "needs an on-premises gateway, and gateway"
                        << gatewayId << "shows this account no key";
                // A key that cannot encrypt stops the push before the Xero grant is used.
                if (gateway) {
                    const Result<Done> usable =
                        GatewayCredentialEncryptor::checkKey(gateway->publicKey());
                    if (!usable)
                        return done(usable.error());
                }
                known.insert(key, gateway);
                targets[index].onPremisesGateway = gateway;
                findGateways(dataset, std::move(targets), index + 1, std::move(known), xeroTenantId,
                             context, done);
            }));
}

void CredentialPush::fetchTokenFor(const Dataset &dataset, const QList<Target> &targets,
                                   const QString &xeroTenantId, QObject *context,
                                   Callback<QList<Datasource>> done)
{
    if (!tell(Step::GettingXeroToken, context))
        return;
    m_xero->freshAccessToken(xeroTenantId, context,
                             guard().then<QString>(done, [this, dataset, targets, context,
                                                          done](const QString &xeroToken) {
                                 if (!tell(Step::SettingCredentials, context))
                                     return;
                                 // One token for all of them: each PATCH is one more use of the
                                 // same 30 minutes.
                                 setCredentials(dataset, targets, 0, xeroToken, context, done);
                             }));
}

void CredentialPush::setOne(PowerBiClient &client, const Target &target, const QString &xeroToken,
                            QObject *context, Callback<Done> done)
{
    const Datasource &source = target.datasource;
    if (target.onPremisesGateway)
        client.setEncryptedOAuth2Credentials(source.gatewayId(), source.datasourceId(), xeroToken,
                                             target.onPremisesGateway->publicKey(), context,
                                             std::move(done));
    else
        client.setOAuth2Credentials(source.gatewayId(), source.datasourceId(), xeroToken, context,
                                    std::move(done));
}

QList<Datasource> CredentialPush::datasourcesOf(const QList<Target> &targets)
{
    QList<Datasource> datasources;
    for (const Target &target : targets)
        datasources.append(target.datasource);
    return datasources;
}

void CredentialPush::setCredentials(const Dataset &dataset, const QList<Target> &targets, int index,
                                    const QString &xeroToken, QObject *context,
                                    Callback<QList<Datasource>> done)
{
    if (index >= targets.size())
        return done(datasourcesOf(targets));
    const Target target = targets.at(index);
    m_account->call<Done>(
        [target, xeroToken](PowerBiClient &client, QObject *callContext, Callback<Done> patched) {
            setOne(client, target, xeroToken, callContext, std::move(patched));
        },
        context,
        [guard = guard(), this, dataset, targets, index, xeroToken, context,
         done](Result<Done> patched) {
            if (!patched) {
                const ApiError error = patched.error();
                qCInfo(lcCredentialPush) << "credential push failed:" << error.httpStatus()
                                         << error.code() << "request id" << error.requestId();
                // The owner as listed is out of date when the service refuses: who owns it now
                // is not known here.
                if (refusedForNotOwner(error))
                    return done(notOwnerError(QString(), error.httpStatus(), error.requestId()));
                if (isGatewayEncryptionRefusal(error))
                    return done(gatewayEncryptionError(error.httpStatus(), error.requestId()));
                return done(error);
            }
            const Target &updated = targets.at(index);
            qCInfo(lcCredentialPush)
                << "Xero credential set on data source" << updated.datasource.datasourceId()
                << "of gateway" << updated.datasource.gatewayId()
                << (updated.onPremisesGateway ? "(encrypted)" : "");
            if (!guard.isCurrent())
                return done(guard.cancelledError());
            setCredentials(dataset, targets, index + 1, xeroToken, context, done);
        });
}
