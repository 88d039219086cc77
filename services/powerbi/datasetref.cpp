#include "datasetref.h"

#include <QUrl>
#include <QUuid>

QString DatasetRef::pathPrefix() const
{
    const QString datasetPath = QStringLiteral("/datasets/") + encodedSegment(m_datasetId);
    if (isInMyWorkspace())
        return datasetPath;
    return QStringLiteral("/groups/") + encodedSegment(m_workspaceId) + datasetPath;
}

QString DatasetRef::encodedSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool DatasetRef::looksLikeId(const QString &text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}
