#pragma once

#include "apierror.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

// Reads one JSON object of a service answer the way the services really send them:
// - keys match without regard to case (the swagger says "IsRefreshable" and "NotifyOption",
//   live answers say "isRefreshable" and "notifyOption");
// - a missing or null member is allowed and gives the fallback; a member of the wrong type is a
//   parse error that names the member by its JSON path ("value[2].startTime"), never a silent
//   default;
// - readers of nested objects share the first error with their parent, so a model's read
//   function reads everything and its caller checks once.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = {},
                        ApiError::Service service = ApiError::Service::PowerBi);

    // An answer body that must be a JSON object; anything else is a parse error.
    static Result<QJsonObject> parseObject(const QByteArray &body,
                                           ApiError::Service service = ApiError::Service::PowerBi);

    // ISO 8601 with or without fractional seconds (any number of digits, kept to the
    // millisecond) and zone; no zone means UTC. Gives an invalid QDateTime when unparsable.
    static QDateTime parseTimestamp(const QString &text);

    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
    ApiError::Service service() const { return m_service; }
    QString pathOf(const QString &key) const;

    // The member whose key matches without regard to case (an exact match wins); undefined
    // when missing.
    QJsonValue value(const QString &key) const;
    // Present and not null.
    bool contains(const QString &key) const;

    QString string(const QString &key, const QString &fallback = {}) const;
    // Missing, null or empty is a parse error.
    QString requiredString(const QString &key) const;
    bool boolean(const QString &key, bool fallback = false) const;
    std::optional<qint64> integer(const QString &key) const;
    // Invalid when missing, null or empty (the swagger's "may be empty if in progress").
    QDateTime dateTime(const QString &key) const;
    QStringList stringList(const QString &key) const;
    // The nested object, or an empty reader (with the same error sink) when missing.
    JsonReader child(const QString &key) const;
    // Each element must be an object; the readers carry paths such as "value[2]".
    QList<JsonReader> objectArray(const QString &key, bool required = false) const;

    // Records a problem at pathOf(key); only the first problem is kept.
    void fail(const QString &key, const QString &problem) const;
    bool hasError() const { return m_error->has_value(); }
    std::optional<ApiError> firstError() const { return *m_error; }

    // Reads a value with read(reader) and turns the first recorded problem into the result.
    template<typename T, typename Read>
    static Result<T> readObject(const QJsonObject &object, Read read,
                                ApiError::Service service = ApiError::Service::PowerBi)
    {
        const JsonReader reader(object, {}, service);
        T value = read(reader);
        if (reader.hasError())
            return *reader.firstError();
        return value;
    }

    // Reads the OData list wrapper {"value":[...]} that every Power BI list answers with. One
    // unreadable member does not sink the list: see readEach.
    template<typename T, typename Read>
    static Result<QList<T>> readValueList(const QByteArray &body, Read read,
                                          ApiError::Service service = ApiError::Service::PowerBi)
    {
        const Result<QJsonObject> object = parseObject(body, service);
        if (!object)
            return object.error();
        const QJsonValue list =
            JsonReader(object.value(), {}, service).value(QStringLiteral("value"));
        if (!list.isArray())
            return ApiError::parse(service, QStringLiteral("value"),
                                   list.isUndefined() ? QStringLiteral("missing")
                                                      : QStringLiteral("expected an array"));
        return readEach<T>(list.toArray(), QStringLiteral("value"), service, read);
    }

    // Reads every element of array with read(reader). An element that is not an object, or in
    // which read() finds a problem, is skipped with a warning that names the member
    // ("value[2].createdDate"): the rest of the list is still shown.
    template<typename T, typename Read>
    static QList<T> readEach(const QJsonArray &array, const QString &path,
                             ApiError::Service service, Read read)
    {
        QList<T> items;
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QString elementPath = QStringLiteral("%1[%2]").arg(path).arg(index);
            if (!array.at(index).isObject()) {
                warnSkipped(ApiError::parse(service, elementPath, QStringLiteral("not an object")));
                continue;
            }
            const JsonReader reader(array.at(index).toObject(), elementPath, service);
            T item = read(reader);
            if (reader.hasError())
                warnSkipped(*reader.firstError());
            else
                items.append(std::move(item));
        }
        return items;
    }

private:
    JsonReader(const QJsonObject &object, const QString &path, ApiError::Service service,
               std::shared_ptr<std::optional<ApiError>> errorSink);
    static void warnSkipped(const ApiError &problem);
    static QString typeName(const QJsonValue &value);
    void failWrongType(const QString &key, const QString &expected, const QJsonValue &found) const;

    QJsonObject m_object;
    QString m_path;
    ApiError::Service m_service;
    std::shared_ptr<std::optional<ApiError>> m_error;
};
