#pragma once

#include "apierror.h"
#include "datasetstatus.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class ChosenDataset;
class OperationPanel;
class OperationTracker;
class QPushButton;
class QTimer;
class RefreshFollowPanel;
class RefreshRunner;
class StatusReader;
class ValueLabel;
class WatchPanel;
class WatchSwitch;
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
    // All must outlive the window; the chosen dataset is the one shown. watch: the watch's
    // switch; null where there is none to turn on (the kept sandbox).
    StatusWindow(OperationTracker *operations, StatusReader *status, RefreshRunner *runner,
                 ChosenDataset *chosen, WatchSwitch *watch = nullptr, QWidget *parent = nullptr);

    // While the window is open it reads the status again this often, and when it is raised after
    // at least a minute: left open overnight, it shows the morning's refresh, not yesterday's.
    static constexpr std::chrono::minutes defaultReloadInterval{5};

    // Reads the selected dataset's status again (on opening, after the wizard, Reload, F5).
    void reload();
    // Before the first read on a start: the remembered dataset, and the sign-in under way.
    void showSigningIn(const QString &account);
    // Tests shorten the interval between two reads of their own.
    void setReloadInterval(std::chrono::milliseconds interval);
    // Presses Refresh now.
    void refreshNow();
    // A sentence that stays at the top of the window (the keychain being unavailable).
    void showNotice(const QString &sentence);

    OperationPanel *operationPanel() const { return m_panel; }
    WatchPanel *watchPanel() const { return m_watchPanel; }
    // When the status shown was read (invalid until it is).
    QDateTime lastLookedAt() const { return m_lastLookedAt; }
    bool isWorking() const { return m_working; }

signals:
    // Fix credentials...: the wizard at Settings for Xero (step 2).
    void fixCredentialsRequested();
    // Choose another dataset...: the wizard, to choose or repair from the start.
    void chooseDatasetRequested();

protected:
    bool event(QEvent *event) override;

private:
    void buildContent();
    void reloadWhenIdle();
    void recount();
    void updateRefreshButton();
    QLayout *createHandOver();
    void startWork(const QString &sentence, std::function<void()> again);
    void stopWork();
    void fail(const ApiError &error);
    void refreshEnded(const RefreshRun &run, const QString &note);
    void showStatus(const DatasetStatus &status);
    void showLastRefresh(const DatasetStatus &status);
    void growToFitSentences();

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
    WatchPanel *m_watchPanel = nullptr;
    QPushButton *m_fixCredentials = nullptr;
    QPushButton *m_chooseDataset = nullptr;
    QPushButton *m_about = nullptr;
    QPushButton *m_reload = nullptr;
    ValueLabel *m_lastLooked = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QDateTime m_lastLookedAt;
    // From the last status read; nullopt on dedicated capacity or before the first read.
    std::optional<int> m_refreshesLeftCount;
    OperationPanel *m_panel = nullptr;
    bool m_working = false;
};
