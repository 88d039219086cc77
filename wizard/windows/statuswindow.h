#pragma once

#include "apierror.h"
#include "datasetstatus.h"
#include "refreshrun.h"

#include <QWidget>

#include <chrono>
#include <functional>

class ChosenDataset;
class OperationPanel;
class OperationTracker;
class QLabel;
class QPushButton;
class QTimer;
class RefreshRunner;
class StatusReader;

// The small window the program opens when a dataset is remembered: the dataset, how its last
// refresh went and when, when the schedule runs next, how many refreshes are left today, and a
// large Refresh now that pushes a fresh Xero credential, starts the refresh and follows it to
// the end. Fix credentials... and Choose another dataset... hand over to the wizard (the
// launcher listens to their signals). Like a wizard page, it only asks the repair's parts to act.
class StatusWindow : public QWidget
{
    Q_OBJECT

public:
    // How long Refresh now watches a refresh before it stops (it goes on in Power BI).
    static constexpr std::chrono::seconds followTimeout{1800};

    // All must outlive the window; the chosen dataset is the one shown.
    StatusWindow(OperationTracker *operations, StatusReader *status, RefreshRunner *runner,
                 ChosenDataset *chosen, QWidget *parent = nullptr);

    // Reads the selected dataset's status again (on opening, after the wizard).
    void reload();
    // Presses Refresh now.
    void refreshNow();
    // A sentence that stays at the top of the window (the keychain being unavailable).
    void showNotice(const QString &sentence);

    OperationPanel *operationPanel() const { return m_panel; }
    bool isWorking() const { return m_working; }

signals:
    // Fix credentials...: the wizard at Settings for Xero (step 2).
    void fixCredentialsRequested();
    // Choose another dataset...: the wizard, to choose or repair from the start.
    void chooseDatasetRequested();

private:
    void buildContent();
    QPushButton *makeRefreshButton();
    void startWork(const QString &sentence, std::function<void()> retry);
    void stopWork();
    void fail(const ApiError &error);
    void showStatus(const DatasetStatus &status);
    void showLastRefresh(const DatasetStatus &status);
    void showNextRun(const RefreshSchedule &schedule);
    void showRefreshesLeft(const RefreshQuota &quota);
    void followRun(const RefreshRun &run);
    void showElapsed();
    void showRunResult(const RefreshRun &run);

    OperationTracker *m_operations;
    StatusReader *m_statusReader;
    RefreshRunner *m_runner;
    ChosenDataset *m_chosen;
    QLabel *m_notice = nullptr;
    QLabel *m_dataset = nullptr;
    QLabel *m_lastStatus = nullptr;
    QLabel *m_lastTime = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_refreshesLeft = nullptr;
    QLabel *m_diagnosis = nullptr;
    QPushButton *m_refreshNow = nullptr;
    QLabel *m_runState = nullptr;
    QPushButton *m_fixCredentials = nullptr;
    QPushButton *m_chooseDataset = nullptr;
    QPushButton *m_about = nullptr;
    OperationPanel *m_panel = nullptr;
    QTimer *m_elapsedTicker = nullptr;
    RefreshRun m_run;
    std::function<void()> m_retry;
    bool m_working = false;
};
