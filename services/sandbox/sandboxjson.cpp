#include "sandboxjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> SandboxJson::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonValue SandboxJson::member(const QJsonObject &object, const QString &name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool SandboxJson::hasMember(const QJsonObject &object, const QString &name)
{
    return !member(object, name).isUndefined();
}
