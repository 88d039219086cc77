#include "datasource.h"

#include <QUrl>

#include <QJsonDocument>

Datasource Datasource::read(const JsonReader &reader)
{
    Datasource datasource;
    datasource.m_datasourceType = reader.string(QStringLiteral("datasourceType"));
    datasource.m_datasourceId = reader.string(QStringLiteral("datasourceId"));
    datasource.m_gatewayId = reader.string(QStringLiteral("gatewayId"));
    const QString detailsKey = QStringLiteral("connectionDetails");
    const QJsonValue details = reader.value(detailsKey);
    if (details.isString()) {
        // The gateway API sends connectionDetails as a JSON document inside a string.
        const QJsonDocument document = QJsonDocument::fromJson(details.toString().toUtf8());
        if (document.isObject())
            datasource.m_connectionDetails = document.object();
        else
            reader.fail(detailsKey, QStringLiteral("expected an object, found a string that is "
                                                   "not a JSON object"));
    } else {
        datasource.m_connectionDetails = reader.child(detailsKey).object();
    }
    return datasource;
}

Result<Datasource> Datasource::fromJson(const QJsonObject &object)
{
    return JsonReader::readObject<Datasource>(object, &Datasource::read);
}

Result<QList<Datasource>> Datasource::listFromJson(const QByteArray &body)
{
    return JsonReader::readValueList<Datasource>(body, &Datasource::read);
}

QString Datasource::connectionDetail(const QString &key) const
{
    const QJsonValue value = JsonReader(m_connectionDetails).value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

namespace {

bool isXeroHost(const QString &host)
{
    const QString lower = host.toLower();
    return lower == QLatin1String("xero.com") || lower.endsWith(QLatin1String(".xero.com"));
}

// A connection detail that is an address: "https://api.xero.com/api.xro/2.0", or a bare
// "api.xero.com/..." as some connectors write it.
bool reachesXero(const QString &address)
{
    if (address.isEmpty())
        return false;
    QUrl url(address.trimmed());
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + address.trimmed());
    return url.isValid() && isXeroHost(url.host());
}

} // namespace

Datasource::XeroSign Datasource::xeroSign() const
{
    static const char *const names[] = {"kind", "path", "extensionDataSourceKind",
                                        "extensionDataSourcePath"};
    for (const char *key : names) {
        const QString detail = connectionDetail(QLatin1String(key));
        if (reachesXero(detail))
            return XeroSign::Address;
        if (detail.contains(QLatin1String("xero"), Qt::CaseInsensitive))
            return XeroSign::Named;
    }
    XeroSign sign = XeroSign::None;
    for (const char *key : {"url", "server"}) {
        const QString detail = connectionDetail(QLatin1String(key));
        if (reachesXero(detail))
            return XeroSign::Address;
        // A host named after Xero (xero.example.com, a proxy), not one that merely contains it.
        const QStringList labels = QUrl(detail).host().toLower().split(QLatin1Char('.'));
        if (labels.contains(QLatin1String("xero")))
            sign = XeroSign::Named;
    }
    return sign;
}

QString Datasource::key() const
{
    return m_gatewayId + QLatin1Char('/') + m_datasourceId;
}

QString Datasource::whereItReads() const
{
    for (const char *key : {"url", "path", "extensionDataSourcePath"}) {
        const QString detail = connectionDetail(QLatin1String(key));
        if (!detail.isEmpty())
            return detail;
    }
    const QString database = this->database();
    return database.isEmpty() ? server() : server() + QStringLiteral(" / ") + database;
}
