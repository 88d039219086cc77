#include "schedulepage.h"

#include "chosendataset.h"
#include "dataseteditor.h"
#include "halfhourtimeedit.h"
#include "operationpanel.h"
#include "statusreader.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QTime defaultDailyTime(7, 0);

QTimeZone scheduleZone(const QString &windowsZoneId)
{
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windowsZoneId.toUtf8());
    return iana.isEmpty() ? QTimeZone::utc() : QTimeZone(iana);
}

QLabel *valueLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}
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

    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_credentialNote = createCredentialNote();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createScheduleForm());
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_advice);
    layout->addWidget(createMakeDailyRow());
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_credentialNote);
    layout->addStretch(1);
    layout->addWidget(operationPanel());
}

QWidget *SchedulePage::createScheduleForm()
{
    auto *form = new QWidget(this);
    m_state = valueLabel(tr("Scheduled refresh"), form);
    m_days = valueLabel(tr("Days"), form);
    m_times = valueLabel(tr("Times"), form);
    m_zone = valueLabel(tr("Time zone"), form);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Scheduled refresh:"), m_state);
    layout->addRow(tr("Days:"), m_days);
    layout->addRow(tr("Times:"), m_times);
    layout->addRow(tr("Time zone:"), m_zone);
    return form;
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

void SchedulePage::retry()
{
    if (m_lastAction == Action::MakeDaily)
        makeDaily();
    else
        loadSchedule();
}

void SchedulePage::loadSchedule()
{
    m_lastAction = Action::Load;
    setBusy(tr("Reading the refresh schedule…"));
    m_statusReader->loadSchedule(this, [this](Result<RefreshSchedule> read) {
        if (!read)
            return showError(read.error());
        showSchedule(read.value());
        setIdle();
    });
}

void SchedulePage::makeDaily()
{
    m_lastAction = Action::MakeDaily;
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
    setBusy(tr("Making the schedule daily…"));
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
    const QString unknown = QStringLiteral("—");
    m_state->setText(unknown);
    m_days->setText(unknown);
    m_times->setText(unknown);
    m_zone->setText(unknown);
    m_advice->clear();
    m_makeDailyRow->setVisible(false);
}

void SchedulePage::showSchedule(const RefreshSchedule &schedule)
{
    m_schedule = schedule;
    m_state->setText(schedule.isEnabled() ? tr("On") : tr("Off"));
    m_days->setText(dayList(schedule));
    m_times->setText(timesText(schedule));
    m_zone->setText(zoneText(schedule.localTimeZoneId()));

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
}

QString SchedulePage::dayList(const RefreshSchedule &schedule)
{
    if (schedule.isDaily())
        return tr("Every day");
    const QStringList &weekdays = RefreshSchedule::weekdayNames();
    QStringList names;
    for (int index = 0; index < weekdays.size(); ++index) {
        if (schedule.days().contains(weekdays.at(index), Qt::CaseInsensitive))
            names.append(QLocale().dayName(index + 1));
    }
    return names.isEmpty() ? tr("No day") : names.join(QStringLiteral(", "));
}

QString SchedulePage::zoneText(const QString &windowsZoneId)
{
    if (windowsZoneId.isEmpty())
        return tr("Not set (UTC)");
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windowsZoneId.toUtf8());
    if (iana.isEmpty())
        return tr("%1 (unknown to this computer: shown as UTC)").arg(windowsZoneId);
    return QStringLiteral("%1 (%2)").arg(windowsZoneId, QString::fromUtf8(iana));
}

// The same clock time falls at different local times in summer and in winter: today's date in
// the schedule's zone decides, as it does for the next refresh.
QString SchedulePage::timesText(const RefreshSchedule &schedule) const
{
    if (schedule.times().isEmpty())
        return tr("No time set");
    const QTimeZone zone = scheduleZone(schedule.localTimeZoneId());
    const QDate today = m_statusReader->now().toTimeZone(zone).date();
    const QTimeZone localZone = QTimeZone::systemTimeZone();
    QStringList lines;
    for (const QString &text : schedule.times()) {
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            lines.append(text);
            continue;
        }
        const QDateTime local = QDateTime(today, time, zone).toLocalTime();
        // Hours and minutes, like the schedule's own times.
        QString localText = QStringLiteral("%1 %2").arg(
            local.time().toString(QStringLiteral("HH:mm")), localZone.abbreviation(local));
        const qint64 dayShift = today.daysTo(local.date());
        if (dayShift > 0)
            localText = tr("%1 the next day").arg(localText);
        else if (dayShift < 0)
            localText = tr("%1 the day before").arg(localText);
        lines.append(tr("%1, that is %2 your time").arg(text, localText));
    }
    return lines.join(QLatin1Char('\n'));
}
