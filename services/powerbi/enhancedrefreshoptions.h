#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The body of an enhanced refresh (Premium / dedicated capacity only). Its "type" member is
// what makes the service treat a POST .../refreshes as enhanced.
class EnhancedRefreshOptions
{
public:
    struct Object
    {
        QString table;
        QString partition; // empty: the whole table
    };

    QString type = QStringLiteral("Full");
    QString commitMode = QStringLiteral("Transactional");
    std::optional<int> maxParallelism;
    std::optional<int> retryCount;
    std::optional<bool> applyRefreshPolicy;
    QList<Object> objects; // empty: the whole dataset

    QJsonObject toJson() const;
};
