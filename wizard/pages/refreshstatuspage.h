#pragma once

#include "datasetstatus.h"
#include "repairpage.h"

#include <optional>

class StatusReader;
class QGroupBox;
class QLabel;
class ValueLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;
class RefreshTimeline;

// Step 1, Refresh status: the selected dataset's last refresh (status in words and colour,
// when, in the user's zone, how it was started), its history as a table and as a timeline
// picture, and what is wrong in plain words with the step that fixes each problem. Loaded when
// the page is shown; Reload (F5) and the error strip's Retry read it again.
class RefreshStatusPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    RefreshStatusPage(OperationTracker *operations, StatusReader *status,
                      QWidget *parent = nullptr);

    void initializePage() override;
    // The status last read; nullopt before the first successful read.
    const std::optional<DatasetStatus> &status() const { return m_status; }

public slots:
    void reload();

protected:
    void retry() override;
    void changeEvent(QEvent *event) override;

private:
    enum HistoryColumn
    {
        StartColumn,
        DurationColumn,
        TypeColumn,
        StatusColumn,
        ErrorColumn,
        ColumnCount,
    };

    QWidget *createSummary();
    QGroupBox *createDiagnoses();
    QWidget *createHistory();
    void statusLoaded(const DatasetStatus &status);
    void showStatus();
    void showLastRefresh();
    void showHistory();
    void showDiagnoses();
    void addDiagnosis(const Diagnosis &diagnosis);
    void clearDiagnoses();

    std::optional<DatasetStatus> m_status;
    StatusReader *m_statusReader;
    ValueLabel *m_datasetName = nullptr;
    ValueLabel *m_lastStatus = nullptr;
    ValueLabel *m_lastTime = nullptr;
    ValueLabel *m_lastType = nullptr;
    QVBoxLayout *m_diagnosesLayout = nullptr;
    RefreshTimeline *m_timeline = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_reload = nullptr;
};
