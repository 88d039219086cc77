#include "datasource.h"

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

bool Datasource::isXero() const
{
    static const char *const keys[] = {"kind", "path", "extensionDataSourceKind",
                                       "extensionDataSourcePath"};
    for (const char *key : keys) {
        if (connectionDetail(QLatin1String(key))
                .trimmed()
                .compare(QLatin1String("Xero"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
