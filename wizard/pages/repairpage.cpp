#include "repairpage.h"

#include "operationpanel.h"
#include "operationtracker.h"
#include "repairwizard.h"

#include <QAbstractButton>

RepairPage::RepairPage(OperationTracker *operations, QWidget *parent)
    : QWizardPage(parent)
    , m_operations(operations)
    , m_panel(new OperationPanel(this))
{
    connect(m_operations, &OperationTracker::progress, this, [this](const QString &sentence) {
        if (m_busy)
            m_panel->setSentence(sentence);
    });
    connect(m_panel, &OperationPanel::cancelRequested, m_operations, &OperationTracker::cancelAll);
    connect(m_panel, &OperationPanel::retryRequested, this, &RepairPage::retry);
}

RepairWizard *RepairPage::repairWizard() const
{
    return qobject_cast<RepairWizard *>(wizard());
}

bool RepairPage::isComplete() const
{
    // QWizardPage::isComplete() checks the mandatory fields (registerField("name*")).
    return !m_busy && isReady() && QWizardPage::isComplete();
}

bool RepairPage::validatePage()
{
    if (m_mayLeave) {
        m_mayLeave = false;
        return true;
    }
    if (m_busy)
        return false;
    m_leaving = startLeaving();
    return !m_leaving;
}

void RepairPage::cleanupPage()
{
    if (m_busy)
        m_operations->cancelAll();
    m_leaving = false;
    setIdle();
    QWizardPage::cleanupPage();
}

void RepairPage::leaveDone()
{
    setIdle();
    if (!m_leaving || !wizard() || wizard()->currentPage() != this)
        return;
    m_leaving = false;
    m_mayLeave = true;
    wizard()->next();
    // next() refused (validatePage() not reached): do not let a later Next skip the work.
    m_mayLeave = false;
}

void RepairPage::setBusy(const QString &sentence, std::function<void()> again)
{
    m_busy = true;
    m_panel->showBusy(sentence, std::move(again));
    updateButtons();
}

void RepairPage::setIdle(const QString &note)
{
    m_busy = false;
    if (note.isEmpty())
        m_panel->clear();
    else
        m_panel->showNote(note);
    updateButtons();
}

void RepairPage::showError(const ApiError &error, bool retryable)
{
    m_busy = false;
    m_leaving = m_leaving && retryable;
    m_panel->showError(error, retryable);
    updateButtons();
}

void RepairPage::retry()
{
    m_leaving = startLeaving();
    if (!m_leaving)
        setIdle();
}

// Back would leave a step half done: it waits with Next until the step ends or is cancelled.
void RepairPage::updateButtons()
{
    emit completeChanged();
    if (wizard() && wizard()->currentPage() == this) {
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(!m_busy);
    }
}

void RepairPage::retitle(const QString &title)
{
    setTitle(title);
    if (RepairWizard *wizard = repairWizard(); wizard && wizard->currentPage() == this)
        wizard->showStepInTitle();
}
