#pragma once

#include "apierror.h"
#include "refreshrun.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTimer;
class RefreshRunner;
class ValueLabel;

// Refresh now and what follows it, the same in the wizard's last step and in the status window:
// a large button that gives Power BI a fresh Xero sign-in, starts a refresh and follows it to its
// end; meanwhile the refresh's status in its colour and the time it has been running, counted
// each second on the runner's clock so that it agrees with the refresh's own times; at the end,
// when it ended and after how long, and the result in a sentence. The host shows each step as
// busy in its operation panel, whose Cancel cancels the repair's operations and whose Retry
// calls start() again.
class RefreshFollowPanel : public QWidget
{
    Q_OBJECT

public:
    // The runner must outlive the panel.
    explicit RefreshFollowPanel(RefreshRunner *runner, QWidget *parent = nullptr);

    QPushButton *refreshButton() const { return m_refreshNow; }
    // A refresh is being started or followed.
    bool isRunning() const { return m_running; }
    // What the button does: starts a refresh, or, when the last one was accepted by Power BI
    // but not seen to end, follows that one again. Nothing while one is started or followed.
    void start();
    // Forgets the last refresh shown (the page opened again).
    void clear();

signals:
    // A step began: the host shows it busy, with Cancel; should it fail, Retry calls start().
    void working(const QString &sentence);
    // The refresh could not be started (Cancelled when the user cancelled first), or following
    // it failed.
    void failed(const ApiError &error);
    // Following ended: the refresh ended, or it was still running when following timed out or
    // the user cancelled it. note: what the host should say besides (empty when nothing).
    void ended(const RefreshRun &run, const QString &note);

private:
    void follow(const RefreshRun &run);
    void followed(const Result<RefreshRun> &result);
    void showRunning(const RefreshRun &run);
    void tick();
    void showResult(const RefreshRun &run);
    void showStatus(const QString &text, const QColor &colour = {});

    RefreshRunner *m_runner;
    QPushButton *m_refreshNow = nullptr;
    QWidget *m_details = nullptr;
    ValueLabel *m_status = nullptr;
    ValueLabel *m_elapsed = nullptr;
    ValueLabel *m_result = nullptr;
    QTimer *m_ticker = nullptr;
    std::optional<RefreshRun> m_run;
    bool m_running = false;
    bool m_following = false;
    // The last refresh was accepted but not seen to end: start() follows it again.
    bool m_resumable = false;
};
