#pragma once

#include "watchfacts.h"
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

    // What changed since the last check, and what remember() settles once the user was told.
    struct News
    {
        QList<WatchFinding> appeared;
        // "Refreshes work again": one finding per run at most, made from the refresh problems
        // that ended, when none is left.
        QList<WatchFinding> ended;

        // Announced keys that are over whatever the user is told now: warnings that no longer
        // hold, problems that ended without a word (the dataset read again, a push that worked,
        // a refresh problem over while another holds) or that came back as a new occurrence.
        QStringList dropped;
        // The refresh problems whose end `ended` tells: over once it is delivered.
        QStringList endedKeys;
        // Passing problems found now and not announced (WatchFinding::passing): announced if the
        // next check finds them too.
        QStringList passing;
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

    // current: this check's findings (WatchCheck::findings), from facts. An announced problem is
    // over when the facts show it ended since it was announced, even if the same key holds again
    // (then it is a new occurrence, announced again): failed:* once a refresh completed after it
    // was announced; scheduleOff once the schedule is seen switched on; cannotCheck:* once the
    // dataset is read; pushFailed:* once a push worked, the push mode is off, or a refresh
    // completed after it. Only the end of a refresh problem (failed:*, scheduleOff), with none
    // left and the newest refresh completed, is told ("work again"); datasetName ("Finance /
    // Xero") goes into that sentence. A passing problem (WatchFinding::passing) appears only when
    // the check before this one found it too.
    News news(const QList<WatchFinding> &current, const WatchFacts &facts,
              const QString &datasetName = {}) const;
    // After notifying: news is what news() answered for this check; delivered are the findings
    // the user was told of now (only a delivered notification marks a key announced); ended, the
    // end the user was told of (news.ended, or nothing).
    void remember(const News &news, const QList<WatchFinding> &delivered,
                  const QList<WatchFinding> &ended, const QDateTime &checkedAt,
                  const QString &outcome);
    // Turned off, or the dataset forgotten: nothing of the watch stays.
    void forget();

private:
    QString announcedKey(const QString &findingKey) const;
    // Finding key -> when it was announced (invalid for a record that has no time).
    QHash<QString, QDateTime> announced() const;
    static bool isOver(const QString &key, const QDateTime &announcedAt, const WatchFacts &facts);

    QSettings *m_settings;
};
