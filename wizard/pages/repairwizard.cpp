#include "repairwizard.h"

#include "aboutdialog.h"
#include "choosedatasetpage.h"
#include "configurexeropage.h"
#include "finishpage.h"
#include "refreshnowpage.h"
#include "refreshstatuspage.h"
#include "repairsession.h"
#include "schedulepage.h"
#include "signinpowerbipage.h"
#include "signinprofile.h"
#include "signinxeropage.h"
#include "xerosettingspage.h"

#include <QAbstractButton>
#include <QShortcut>

RepairWizard::RepairWizard(RepairSession *session, SignInProfile *profile, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_profile(profile)
{
    setWindowTitle(tr("Xero Refresh Assistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // QWizard's Help button, at the far side of the button row on every page, is the About
    // box: version, licence, links. F1 presses it; it has no mnemonic, because the pages' own
    // (Sign in &again, every day &at) must keep Alt+A.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("About"));
    auto *aboutKey = new QShortcut(QKeySequence::HelpContents, this);
    connect(aboutKey, &QShortcut::activated, button(QWizard::HelpButton), &QAbstractButton::click);
    connect(this, &QWizard::helpRequested, this, [this] { AboutDialog::showOver(this); });
    setPage(PageSignInPowerBi, new SignInPowerBiPage(session, profile));
    setPage(PageChooseDataset, new ChooseDatasetPage(session));
    setPage(PageRefreshStatus, new RefreshStatusPage(session));
    setPage(PageXeroSettings, new XeroSettingsPage(session));
    setPage(PageConfigureXero, new ConfigureXeroPage(session));
    setPage(PageSignInXero, new SignInXeroPage(session, profile));
    setPage(PageSchedule, new SchedulePage(session));
    setPage(PageRefreshNow, new RefreshNowPage(session));
    setPage(PageFinish, new FinishPage(session));
    setStartId(PageSignInPowerBi);
    // Room for the sign-in pages of Microsoft and Xero, in text units so that it holds at any
    // scaling.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 46);
    connect(this, &QWizard::currentIdChanged, this, &RepairWizard::showStepInTitle);

    // A new Power BI sign-in must not slip back into the account that just signed out.
    connect(session, &RepairSession::signedOut, profile, &SignInProfile::clearCookies);
}

int RepairWizard::pageIdFor(RepairStep step)
{
    switch (step) {
    case RepairStep::SignInPowerBi:
        return PageSignInPowerBi;
    case RepairStep::RefreshStatus:
        return PageRefreshStatus;
    case RepairStep::XeroSettings:
        return PageXeroSettings;
    case RepairStep::ConfigureXero:
        return PageConfigureXero;
    case RepairStep::SignInXero:
        return PageSignInXero;
    case RepairStep::Schedule:
        return PageSchedule;
    case RepairStep::RefreshNow:
        return PageRefreshNow;
    case RepairStep::None:
    case RepairStep::ContactSupport:
        return PageFinish;
    }
    return PageSignInPowerBi;
}

void RepairWizard::startAtStep(RepairStep step)
{
    setStartId(pageIdFor(step));
}

// The step's name in the title: the task bar says where the repair stands.
void RepairWizard::showStepInTitle()
{
    const QWizardPage *page = currentPage();
    const QString program = tr("Xero Refresh Assistant");
    setWindowTitle(page && !page->title().isEmpty()
                       ? tr("%1 - %2", "step - program").arg(page->title(), program)
                       : program);
}

// Closing the window stops whatever runs, so that no answer arrives for a page that is gone.
void RepairWizard::reject()
{
    m_session->cancel();
    QWizard::reject();
}
