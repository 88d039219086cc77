#include "enhancedrefreshoptions.h"

#include <QJsonArray>

QJsonObject EnhancedRefreshOptions::toJson() const
{
    QJsonObject body{{QStringLiteral("type"), type}, {QStringLiteral("commitMode"), commitMode}};
    if (maxParallelism)
        body.insert(QStringLiteral("maxParallelism"), *maxParallelism);
    if (retryCount)
        body.insert(QStringLiteral("retryCount"), *retryCount);
    if (applyRefreshPolicy)
        body.insert(QStringLiteral("applyRefreshPolicy"), *applyRefreshPolicy);
    if (!objects.isEmpty()) {
        QJsonArray array;
        for (const Object &object : objects) {
            QJsonObject entry{{QStringLiteral("table"), object.table}};
            if (!object.partition.isEmpty())
                entry.insert(QStringLiteral("partition"), object.partition);
            array.append(entry);
        }
        body.insert(QStringLiteral("objects"), array);
    }
    return body;
}
