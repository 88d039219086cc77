#include "finishpage.h"

#include "chosendataset.h"
#include "datasetstatus.h"
#include "operationpanel.h"
#include "refreshexplanation.h"
#include "repairreport.h"
#include "repairwizard.h"
#include "statusreader.h"
#include "valuelabel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FinishPage::FinishPage(OperationTracker *operations, StatusReader *status, ChosenDataset *chosen,
                       QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
    , m_chosen(chosen)
{
    setTitle(tr("Finished"));

    m_summary = new ValueLabel(QStringLiteral("summary"), tr("Outcome of the repair"),
                               ValueLabel::Wrap::Sentence, this);
    m_diagnosis = new ValueLabel(QStringLiteral("diagnosis"), tr("What is still wrong"),
                                 ValueLabel::Wrap::Sentence, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diagnosis);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(createNextSteps());
    layout->addStretch(1);
    layout->addWidget(operationPanel());
}

QWidget *FinishPage::createNextSteps()
{
    m_nextSteps = new QWidget(this);
    auto *links = new QLabel(m_nextSteps);
    links->setWordWrap(true);
    links->setTextFormat(Qt::RichText);
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    links->setAccessibleName(tr("Next steps"));
    links->setText(tr("<p>The next steps Microsoft's procedure names:</p><ul>"
                      "<li><a href=\"%1\">Contact Power BI support</a></li>"
                      "<li><a href=\"%2\">Ask the Power BI community</a></li></ul>"
                      "<p>Copy the details below into your request: they say which dataset "
                      "and which refresh failed, and how.</p>")
                       .arg(supportUrl().toString(), communityUrl().toString()));

    m_copyDetails = new QPushButton(tr("&Copy details"), m_nextSteps);
    m_copyDetails->setAccessibleName(tr("Copy the details of the failure"));
    m_copyDetails->setAccessibleDescription(
        tr("Puts the dataset's ids, the refresh's request id, status, error code and times on "
           "the clipboard; no password or sign-in"));
    connect(m_copyDetails, &QPushButton::clicked, this, &FinishPage::copyDetails);
    m_copied = new QLabel(m_nextSteps);
    m_copied->setAccessibleName(tr("Copy result"));

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyDetails);
    copyRow->addWidget(m_copied, 1);
    auto *layout = new QVBoxLayout(m_nextSteps);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(links);
    layout->addLayout(copyRow);
    return m_nextSteps;
}

void FinishPage::initializePage()
{
    m_run = repairWizard() ? repairWizard()->lastRun() : std::nullopt;
    m_lastRefresh.reset();
    m_diagnoses.clear();
    m_copied->clear();
    m_diagnosis->clear();
    if (completed(m_run))
        return showSuccess();
    if (m_run && m_run->hasEnded()) {
        if (const std::optional<Diagnosis> diagnosis =
                RefreshExplanation::diagnosis(*m_run->refresh))
            return showStillFailing({*diagnosis});
    }
    // Not run here, not ended, or ended in a way the refresh itself does not explain: Power BI's
    // own view of the dataset says what is wrong.
    showStillFailing({});
    loadDiagnoses();
}

bool FinishPage::completed(const std::optional<RefreshRun> &run)
{
    return run && run->hasEnded() && run->refresh->status() == Refresh::Status::Completed;
}

void FinishPage::showSuccess()
{
    m_success = true;
    setTitle(tr("Finished"));
    m_summary->setText(tr("The dataset refreshed: Power BI can read Xero again.\n\n"
                          "You can reopen this program at any time to refresh again in one "
                          "click."));
    m_nextSteps->setVisible(false);
}

void FinishPage::showStillFailing(const QList<Diagnosis> &diagnoses)
{
    m_success = false;
    m_diagnoses = diagnoses;
    setTitle(tr("Still failing"));
    QString summary = tr("The dataset is not refreshing yet.");
    if (m_run && m_run->timedOut)
        summary = tr("The refresh had not ended when the program stopped following it: Power BI "
                     "may still finish it.");
    else if (m_run && !m_run->hasEnded())
        summary = tr("You stopped following the refresh before it ended: Power BI may still "
                     "finish it.");
    else if (!m_run)
        summary = tr("No refresh was run here, so the repair is not confirmed yet.");
    m_summary->setText(summary);
    QStringList explanations;
    for (const Diagnosis &diagnosis : diagnoses)
        explanations.append(diagnosis.explanation());
    m_diagnosis->setText(explanations.join(QStringLiteral("\n\n")));
    m_nextSteps->setVisible(true);
}

void FinishPage::retry()
{
    loadDiagnoses();
}

void FinishPage::loadDiagnoses()
{
    setBusy(tr("Reading what Power BI says about the dataset…"));
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status)
            return showError(status.error());
        showStatus(status.value());
        setIdle();
    });
}

void FinishPage::showStatus(const DatasetStatus &status)
{
    m_lastRefresh = status.lastRefresh();
    // Nothing was run here, but the last refresh (run elsewhere, or by the schedule) worked.
    if (!m_run && m_lastRefresh && m_lastRefresh->status() == Refresh::Status::Completed &&
        status.diagnoses.isEmpty()) {
        m_success = true;
        setTitle(tr("Finished"));
        m_summary->setText(tr("The dataset's last refresh completed and Power BI reports no "
                              "problem.\n\nYou can reopen this program at any time to refresh "
                              "again in one click."));
        m_nextSteps->setVisible(false);
        return;
    }
    showStillFailing(status.diagnoses);
    if (status.diagnoses.isEmpty())
        m_diagnosis->setText(tr("Power BI reports no error for the dataset's last refresh."));
}

QString FinishPage::reportText() const
{
    RepairReport report(m_chosen->choice(), m_statusReader->now());
    report.setProgramVersion(QCoreApplication::applicationVersion());
    if (m_run)
        report.setRun(*m_run);
    if (m_lastRefresh)
        report.setLastRefresh(*m_lastRefresh);
    report.setDiagnoses(m_diagnoses);
    return report.text();
}

void FinishPage::copyDetails()
{
    QGuiApplication::clipboard()->setText(reportText());
    m_copied->setText(tr("Copied. Paste it into your request for help."));
}
