#pragma once

#include "apierror.h"

#include <QWizardPage>

#include <functional>

class OperationPanel;
class OperationTracker;
class RepairWizard;

// What every page of the repair wizard shares: the operations of the repair (their progress,
// and one cancel), the operation panel that shows a long step's progress and errors, and validation
// that can wait for the network without a nested event loop (owncloud's validator pattern):
// validatePage() starts the page's leaving work and answers false; when the work succeeds the page
// calls leaveDone(), which moves the wizard on. Next stays disabled while a step runs.
class RepairPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RepairPage(OperationTracker *operations, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

    bool isBusy() const { return m_busy; }
    OperationPanel *operationPanel() const { return m_panel; }

protected:
    RepairWizard *repairWizard() const;
    // A title that changes while the page is shown (an outcome read later): the window title
    // follows.
    void retitle(const QString &title);

    // The page's own readiness for Next, on top of "nothing running" (isComplete() uses both).
    // Call readinessChanged() when it may have changed.
    virtual bool isReady() const { return true; }
    void readinessChanged() { emit completeChanged(); }

    // Work that must succeed before Next moves on. Return false when there is none (Next goes
    // straight on); else start it and return true, then call leaveDone() or showError().
    virtual bool startLeaving() { return false; }
    void leaveDone();

    // A step starts: Next and Back are held, the panel shows sentence, Cancel and the session's
    // progress sentences. again: what Retry does should the step fail; by default retry().
    void setBusy(const QString &sentence, std::function<void()> again = {});
    // The step ended: the panel is cleared, or keeps a note.
    void setIdle(const QString &note = {});
    // The step failed: the plain sentence, its details and Retry (which calls retry()).
    void showError(const ApiError &error, bool retryable = true);
    // What Retry does for a step started without its own; by default the page's leaving work
    // again.
    virtual void retry();

private:
    void updateButtons();

    OperationTracker *m_operations;
    OperationPanel *m_panel;
    bool m_busy = false;
    bool m_leaving = false;
    bool m_mayLeave = false;
};
