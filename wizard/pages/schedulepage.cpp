#include "schedulepage.h"

#include "chosendataset.h"
#include "dataseteditor.h"
#include "halfhourtimeedit.h"
#include "operationpanel.h"
#include "scheduleview.h"
#include "statusreader.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QTime defaultDailyTime(7, 0);
} // namespace

SchedulePage::SchedulePage(OperationTracker *operations, StatusReader *status,
                           DatasetEditor *editor, ChosenDataset *chosen, QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
    , m_editor(editor)
    , m_chosen(chosen)
{
    setTitle(tr("Schedule refresh"));
    setSubTitle(tr("Power BI refreshes the dataset on its own at these times. Microsoft's "
                   "procedure recommends a daily refresh for Xero data."));

    m_view = new ScheduleView(this);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_credentialNote = createCredentialNote();
    m_leaveOff =
        new QCheckBox(tr("&Leave the scheduled refresh off: I will refresh by hand"), this);
    m_leaveOff->setObjectName(QStringLiteral("leaveScheduleOff"));
    m_leaveOff->setVisible(false);
    connect(m_leaveOff, &QCheckBox::toggled, this, [this] { readinessChanged(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_advice);
    layout->addWidget(createMakeDailyRow());
    layout->addWidget(m_leaveOff);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_credentialNote);
    layout->addStretch(1);
    layout->addWidget(operationPanel());
}

QWidget *SchedulePage::createMakeDailyRow()
{
    m_makeDailyRow = new QWidget(this);
    m_time = new HalfHourTimeEdit(m_makeDailyRow);
    m_time->setTime(defaultDailyTime);
    m_time->setAccessibleName(tr("Time of the daily refresh"));
    auto *timeLabel = new QLabel(tr("Refresh every day &at:"), m_makeDailyRow);
    timeLabel->setBuddy(m_time);
    m_makeDaily = new QPushButton(tr("Make it &daily"), m_makeDailyRow);
    m_makeDaily->setAccessibleName(tr("Make the schedule daily and switch it on"));
    connect(m_makeDaily, &QPushButton::clicked, this, &SchedulePage::makeDaily);

    auto *row = new QHBoxLayout(m_makeDailyRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(timeLabel);
    row->addWidget(m_time);
    row->addWidget(m_makeDaily);
    row->addStretch(1);
    setTabOrder(m_time, m_makeDaily);
    m_makeDailyRow->setVisible(false);
    return m_makeDailyRow;
}

QLabel *SchedulePage::createCredentialNote()
{
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    note->setOpenExternalLinks(true);
    note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    note->setAccessibleName(tr("About the scheduled refresh and the Xero sign-in"));
    return note;
}

void SchedulePage::initializePage()
{
    clearSchedule();
    const QString link = datasetSettingsUrl().toString(QUrl::FullyEncoded);
    m_credentialNote->setText(
        tr("<p>Good to know: a Xero sign-in given to Power BI by this program lasts only as long "
           "as the Xero token, 30 minutes. For the scheduled refresh to work later, either open "
           "this program again before each refresh (its Refresh now gives Power BI a fresh "
           "sign-in first), or sign in to Xero once through Power BI's own page: "
           "<a href=\"%1\">the dataset's settings in Power BI</a>, Data source credentials, "
           "Edit credentials.</p>")
            .arg(link.toHtmlEscaped()));
    loadSchedule();
}

QUrl SchedulePage::datasetSettingsUrl() const
{
    return m_chosen->settingsPage();
}

void SchedulePage::loadSchedule()
{
    setBusy(tr("Reading the refresh schedule…"), [this] { loadSchedule(); });
    m_statusReader->loadSchedule(this, [this](Result<RefreshSchedule> read) {
        if (!read)
            return showError(read.error());
        showSchedule(read.value());
        setIdle();
    });
}

void SchedulePage::makeDaily()
{
    const QString zone = m_schedule && !m_schedule->localTimeZoneId().isEmpty()
                             ? m_schedule->localTimeZoneId()
                             : QStringLiteral("UTC");
    const RefreshScheduleChange change = RefreshScheduleChange::daily({chosenTime()}, zone);
    // The service's own rules, checked here: a plain sentence rather than a refused request.
    const QList<RefreshScheduleChange::Issue> issues = m_editor->checkScheduleChange(change);
    if (!issues.isEmpty()) {
        QStringList sentences;
        for (const RefreshScheduleChange::Issue &issue : issues)
            sentences.append(issue.sentence());
        return showError(ApiError::http(ApiError::Service::PowerBi, 0,
                                        QStringLiteral("InvalidScheduleChange"),
                                        sentences.join(QLatin1Char(' '))),
                         false);
    }
    setBusy(tr("Making the schedule daily…"), [this] { makeDaily(); });
    m_editor->changeSchedule(change, this, [this](Result<RefreshSchedule> changed) {
        if (!changed)
            return showError(changed.error());
        showSchedule(changed.value());
        setIdle(tr("Power BI confirmed the schedule."));
    });
}

QString SchedulePage::chosenTime() const
{
    return m_time->time().toString(QStringLiteral("HH:mm"));
}

void SchedulePage::clearSchedule()
{
    m_schedule.reset();
    m_view->clear();
    m_advice->clear();
    m_makeDailyRow->setVisible(false);
    m_leaveOff->setVisible(false);
    readinessChanged();
}

void SchedulePage::showSchedule(const RefreshSchedule &schedule)
{
    m_schedule = schedule;
    m_view->showSchedule(schedule, m_statusReader->now());
    showAdvice(schedule);
}

void SchedulePage::showAdvice(const RefreshSchedule &schedule)
{
    const bool good = schedule.isEnabled() && schedule.isDaily();
    if (good)
        m_advice->setText(tr("The dataset refreshes every day: nothing to change here."));
    else if (!schedule.isEnabled())
        m_advice->setText(tr("The scheduled refresh is switched off (Power BI switches it off "
                             "after refreshes fail). Switch it back on as a daily refresh:"));
    else
        m_advice->setText(tr("The dataset does not refresh every day. Make it daily:"));
    if (!good) {
        const QTime first =
            schedule.times().isEmpty()
                ? QTime()
                : QTime::fromString(schedule.times().constFirst(), QStringLiteral("HH:mm"));
        m_time->setTime(first.isValid() ? first : defaultDailyTime);
    }
    m_makeDailyRow->setVisible(!good);
    m_leaveOff->setVisible(!schedule.isEnabled());
    if (schedule.isEnabled())
        m_leaveOff->setChecked(false);
    readinessChanged();
}

// Power BI does not refresh a dataset whose schedule is off: going on without it is the user's
// own decision, said with the check box.
bool SchedulePage::isReady() const
{
    return m_schedule && (m_schedule->isEnabled() || m_leaveOff->isChecked());
}
