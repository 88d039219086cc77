#pragma once

#include "result.h"
#include "utcclock.h"
#include "watchreport.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class DesktopNotifier;
struct DesktopNotification;
struct ShownNotification;
class RepairSession;
class WatchMemory;
class XeroAccount;

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
    struct Run;

    std::shared_ptr<Run> startRun(QObject *context, Callback<WatchReport> done);
    void readStatus(const std::shared_ptr<Run> &run);
    bool pushNeeded(const Run &run, const DatasetStatus &status) const;
    void pushThenRead(const std::shared_ptr<Run> &run);
    void conclude(const std::shared_ptr<Run> &run);
    void tellNext(const std::shared_ptr<Run> &run);
    void told(const std::shared_ptr<Run> &run, const WatchFinding &finding,
              const ShownNotification &shown);
    void finish(const std::shared_ptr<Run> &run);
    DesktopNotification notificationFor(const WatchFinding &finding) const;
    static QString outcomeOf(const WatchReport &report);
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id);

    RepairSession *m_session;
    XeroAccount *m_xeroAccount;
    DesktopNotifier *m_notifier;
    WatchMemory *m_memory;
    UtcClock m_clock = systemUtcClock();
    // Shown notification id -> what "Fix now" opens.
    QHash<uint, QString> m_openWhat;
    // Shown and not closed yet.
    QSet<uint> m_shown;
    // Runs telling the user now: a notification closed meanwhile does not end the watch's part.
    int m_telling = 0;
};
