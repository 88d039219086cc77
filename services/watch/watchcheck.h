#pragma once

#include "watchfacts.h"
#include "watchfinding.h"

#include <QCoreApplication>
#include <QList>

// What is wrong, or about to go wrong, with the remembered dataset: a pure function of what one
// check read, so that every rule is tested without a network.
class WatchCheck
{
    Q_DECLARE_TR_FUNCTIONS(WatchCheck)

public:
    // Warn this long before the program's Xero grant dies (60 days unused, so at day 50).
    static constexpr int grantWarningDays = 10;
    // Power BI's own Xero sign-in (a lasting credential) dies after this many days unused too.
    static constexpr int unusedSignInDays = 60;

    // Less than this many minutes before a slot, the push mode gives Power BI a fresh
    // credential: the run 5 minutes before the slot pushes (WatchCalendar::pushBeforeSlotMinutes),
    // the check 20 minutes after the previous half hour's slot (10 minutes before this one) does
    // not, so that one slot gets one push.
    static constexpr int pushWithinMinutes = 7;

    // Problems first, then warnings.
    static QList<WatchFinding> findings(const WatchFacts &facts);

    // Whether the push mode gives Power BI a fresh credential now: a slot is less than
    // pushWithinMinutes away, and what Power BI holds is one this program pushed or a broken one.
    // Never over a lasting credential, one this program has not seen given, or one that a
    // refresh outlived.
    static bool pushDue(const DatasetStatus &status, const QDateTime &now);
    // A temporary credential this program pushed died, and a refresh completed after it: Power BI
    // read Xero with another credential (a lasting one entered in the web page), whatever this
    // program's record says. Neither warned of nor replaced.
    static bool holdsAnotherCredential(const DatasetStatus &status);

    // The keys of problems (failed:*, scheduleOff, cannotCheck:*, pushFailed:*): their end is
    // told, where a warning that no longer holds is just dropped.
    static bool isProblemKey(const QString &key);
    // The problems of the refreshes themselves (failed:*, scheduleOff): only their end means the
    // refreshes work again; the end of the others (cannotCheck:*, pushFailed:*) is not news.
    static bool isRefreshProblemKey(const QString &key);

private:
    static std::optional<WatchFinding> failedRefresh(const DatasetStatus &status);
    static std::optional<WatchFinding> scheduleSwitchedOff(const DatasetStatus &status);
    static std::optional<WatchFinding> credentialExpires(const WatchFacts &facts);
    static std::optional<WatchFinding> grantAging(const WatchFacts &facts);
    static std::optional<WatchFinding> lastingUnused(const WatchFacts &facts);
    static std::optional<WatchFinding> quotaUsed(const DatasetStatus &status);
    static WatchFinding cannotCheck(const ApiError &error);
    static WatchFinding pushFailed(const ApiError &error);
    static WatchFinding nothingToPush();
};
