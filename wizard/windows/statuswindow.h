#pragma once

#include "apierror.h"
#include "datasetstatus.h"

#include <QWidget>

#include <functional>

class ChosenDataset;
class OperationPanel;
class OperationTracker;
class QPushButton;
class RefreshFollowPanel;
class RefreshRunner;
class StatusReader;
class ValueLabel;
struct RefreshRun;

// The small window the program opens when a dataset is remembered: the dataset, how its last
// refresh went and when, when the schedule runs next, how many refreshes are left today, and a
// large Refresh now that pushes a fresh Xero credential, starts the refresh and follows it to
// the end (RefreshFollowPanel, as in the wizard's last step). Fix credentials... and Choose
// another dataset... hand over to the wizard (the launcher listens to their signals). Like a
// wizard page, it only asks the repair's parts to act.
class StatusWindow : public QWidget
{
    Q_OBJECT

public:
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
    QLayout *createHandOver();
    void startWork(const QString &sentence, std::function<void()> again);
    void stopWork();
    void fail(const ApiError &error);
    void refreshEnded(const RefreshRun &run, const QString &note);
    void showStatus(const DatasetStatus &status);
    void showLastRefresh(const DatasetStatus &status);

    OperationTracker *m_operations;
    StatusReader *m_statusReader;
    RefreshRunner *m_runner;
    ChosenDataset *m_chosen;
    ValueLabel *m_notice = nullptr;
    ValueLabel *m_dataset = nullptr;
    ValueLabel *m_lastStatus = nullptr;
    ValueLabel *m_lastTime = nullptr;
    ValueLabel *m_nextRun = nullptr;
    ValueLabel *m_credential = nullptr;
    ValueLabel *m_nextRunWarning = nullptr;
    ValueLabel *m_refreshesLeft = nullptr;
    ValueLabel *m_diagnosis = nullptr;
    RefreshFollowPanel *m_follow = nullptr;
    QPushButton *m_fixCredentials = nullptr;
    QPushButton *m_chooseDataset = nullptr;
    QPushButton *m_about = nullptr;
    OperationPanel *m_panel = nullptr;
    bool m_working = false;
};
