#pragma once

#include "apierror.h"
#include "datasetchoice.h"
#include "workspace.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class PowerBiCaller;

// One reading of the catalogue that shows itself as it goes: the datasets of each workspace are
// told as soon as that workspace answers, many workspaces being read at a time, so that a list
// of thousands can be searched and chosen from long before its end. A workspace that cannot be
// read (403, 404, a network error) is counted and skipped: the others still come. Made by
// DatasetFinder::startCatalogue(); deleting it or stop() sends no further request.
class CatalogueLoad : public QObject
{
    Q_OBJECT

public:
    CatalogueLoad(PowerBiCaller *powerBi, int callsInFlight, QObject *parent = nullptr);
    ~CatalogueLoad() override;

    // Reads the datasets of these workspaces (the finder found them).
    void readWorkspaces(const QList<Workspace> &workspaces);
    // The workspaces could not be listed: nothing more comes.
    void fail(const ApiError &error);
    // No further request; the answers still on their way are ignored.
    void stop();

    int workspaceCount() const { return m_total; }
    int workspacesRead() const { return m_read; }
    int workspacesFailed() const { return m_failed; }
    bool isOver() const { return m_over; }
    // Why the last workspace that failed did.
    std::optional<ApiError> lastError() const { return m_lastError; }

signals:
    // The workspaces are known: count of them will be read.
    void workspacesListed(int count);
    // The datasets of one workspace, Xero-named first (isXero from the name only).
    void datasetsFound(const QList<DatasetChoice> &datasets);
    // One more workspace answered (read or failed).
    void progressed(int answered, int total);
    // Every workspace answered; workspacesFailed() of them could not be read (lastError()).
    void finished();
    // The workspaces could not be listed at all.
    void failed(const ApiError &error);

private:
    void readOne(const Workspace &workspace, const std::function<void()> &answered);
    void onDatasets(const Workspace &workspace, const Result<QList<Dataset>> &datasets);

    PowerBiCaller *m_powerBi;
    int m_callsInFlight;
    std::shared_ptr<bool> m_stopped = std::make_shared<bool>(false);
    int m_total = 0;
    int m_read = 0;
    int m_failed = 0;
    bool m_over = false;
    std::optional<ApiError> m_lastError;
};
