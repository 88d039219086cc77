#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcJson, "xra.json")

JsonReader::JsonReader(const QJsonObject &object, const QString &path, ApiError::Service service)
    : JsonReader(object, path, service, std::make_shared<std::optional<ApiError>>())
{}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, ApiError::Service service,
                       std::shared_ptr<std::optional<ApiError>> errorSink)
    : m_object(object)
    , m_path(path)
    , m_service(service)
    , m_error(std::move(errorSink))
{}

void JsonReader::warnSkipped(const ApiError &problem)
{
    // The path and the kind of problem only: member values are not logged.
    qCWarning(lcJson).noquote() << "skipped an unreadable list entry:" << problem.field()
                                << problem.message();
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body, ApiError::Service service)
{
    const QString documentPath = QStringLiteral("(body)");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::parse(service, documentPath,
                               QStringLiteral("not valid JSON (%1 at offset %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isObject())
        return ApiError::parse(service, documentPath, QStringLiteral("expected a JSON object"));
    return document.object();
}

QDateTime JsonReader::parseTimestamp(const QString &text)
{
    // Date, time with optional seconds, optional fraction of any length, optional zone.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2}))?"
                       "(?:[.,](\\d+))?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    // Fractions beyond milliseconds (Xero sends 7 digits) are cut, not rounded: no carry.
    const QString fraction = match.captured(5).left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(),
                     match.captured(4).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};

    const QString zone = match.captured(6);
    if (zone.isEmpty() || zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return QDateTime(date, time, Qt::UTC);
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    const QString digits = zone.mid(1).remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
    if (hours > 23 || minutes > 59)
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60)).toUTC();
}

QString JsonReader::pathOf(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(QLatin1Char('[')))
        return m_path + key;
    return m_path + QLatin1Char('.') + key;
}

QJsonValue JsonReader::value(const QString &key) const
{
    const auto exact = m_object.constFind(key);
    if (exact != m_object.constEnd())
        return exact.value();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonReader::contains(const QString &key) const
{
    const QJsonValue found = value(key);
    return !found.isUndefined() && !found.isNull();
}

QString JsonReader::string(const QString &key, const QString &fallback) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return fallback;
    if (!found.isString()) {
        failWrongType(key, QStringLiteral("a string"), found);
        return fallback;
    }
    return found.toString();
}

QString JsonReader::requiredString(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty() && !hasError())
        fail(key, QStringLiteral("missing or empty"));
    return text;
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return fallback;
    if (!found.isBool()) {
        failWrongType(key, QStringLiteral("true or false"), found);
        return fallback;
    }
    return found.toBool();
}

std::optional<qint64> JsonReader::integer(const QString &key) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    const double number = found.toDouble();
    // A number outside qint64's range (2^63 and beyond) is no id or count, and converting it
    // would be undefined behaviour: test the range before the conversion.
    constexpr double beyond = 9223372036854775808.0;
    if (!found.isDouble() || !(number >= -beyond && number < beyond) ||
        number != static_cast<double>(static_cast<qint64>(number))) {
        failWrongType(key, QStringLiteral("an integer"), found);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QDateTime JsonReader::dateTime(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseTimestamp(text);
    if (!parsed.isValid())
        fail(key, QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(text));
    return parsed;
}

QStringList JsonReader::stringList(const QString &key) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return {};
    if (!found.isArray()) {
        failWrongType(key, QStringLiteral("an array of strings"), found);
        return {};
    }
    QStringList items;
    const QJsonArray array = found.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue item = array.at(index);
        if (!item.isString()) {
            failWrongType(QStringLiteral("%1[%2]").arg(key).arg(index), QStringLiteral("a string"),
                          item);
            return {};
        }
        items.append(item.toString());
    }
    return items;
}

JsonReader JsonReader::child(const QString &key) const
{
    const QJsonValue found = value(key);
    if (!found.isUndefined() && !found.isNull() && !found.isObject())
        failWrongType(key, QStringLiteral("an object"), found);
    return JsonReader(found.toObject(), pathOf(key), m_service, m_error);
}

QList<JsonReader> JsonReader::objectArray(const QString &key, bool required) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return {};
    }
    if (!found.isArray()) {
        failWrongType(key, QStringLiteral("an array"), found);
        return {};
    }
    QList<JsonReader> readers;
    const QJsonArray array = found.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString elementKey = QStringLiteral("%1[%2]").arg(key).arg(index);
        const QJsonValue item = array.at(index);
        if (!item.isObject()) {
            failWrongType(elementKey, QStringLiteral("an object"), item);
            return {};
        }
        readers.append(JsonReader(item.toObject(), pathOf(elementKey), m_service, m_error));
    }
    return readers;
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    if (!m_error->has_value())
        *m_error = ApiError::parse(m_service, pathOf(key), problem);
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonReader::failWrongType(const QString &key, const QString &expected,
                               const QJsonValue &found) const
{
    fail(key, QStringLiteral("expected %1, found %2").arg(expected, typeName(found)));
}
