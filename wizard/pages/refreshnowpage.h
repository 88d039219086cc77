#pragma once

#include "refreshrun.h"
#include "repairpage.h"

#include <chrono>
#include <optional>

class StatusReader;
class RefreshRunner;
class QLabel;
class QPushButton;
class QTimer;
struct DatasetStatus;

// Step 6, Refresh now (Actualiser maintenant): how many refreshes are left today on shared
// capacity, then one large button that gives Power BI a fresh Xero sign-in, starts the refresh
// and follows it to its end, with the time it has been running, and the result in plain words.
// Cancel only stops following: Power BI may still finish the refresh. Next goes to the finish
// once the refresh ended (or could not start), or when no refresh is left today.
class RefreshNowPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    RefreshNowPage(OperationTracker *operations, StatusReader *status, RefreshRunner *runner,
                   QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    // How long the page follows a refresh before it gives up (the refresh may still end later).
    static constexpr std::chrono::minutes followTimeout{30};

    QPushButton *refreshButton() const { return m_refreshNow; }

protected:
    bool isReady() const override;
    void retry() override;

private:
    enum class Action
    {
        LoadQuota,
        Refresh,
    };

    void loadQuota();
    void showQuota(const DatasetStatus &status);
    void startRefresh();
    void follow(const RefreshRun &run);
    void showRunning(const RefreshRun &run);
    void tick();
    void finishRun(const RefreshRun &run);
    void stopFollowing();
    void failToStart(const ApiError &error);
    void showResult(const RefreshRun &run);
    void countRun(const RefreshRun &run);
    void updateRefreshButton();
    void setStatusText(const QString &text, const QColor &colour = {});

    StatusReader *m_statusReader;
    RefreshRunner *m_runner;
    QLabel *m_quota = nullptr;
    QPushButton *m_refreshNow = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_explanation = nullptr;
    QTimer *m_ticker = nullptr;
    std::optional<RefreshRun> m_run;
    std::optional<int> m_refreshesLeft;
    bool m_following = false;
    bool m_done = false;
    Action m_lastAction = Action::LoadQuota;
};
