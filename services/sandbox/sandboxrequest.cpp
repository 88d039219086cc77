#include "sandboxrequest.h"

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray authorization = header("Authorization").trimmed();
    static const QByteArray scheme("bearer ");
    if (authorization.size() <= scheme.size() ||
        authorization.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
}

QList<QPair<QString, QString>> SandboxRequest::parseUrlEncoded(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        QByteArray key = equals < 0 ? part : part.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        pairs.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return pairs;
}

static QMap<QString, QString> firstValues(const QList<QPair<QString, QString>> &pairs)
{
    QMap<QString, QString> map;
    for (const auto &[key, value] : pairs) {
        if (!map.contains(key))
            map.insert(key, value);
    }
    return map;
}

QMap<QString, QString> SandboxRequest::query() const
{
    return firstValues(parseUrlEncoded(rawQuery));
}

QMap<QString, QString> SandboxRequest::form() const
{
    return firstValues(parseUrlEncoded(body));
}

QStringList SandboxRequest::formValues(const QString &name) const
{
    QStringList values;
    for (const auto &[key, value] : parseUrlEncoded(body)) {
        if (key == name)
            values.append(value);
    }
    return values;
}
