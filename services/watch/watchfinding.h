#pragma once

#include <QString>

// One thing the watch found about the remembered dataset: a problem now, or one about to come.
// The key names a warning and its occurrence ("credentialExpires:<when>", "grantAging:<date>",
// "lastingUnused:<date>", "quotaUsed:<when one frees up>"), or a problem ("failed:<diagnosis
// code>", "scheduleOff", "cannotCheck:<error code>", "pushFailed:<error code>",
// "pushFailed:NothingToPush"). The watch announces each key once, until WatchMemory sees the
// problem over (a refresh completed since, for a failure): the same key then is a new occurrence,
// told again. The end of the refresh problems is told once ("recovered", Kind::Recovery).
struct WatchFinding
{
    enum class Kind
    {
        Problem,  // something went wrong: the refreshes do not work now
        Warning,  // something will go wrong unless the user acts
        Recovery, // the problems told before have ended: the refreshes work again
    };

    QString key;
    Kind kind = Kind::Problem;
    // The notification's title and text, in the user's language.
    QString summary;
    QString body;
    // What "Fix now" opens: "status", "xero-settings" or "schedule" (the --open values).
    QString openWhat = QStringLiteral("status");
    // A problem that often passes by itself (no network yet, as at the timer's catch-up run after
    // boot or resume): announced only when the next check finds it too.
    bool passing = false;
};
