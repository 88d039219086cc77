#pragma once

#include "credentialstate.h"
#include "datasetchoice.h"
#include "datasource.h"
#include "diagnosis.h"
#include "refresh.h"
#include "refreshquota.h"
#include "refreshschedule.h"
#include "repairverdict.h"
#include "xerosourcechoice.h"

#include <QList>

#include <optional>

// Everything the status of a dataset shows: the last refresh and what it means, the schedule,
// the data sources, and the refreshes left today.
struct DatasetStatus
{
    DatasetChoice dataset;
    // Newest first, as the service gave it.
    QList<Refresh> history;
    RefreshSchedule schedule;
    QList<Datasource> datasources;
    // The data source the repair gives Xero credentials to, or the pick still to make.
    XeroSourceChoice xeroSource;
    // What is true of its credential now, and where the repair stands.
    CredentialState credential;
    RepairVerdict verdict;
    RefreshQuota quota;
    // Power BI switches the schedule off after failing scheduled refreshes.
    bool scheduleSwitchedOffAfterFailures = false;
    // The signed-in user is configuredBy (always true for a service principal, whose name the
    // session does not know).
    bool signedInUserIsOwner = true;
    // What is wrong, most important first: the last refresh's failure, the schedule switched
    // off, someone else owning the dataset. Empty when all is well.
    QList<Diagnosis> diagnoses;

    std::optional<Refresh> lastRefresh() const
    {
        return history.isEmpty() ? std::nullopt : std::optional<Refresh>(history.constFirst());
    }
};
