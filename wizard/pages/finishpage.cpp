#include "finishpage.h"

#include "chosendataset.h"
#include "datasetstatus.h"
#include "operationpanel.h"
#include "refreshexplanation.h"
#include "refreshpresentation.h"
#include "repairreport.h"
#include "repairsteptext.h"
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

    m_left = new QWidget(this);
    m_left->setObjectName(QStringLiteral("leftToDo"));
    m_leftLayout = new QVBoxLayout(m_left);
    m_leftLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_left);
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
    clearLeft();
    m_success = false;
    retitle(tr("Finished?"));
    m_summary->setText(tr("Reading where the dataset stands now…"));
    m_nextSteps->setVisible(false);
    loadStatus();
}

void FinishPage::retry()
{
    loadStatus();
}

// The verdict comes from what Power BI says now, never from the steps this wizard ran.
void FinishPage::loadStatus()
{
    setBusy(tr("Reading what Power BI says about the dataset…"), [this] { loadStatus(); });
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status)
            return showError(status.error());
        setIdle();
        showStatus(status.value());
    });
}

void FinishPage::showStatus(const DatasetStatus &status)
{
    m_lastRefresh = status.lastRefresh();
    m_diagnoses = status.diagnoses;
    const RepairVerdict &verdict = status.verdict;
    m_success = verdict.isFinished();
    if (m_success)
        showFinished(verdict);
    else
        showLeft(status);
}

void FinishPage::showFinished(const RepairVerdict &verdict)
{
    retitle(tr("Finished"));
    QString summary = tr("The last refresh completed, Power BI holds a lasting Xero credential "
                         "that it renews on its own, and the dataset refreshes every day.");
    if (verdict.nextScheduledRefresh)
        summary += QLatin1Char(' ') +
                   tr("The next scheduled refresh is on %1.")
                       .arg(RefreshPresentation::localTime(*verdict.nextScheduledRefresh));
    m_summary->setText(summary + QStringLiteral("\n\n") +
                       tr("You can reopen this program at any time to see how the refreshes "
                          "went, or to refresh again in one click."));
    m_nextSteps->setVisible(false);
}

void FinishPage::showLeft(const DatasetStatus &status)
{
    const bool failing = m_lastRefresh && m_lastRefresh->status() == Refresh::Status::Failed;
    retitle(failing ? tr("Still failing") : tr("Not finished yet"));
    QString summary = failing ? tr("The last refresh failed.")
                              : tr("The repair is not finished: what is left is listed below.");
    if (m_run && m_run->timedOut)
        summary += QLatin1Char(' ') + tr("The refresh had not ended when the program stopped "
                                         "following it: Power BI may still finish it.");
    else if (!m_run)
        summary += QLatin1Char(' ') + tr("No refresh was run here: what is said is what Power "
                                         "BI says of its own last refresh.");
    if (!status.verdict.nextRefreshWarning.isEmpty())
        summary += QStringLiteral("\n\n") + status.verdict.nextRefreshWarning;
    m_summary->setText(summary);
    QStringList explanations;
    for (const Diagnosis &diagnosis : status.diagnoses)
        explanations.append(diagnosis.explanation());
    m_diagnosis->setText(explanations.join(QStringLiteral("\n\n")));
    for (const RepairVerdict::Left &item : status.verdict.left)
        addLeft(item);
    // Microsoft's documented next steps, for a failure the procedure does not explain.
    m_nextSteps->setVisible(failing);
}

void FinishPage::addLeft(const RepairVerdict::Left &item)
{
    auto *sentence = new ValueLabel(QStringLiteral("leftToDo"), tr("Left to do"),
                                    ValueLabel::Wrap::Sentence, m_left);
    sentence->setText(item.sentence);
    auto *row = new QHBoxLayout;
    row->addWidget(sentence, 1);
    if (item.step != RepairStep::None && repairWizard()) {
        auto *go = new QPushButton(RepairStepText::goToStep(item.step), m_left);
        go->setObjectName(QStringLiteral("goToStep"));
        connect(go, &QPushButton::clicked, this,
                [this, step = item.step] { repairWizard()->returnToStep(step); });
        row->addWidget(go, 0, Qt::AlignTop);
    }
    m_leftLayout->addLayout(row);
}

void FinishPage::clearLeft()
{
    while (QLayoutItem *item = m_leftLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
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
