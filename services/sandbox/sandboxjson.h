#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// JSON helpers for request bodies: member names are matched without regard to case, as the
// Power BI service does (the swagger says NotifyOption, clients send notifyOption).
class SandboxJson
{
public:
    // nullopt when the body is not a JSON object.
    static std::optional<QJsonObject> parseObject(const QByteArray &body);
    static QJsonValue member(const QJsonObject &object, const QString &name);
    static bool hasMember(const QJsonObject &object, const QString &name);
};
