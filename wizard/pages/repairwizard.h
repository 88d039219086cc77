#pragma once

#include "diagnosis.h"
#include "refreshrun.h"

#include <QWizard>

#include <optional>

class RepairSession;
class WebContent;

// Microsoft's documented repair procedure as a wizard, one page per step (diagnosis.h numbers
// the steps as RepairStep). The wizard holds the repair session, which every page is given and
// asks to act; pages never talk to a client, a sign-in or the network themselves.
class RepairWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        PageSignInPowerBi,   // step 0: sign in to Power BI (Connexion)
        PageChooseDataset,   // step 0: choose the dataset
        PageRefreshStatus,   // step 1
        PageXeroSettings,    // step 2: Settings for Xero, Edit credentials
        PageConfigureXero,   // step 3: the organisation name
        PageEditCredentials, // step 4: Power BI's own dialog, the credential that lasts
        PageSignInXero,      // step 4, the fallback: sign in with Xero, push a temporary one
        PageSchedule,        // step 5
        PageRefreshNow,      // step 6
        PageFinish,          // success, or the documented next steps
    };

    // The organisation name typed on Configure Xero (a wizard field, read by Sign in with Xero).
    static QString organisationField() { return QStringLiteral("organisationName"); }

    // session and webContent must outlive the wizard.
    RepairWizard(RepairSession *session, WebContent *webContent, QWidget *parent = nullptr);

    static int pageIdFor(RepairStep step);
    // Opens at step instead of the sign-in (the status window's Fix credentials: step 2). The
    // session must already have a signed-in account and a selected dataset.
    void startAtStep(RepairStep step);
    // Goes back to step, through the pages since (as Back would), when it was passed on the way
    // here; otherwise on to it.
    void returnToStep(RepairStep step);
    // The step's name in the window title (and the task bar); called again by a page whose
    // title says an outcome that arrives later.
    void showStepInTitle();

    RepairSession *session() const { return m_session; }

    // The refresh the Refresh now page ran, for the finish page.
    void setLastRun(const RefreshRun &run) { m_lastRun = run; }
    std::optional<RefreshRun> lastRun() const { return m_lastRun; }

protected:
    void reject() override;
    // Past the first step and not at the end (or a step running): Close asks first.
    bool isRepairUnderWay() const;

private:
    void leave();
    void addPages(RepairSession *session, WebContent *webContent);

    RepairSession *m_session;
    std::optional<RefreshRun> m_lastRun;
};
