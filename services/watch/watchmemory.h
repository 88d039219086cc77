#pragma once

#include "watchfinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// What the watch keeps between runs, in the settings under "watch/" (never a token): whether it
// is on and how, what it installed, when it last looked and what it found, and which problems it
// already announced, so that each is told once and its end once.
class WatchMemory
{
    Q_DECLARE_TR_FUNCTIONS(WatchMemory)

public:
    enum class Mode
    {
        Notify,        // tell the user
        NotifyAndPush, // and give Power BI a fresh temporary credential before each slot
    };

    // What changed since the last check.
    struct News
    {
        QList<WatchFinding> appeared;
        // "Refreshes work again": one finding per run at most, made from the problems that ended.
        QList<WatchFinding> ended;
    };

    // settings must outlive the memory.
    explicit WatchMemory(QSettings *settings);

    bool isEnabled() const;
    void setEnabled(bool enabled);
    Mode mode() const;
    void setMode(Mode mode);
    // The dataset the timer was installed for; empty when none.
    QString datasetId() const;
    void setDatasetId(const QString &datasetId);
    // The calendar the installed timer runs on (WatchUnits::calendar), to know when to rewrite it.
    QStringList installedCalendar() const;
    void setInstalledCalendar(const QStringList &calendar);

    QDateTime lastCheck() const;
    // One plain sentence: what the last check found ("Nothing wrong", "The 07:00 refresh failed").
    QString lastOutcome() const;

    // The keys announced and not yet ended, for the window and the tests.
    QStringList announcedKeys() const;

    // current: this check's findings; lastRefreshCompleted: the newest refresh completed (only
    // then do problems end: a refresh still running proves nothing). datasetName ("Finance /
    // Xero") goes into the sentence that says the refreshes work again.
    News news(const QList<WatchFinding> &current, bool lastRefreshCompleted,
              const QString &datasetName = {}) const;
    // After notifying: delivered are the findings the user was told of now (only a delivered
    // notification marks a key announced); ended, the problems whose end was told.
    void remember(const QList<WatchFinding> &current, const QList<WatchFinding> &delivered,
                  const QList<WatchFinding> &ended, const QDateTime &checkedAt,
                  const QString &outcome);
    // Turned off, or the dataset forgotten: nothing of the watch stays.
    void forget();

private:
    QString announcedKey(const QString &findingKey) const;
    QHash<QString, QString> announced() const; // finding key -> settings key

    QSettings *m_settings;
};
