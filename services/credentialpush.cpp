#include "credentialpush.h"

#include "diagnosiscatalogue.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCredentialPush, "xra.signin.push")
}

CredentialPush::CredentialPush(MicrosoftAccount *account, XeroAccount *xero, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_xero(xero)
{}

ApiError CredentialPush::notOwnerError(const QString &owner, int httpStatus,
                                       const QString &requestId)
{
    return ApiError::http(ApiError::Service::PowerBi, httpStatus, notOwnerCode(),
                          DiagnosisCatalogue::forNotOwner(owner).explanation(), requestId);
}

bool CredentialPush::isNotOwner(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.code() == notOwnerCode();
}

ApiError CredentialPush::noXeroDatasourceError()
{
    return ApiError::http(ApiError::Service::PowerBi, 0, QStringLiteral("NoXeroDatasource"),
                          tr("This dataset has no Xero data source, so there is no Xero sign-in "
                             "to update on it."));
}

bool CredentialPush::signedInUserOwns(const Dataset &dataset) const
{
    // A service principal's datasets name it differently; the service decides for it.
    if (m_account->mode() != MicrosoftAccount::Mode::User || dataset.configuredBy().isEmpty())
        return true;
    return dataset.configuredBy().compare(m_account->accountName(), Qt::CaseInsensitive) == 0;
}

void CredentialPush::push(const Dataset &dataset, const QString &xeroTenantId, QObject *context,
                          Callback<Datasource> done)
{
    if (!m_account || !m_xero) {
        done(ApiError::cancelled(ApiError::Service::PowerBi));
        return;
    }
    if (!signedInUserOwns(dataset)) {
        qCInfo(lcCredentialPush) << "dataset" << dataset.id() << "is not the signed-in user's";
        done(notOwnerError(dataset.configuredBy(), 0));
        return;
    }
    const DatasetRef ref(dataset.workspaceId(), dataset.id());
    QPointer<CredentialPush> self(this);
    m_account->call<QList<Datasource>>(
        [ref](PowerBiClient &client, QObject *callContext, Callback<QList<Datasource>> listed) {
            client.listDatasources(ref, callContext, std::move(listed));
        },
        context,
        [self, dataset, xeroTenantId, context, done](Result<QList<Datasource>> datasources) {
            if (!datasources) {
                done(datasources.error());
                return;
            }
            if (!self) {
                done(ApiError::cancelled(ApiError::Service::PowerBi));
                return;
            }
            for (const Datasource &datasource : datasources.value()) {
                if (datasource.isXero()) {
                    self->pushOnto(dataset, datasource, xeroTenantId, context, done);
                    return;
                }
            }
            done(noXeroDatasourceError());
        });
}

void CredentialPush::pushOnto(const Dataset &dataset, const Datasource &datasource,
                              const QString &xeroTenantId, QObject *context,
                              Callback<Datasource> done)
{
    QPointer<CredentialPush> self(this);
    m_xero->freshAccessToken(
        xeroTenantId, context,
        [self, dataset, datasource, context, done](Result<QString> xeroToken) {
            if (!xeroToken) {
                done(xeroToken.error());
                return;
            }
            if (!self || !self->m_account) {
                done(ApiError::cancelled(ApiError::Service::PowerBi));
                return;
            }
            const QString token = xeroToken.value();
            self->m_account->call<Done>(
                [datasource, token](PowerBiClient &client, QObject *callContext,
                                    Callback<Done> patched) {
                    client.setOAuth2Credentials(datasource.gatewayId(), datasource.datasourceId(),
                                                token, callContext, std::move(patched));
                },
                context,
                [dataset, datasource, done](Result<Done> patched) {
                    if (patched) {
                        qCInfo(lcCredentialPush)
                            << "Xero credential set on data source" << datasource.datasourceId()
                            << "of gateway" << datasource.gatewayId();
                        done(datasource);
                        return;
                    }
                    const ApiError error = patched.error();
                    qCInfo(lcCredentialPush) << "credential push failed:" << error.httpStatus()
                                             << error.code() << "request id" << error.requestId();
                    const bool refused =
                        error.kind() == ApiError::Kind::Http && error.httpStatus() == 403 &&
                        error.code() == QLatin1String("PowerBINotAuthorizedException");
                    done(refused ? notOwnerError(dataset.configuredBy(), 403, error.requestId())
                                 : error);
                });
        });
}
