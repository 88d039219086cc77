#include "repairwizard.h"

#include "aboutdialog.h"
#include "choosedatasetpage.h"
#include "configurexeropage.h"
#include "editcredentialspage.h"
#include "finishpage.h"
#include "refreshnowpage.h"
#include "refreshstatuspage.h"
#include "repairsession.h"
#include "schedulepage.h"
#include "signinpowerbipage.h"
#include "signinxeropage.h"
#include "webcontent.h"
#include "xerosettingspage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

RepairWizard::RepairWizard(RepairSession *session, WebContent *webContent, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
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
    // The wizard's own button leaves the repair; Cancel is the running step's alone (in its
    // operation panel), so that one word never means two things on one screen.
    setButtonText(QWizard::CancelButton, tr("Close"));
    auto *aboutKey = new QShortcut(QKeySequence::HelpContents, this);
    connect(aboutKey, &QShortcut::activated, button(QWizard::HelpButton), &QAbstractButton::click);
    connect(this, &QWizard::helpRequested, this, [this] { AboutDialog::showOver(this); });
    addPages(session, webContent);
    setStartId(PageSignInPowerBi);
    // Room for the sign-in pages of Microsoft and Xero, in text units so that it holds at any
    // scaling.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 46);
    connect(this, &QWizard::currentIdChanged, this, &RepairWizard::showStepInTitle);

    // A new Power BI sign-in must not slip back into the account that just signed out.
    connect(session->microsoft(), &MicrosoftSignInFlow::signedOut, webContent,
            &WebContent::forgetSignIns);
}

// Each page is given the parts of the repair it uses, and nothing else.
void RepairWizard::addPages(RepairSession *session, WebContent *webContent)
{
    OperationTracker *operations = session->operations();
    setPage(PageSignInPowerBi, new SignInPowerBiPage(operations, session->microsoft(), webContent));
    setPage(PageChooseDataset,
            new ChooseDatasetPage(operations, session->finder(), session->dataset()));
    setPage(PageRefreshStatus, new RefreshStatusPage(operations, session->status()));
    setPage(PageXeroSettings, new XeroSettingsPage(operations, session->status(), session->editor(),
                                                   session->dataset()));
    setPage(PageConfigureXero, new ConfigureXeroPage(operations, session->xero()));
    setPage(PageEditCredentials,
            new EditCredentialsPage(operations, session->lasting(), session->status(),
                                    session->finder(), webContent));
    setPage(PageSignInXero,
            new SignInXeroPage(operations, session->xero(), session->runner(), webContent));
    setPage(PageSchedule,
            new SchedulePage(operations, session->status(), session->editor(), session->dataset()));
    setPage(PageRefreshNow, new RefreshNowPage(operations, session->status(), session->runner()));
    setPage(PageFinish, new FinishPage(operations, session->status(), session->dataset()));
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
        return PageEditCredentials;
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

void RepairWizard::returnToStep(RepairStep step)
{
    const int target = pageIdFor(step);
    if (!visitedIds().contains(target)) {
        setStartId(target);
        restart();
        return;
    }
    while (currentId() != target && currentId() != startId())
        back();
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

// Close, Esc and the window's close box all come here. Half-way through a repair they ask
// first; closing then stops whatever runs, so that no answer arrives for a page that is gone.
void RepairWizard::reject()
{
    if (!isRepairUnderWay())
        return leave();
    if (findChild<QMessageBox *>(QStringLiteral("leaveRepairQuestion")))
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Leave the repair?"),
        tr("The repair is not finished. What was already changed in Power BI stays changed; "
           "the rest is not done. You can come back to it later: the program opens where the "
           "dataset stands."),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("leaveRepairQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *leaveButton =
        question->addButton(tr("&Leave the repair"), QMessageBox::DestructiveRole);
    leaveButton->setObjectName(QStringLiteral("leaveRepairButton"));
    question->setDefaultButton(question->addButton(tr("&Stay and go on"), QMessageBox::RejectRole));
    connect(question, &QMessageBox::buttonClicked, this, [this, leaveButton](auto *clicked) {
        if (clicked == leaveButton)
            leave();
    });
    question->open();
}

bool RepairWizard::isRepairUnderWay() const
{
    return currentId() != PageFinish &&
           (visitedIds().size() > 1 || m_session->operations()->isBusy());
}

void RepairWizard::leave()
{
    m_session->cancel();
    QWizard::reject();
}
