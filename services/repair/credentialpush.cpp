#include "credentialpush.h"

#include "asyncguard.h"
#include "diagnosiscatalogue.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCredentialPush, "xra.signin.push")

// Only a data source that names its gateway and its id can be given credentials.
QList<Datasource> pushableXeroSources(const QList<Datasource> &datasources)
{
    QList<Datasource> xeroSources;
    for (const Datasource &datasource : datasources) {
        if (datasource.isXero() && !datasource.gatewayId().isEmpty() &&
            !datasource.datasourceId().isEmpty())
            xeroSources.append(datasource);
    }
    return xeroSources;
}

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

ApiError CredentialPush::noXeroDatasourceError()
{
    return ApiError::http(ApiError::Service::PowerBi, 0, noXeroDatasourceCode(),
                          tr("This dataset has no Xero data source, so there is no Xero sign-in "
                             "to update on it."));
}

bool CredentialPush::isNoXeroDatasource(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.code() == noXeroDatasourceCode();
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

void CredentialPush::push(const Dataset &dataset, const QString &xeroTenantId, QObject *context,
                          Callback<Datasource> done)
{
    pushAll(dataset, xeroTenantId, context, [done](Result<QList<Datasource>> updated) {
        if (!updated)
            return done(updated.error());
        done(updated.value().first());
    });
}

void CredentialPush::pushAll(const Dataset &dataset, const QString &xeroTenantId, QObject *context,
                             Callback<QList<Datasource>> done)
{
    if (!tell(Step::FindingXeroDatasources, context))
        return;
    const DatasetRef ref(dataset.workspaceId(), dataset.id());
    m_account->call<QList<Datasource>>(
        [ref](PowerBiClient &client, QObject *callContext, Callback<QList<Datasource>> listed) {
            client.listDatasources(ref, callContext, std::move(listed));
        },
        context,
        guard().then<QList<Datasource>>(
            done, [this, dataset, xeroTenantId, context, done](const QList<Datasource> &sources) {
                const QList<Datasource> xeroSources = pushableXeroSources(sources);
                if (xeroSources.isEmpty())
                    return done(noXeroDatasourceError());
                // Checked before the Xero grant is used: a push bound to be refused must not
                // rotate it.
                if (!signedInUserOwns(dataset)) {
                    qCInfo(lcCredentialPush)
                        << "dataset" << dataset.id() << "is not the signed-in user's";
                    return done(notOwnerError(dataset.configuredBy(), 0));
                }
                fetchTokenFor(dataset, xeroSources, xeroTenantId, context, done);
            }));
}

void CredentialPush::fetchTokenFor(const Dataset &dataset, const QList<Datasource> &xeroSources,
                                   const QString &xeroTenantId, QObject *context,
                                   Callback<QList<Datasource>> done)
{
    if (!tell(Step::GettingXeroToken, context))
        return;
    m_xero->freshAccessToken(xeroTenantId, context,
                             guard().then<QString>(done, [this, dataset, xeroSources, context,
                                                          done](const QString &xeroToken) {
                                 if (!tell(Step::SettingCredentials, context))
                                     return;
                                 // One token for all of them: each PATCH is one more use of the
                                 // same 30 minutes.
                                 setCredentials(dataset, xeroSources, 0, xeroToken, context, done);
                             }));
}

void CredentialPush::setCredentials(const Dataset &dataset, const QList<Datasource> &xeroSources,
                                    int index, const QString &xeroToken, QObject *context,
                                    Callback<QList<Datasource>> done)
{
    if (index >= xeroSources.size())
        return done(xeroSources);
    const Datasource datasource = xeroSources.at(index);
    m_account->call<Done>(
        [datasource, xeroToken](PowerBiClient &client, QObject *callContext,
                                Callback<Done> patched) {
            client.setOAuth2Credentials(datasource.gatewayId(), datasource.datasourceId(),
                                        xeroToken, callContext, std::move(patched));
        },
        context,
        [guard = guard(), this, dataset, xeroSources, index, xeroToken, context,
         done](Result<Done> patched) {
            if (!patched) {
                const ApiError error = patched.error();
                qCInfo(lcCredentialPush) << "credential push failed:" << error.httpStatus()
                                         << error.code() << "request id" << error.requestId();
                // The owner as listed is out of date when the service refuses: who owns it now
                // is not known here.
                return done(refusedForNotOwner(error)
                                ? notOwnerError(QString(), error.httpStatus(), error.requestId())
                                : error);
            }
            const Datasource &updated = xeroSources.at(index);
            qCInfo(lcCredentialPush)
                << "Xero credential set on data source" << updated.datasourceId() << "of gateway"
                << updated.gatewayId();
            if (!guard.isCurrent())
                return done(guard.cancelledError());
            setCredentials(dataset, xeroSources, index + 1, xeroToken, context, done);
        });
}
