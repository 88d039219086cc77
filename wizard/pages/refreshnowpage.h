#pragma once

#include "repairpage.h"

#include <optional>

class QLabel;
class QPushButton;
class RefreshFollowPanel;
class RefreshRunner;
class StatusReader;
struct DatasetStatus;
struct RefreshRun;

// Step 6, Refresh now (Actualiser maintenant): how many refreshes are left today on shared
// capacity, then Refresh now followed to its end (RefreshFollowPanel, as in the status window).
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

    QPushButton *refreshButton() const;

protected:
    bool isReady() const override;

private:
    void loadQuota();
    void showQuota(const DatasetStatus &status);
    void refreshFailed(const ApiError &error);
    void refreshEnded(const RefreshRun &run, const QString &note);
    void recount();
    bool noneLeft() const;
    void updateRefreshButton();

    StatusReader *m_statusReader;
    QLabel *m_quota = nullptr;
    RefreshFollowPanel *m_follow = nullptr;
    std::optional<int> m_refreshesLeft;
    bool m_done = false;
};
