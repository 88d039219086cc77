#pragma once

#include "chosendataset.h"
#include "chosenorganisation.h"
#include "credentialrecords.h"
#include "dataseteditor.h"
#include "datasetfinder.h"
#include "lastingcredentialflow.h"
#include "microsoftsigninflow.h"
#include "operationtracker.h"
#include "powerbicaller.h"
#include "refreshrunner.h"
#include "statusreader.h"
#include "utcclock.h"
#include "xerosigninflow.h"

#include <QObject>

#include <memory>

class CredentialPush;
class MicrosoftAccount;
class MicrosoftSignIn;
class QSettings;
class XeroAccount;
class XeroSignIn;

// One repair, as the windows and the command line drive it: its parts, built together and
// sharing one OperationTracker (busy, progress, one cancel) and one chosen dataset. It only
// composes; each page or command asks the part it needs:
//   finder()       the workspaces and datasets, and the choice of one
//   status()       the chosen dataset's history, schedule, data sources and quota
//   editor()       schedule changes and take-over
//   runner()       credential push, refresh now, following a refresh
//   microsoft()    the interactive Power BI sign-in, signing out
//   xero()         the interactive Xero sign-in and the choice of organisation
class RepairSession : public QObject
{
    Q_OBJECT

public:
    // What a repair works with. Every pointer is required and must outlive the session;
    // settings may be null (nothing is remembered).
    struct Services
    {
        MicrosoftSignIn *microsoftSignIn = nullptr;
        MicrosoftAccount *microsoftAccount = nullptr;
        XeroSignIn *xeroSignIn = nullptr;
        XeroAccount *xeroAccount = nullptr;
        CredentialPush *credentialPush = nullptr;
        QSettings *settings = nullptr;
        Endpoints endpoints;
    };

    explicit RepairSession(const Services &services, QObject *parent = nullptr);

    // "Now" for every part (the sandbox's movable clock, in tests and in --sandbox).
    void setClock(const UtcClock &clock);

    OperationTracker *operations() const { return m_operations; }
    ChosenDataset *dataset() const { return m_dataset; }
    ChosenOrganisation *organisation() const { return m_organisation; }
    // What this program saw given to Power BI, per data source (see CredentialRecord).
    CredentialRecords *credentials() const { return m_credentials.get(); }
    DatasetFinder *finder() const { return m_finder; }
    StatusReader *status() const { return m_status; }
    DatasetEditor *editor() const { return m_editor; }
    RefreshRunner *runner() const { return m_runner; }
    MicrosoftSignInFlow *microsoft() const { return m_microsoft; }
    XeroSignInFlow *xero() const { return m_xero; }
    // Steps 2 to 4 in Power BI's own page: the credential that lasts.
    LastingCredentialFlow *lasting() const { return m_lasting; }

    // Stops every operation in progress; their callbacks get ApiError::cancelled.
    void cancel() { m_operations->cancelAll(); }

private:
    std::unique_ptr<CredentialRecords> m_credentials;
    OperationTracker *m_operations;
    PowerBiCaller *m_powerBi;
    ChosenDataset *m_dataset;
    ChosenOrganisation *m_organisation;
    DatasetFinder *m_finder;
    StatusReader *m_status;
    DatasetEditor *m_editor;
    RefreshRunner *m_runner;
    MicrosoftSignInFlow *m_microsoft;
    XeroSignInFlow *m_xero;
    LastingCredentialFlow *m_lasting;
};
