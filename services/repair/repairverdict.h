#pragma once

#include "credentialstate.h"
#include "diagnosis.h"
#include "refresh.h"
#include "refreshschedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

// Where the repair stands, said from facts read back: the repair is finished only when the
// last refresh completed, the credential lasts, and the schedule is on and daily. Otherwise
// each thing left is named with the step that fixes it. Also when the next scheduled refresh
// comes, and whether it is going to fail.
struct RepairVerdict
{
    Q_DECLARE_TR_FUNCTIONS(RepairVerdict)

public:
    struct Left
    {
        QString sentence;
        RepairStep step = RepairStep::None;
        QString code; // for status --json: "credentialNotLasting", "scheduleOff", ...
    };

    QList<Left> left;
    std::optional<QDateTime> nextScheduledRefresh;
    // Why the next scheduled refresh is going to fail; empty when nothing says it will.
    QString nextRefreshWarning;

    static RepairVerdict from(const std::optional<Refresh> &lastRefresh,
                              const RefreshSchedule &schedule, const CredentialState &credential,
                              const QDateTime &now);

    bool isFinished() const { return left.isEmpty(); }
};
