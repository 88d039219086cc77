#include "datasetref.h"

#include <QUrl>

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
