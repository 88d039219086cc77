#include "lastingcredentialflow.h"

#include "chosendataset.h"
#include "credentialrecords.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcLasting, "xra.credential.lasting")

namespace {

QString hostOf(const QUrl &url)
{
    if (url.host().isEmpty())
        return {};
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

} // namespace

LastingCredentialFlow::LastingCredentialFlow(const Endpoints &endpoints, ChosenDataset *dataset,
                                             CredentialRecords *records, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_dataset(dataset)
    , m_records(records)
{}

QUrl LastingCredentialFlow::settingsPage() const
{
    return m_dataset ? m_dataset->settingsPage() : QUrl();
}

QStringList LastingCredentialFlow::pageHosts() const
{
    QStringList hosts;
    for (const QUrl &root : {m_endpoints.powerBiPortalRoot(), m_endpoints.authorityHost()}) {
        const QString host = hostOf(root);
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

bool LastingCredentialFlow::isOAuthRedirect(const QUrl &url) const
{
    const QUrl page = oauthRedirectPage();
    const auto where = QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo;
    return page.isValid() && url.adjusted(where) == page.adjusted(where);
}

LastingCredentialFlow::Outcome LastingCredentialFlow::popupEnded(const QUrl &answer,
                                                                 const QString &datasourceKey)
{
    m_lastError.clear();
    if (!isOAuthRedirect(answer)) {
        qCInfo(lcLasting) << "The sign-in window closed before Xero answered";
        return Outcome::Closed;
    }
    const QUrlQuery query(answer);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied")) {
        qCInfo(lcLasting) << "The Xero sign-in was declined";
        return Outcome::Cancelled;
    }
    if (!error.isEmpty() || !query.hasQueryItem(QStringLiteral("code"))) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        m_lastError = description.isEmpty() ? error : error + QStringLiteral(": ") + description;
        qCWarning(lcLasting).noquote() << "Xero refused the sign-in:" << error;
        return Outcome::Refused;
    }
    if (!datasourceKey.isEmpty()) {
        CredentialRecord record;
        record.kind = CredentialRecord::Kind::Lasting;
        record.at = m_clock();
        m_records->keep(datasourceKey, record);
    }
    qCInfo(lcLasting) << "Power BI's dialog received a new Xero sign-in";
    Q_EMIT lastingCredentialGiven();
    return Outcome::Given;
}
