#include "serviceexception.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// Members are shown to people, whatever their JSON type.
QString memberText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

ServiceException ServiceException::fromRaw(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ServiceException notJson;
        notJson.m_form = Form::NotJson;
        notJson.m_raw = raw;
        return notJson;
    }
    return fromObject(document.object(), raw);
}

ServiceException ServiceException::read(const JsonReader &reader, const QString &key)
{
    const QJsonValue value = reader.value(key);
    if (value.isString())
        return fromRaw(value.toString());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return fromObject(object, memberText(object));
    }
    if (value.isUndefined() || value.isNull())
        return {};
    ServiceException notJson;
    notJson.m_form = Form::NotJson;
    notJson.m_raw = memberText(value);
    return notJson;
}

ServiceException ServiceException::fromObject(const QJsonObject &object, const QString &raw)
{
    ServiceException parsed;
    parsed.m_form = Form::Json;
    parsed.m_raw = raw;
    parsed.m_members = object;
    const JsonReader reader(object);
    parsed.m_errorCode = memberText(reader.value(QStringLiteral("errorCode")));
    parsed.m_errorDescription = memberText(reader.value(QStringLiteral("errorDescription")));
    // Some answers nest it the way API errors do: {"error":{"code":"...","message":"..."}}.
    const QJsonValue nested = reader.value(QStringLiteral("error"));
    if (parsed.m_errorCode.isEmpty() && nested.isObject()) {
        const JsonReader error(nested.toObject());
        parsed.m_errorCode = memberText(error.value(QStringLiteral("code")));
        if (parsed.m_errorDescription.isEmpty())
            parsed.m_errorDescription = memberText(error.value(QStringLiteral("message")));
    }
    return parsed;
}
