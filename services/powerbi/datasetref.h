#pragma once

#include <QString>

// Which dataset an operation is about: a workspace id (empty for My workspace) and a dataset
// id. Every dataset call exists twice in the API; pathPrefix() picks the form.
class DatasetRef
{
public:
    DatasetRef() = default;
    DatasetRef(const QString &workspaceId, const QString &datasetId)
        : m_workspaceId(workspaceId)
        , m_datasetId(datasetId)
    {}
    static DatasetRef inMyWorkspace(const QString &datasetId) { return {{}, datasetId}; }

    QString workspaceId() const { return m_workspaceId; }
    QString datasetId() const { return m_datasetId; }
    bool isInMyWorkspace() const { return m_workspaceId.isEmpty(); }
    bool isValid() const { return !m_datasetId.isEmpty(); }

    // "/datasets/{d}" or "/groups/{g}/datasets/{d}", ids percent-encoded, relative to
    // /v1.0/myorg.
    QString pathPrefix() const;
    // One path segment, percent-encoded (ids come from answers and settings: never trusted).
    static QString encodedSegment(const QString &id);
    // Workspace and dataset ids are GUIDs: text that is one is taken as an id, not a name.
    static bool looksLikeId(const QString &text);

    friend bool operator==(const DatasetRef &, const DatasetRef &) = default;

private:
    QString m_workspaceId;
    QString m_datasetId;
};
