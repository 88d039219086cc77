#pragma once

#include "result.h"
#include "utcclock.h"
#include "watchfinding.h"

#include <QHash>
#include <QObject>

class DesktopNotifier;
class RepairSession;
class WatchMemory;
class XeroAccount;

// What one check found and did.
struct WatchReport
{
    QDateTime checkedAt;
    // What was read; empty when the check could not read it.
    std::optional<DatasetStatus> status;
    // Everything wrong now, announced before or not.
    QList<WatchFinding> findings;
    // Told now: the new problems, and the ends of problems.
    QList<WatchFinding> appeared;
    QList<WatchFinding> ended;
    // Notifications the desktop showed (with buttons or not), and why they could not be shown.
    int notificationsShown = 0;
    bool actionsShown = false;
    std::optional<ApiError> notifyError;
    // A fresh temporary credential was given to Power BI before the next slot.
    bool pushed = false;
    std::optional<ApiError> pushFailure;
};

// One run of the watch on the remembered dataset: push a fresh credential if the mode asks and a
// slot is near, read the status, find what is wrong, tell the user what is new (and what ended),
// remember it. The session must already be signed in with the dataset chosen.
class DatasetWatch : public QObject
{
    Q_OBJECT

public:
    // All must outlive the watch.
    DatasetWatch(RepairSession *session, XeroAccount *xeroAccount, DesktopNotifier *notifier,
                 WatchMemory *memory, QObject *parent = nullptr);

    void setClock(UtcClock clock) { m_clock = std::move(clock); }

    void check(QObject *context, Callback<WatchReport> done);
    // The check could not even start (sign-in, keychain): told once, like any problem.
    void reportCannotCheck(const ApiError &error, QObject *context, Callback<WatchReport> done);

signals:
    // The user chose an action on a notification of this watch: what to open (--open values).
    void openRequested(const QString &what);
    // Every notification shown is gone: no action will come.
    void allNotificationsClosed();

private:
    RepairSession *m_session;
    XeroAccount *m_xeroAccount;
    DesktopNotifier *m_notifier;
    WatchMemory *m_memory;
    UtcClock m_clock = systemUtcClock();
    // Shown notification id -> what "Fix now" opens.
    QHash<uint, QString> m_openWhat;
};
