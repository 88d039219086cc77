#include "scheduleview.h"

#include "scheduletext.h"
#include "valuelabel.h"

#include <QFormLayout>

ScheduleView::ScheduleView(QWidget *parent)
    : QGroupBox(tr("Scheduled refresh"), parent)
{
    setObjectName(QStringLiteral("schedule"));
    const auto fact = [this](const char *objectName, const QString &accessibleName) {
        return new ValueLabel(QLatin1String(objectName), accessibleName, ValueLabel::Wrap::Sentence,
                              this);
    };
    m_state = fact("scheduleState", tr("Scheduled refresh"));
    m_state->setBold();
    m_days = fact("scheduleDays", tr("Days"));
    m_times = fact("scheduleTimes", tr("Times"));
    m_zone = fact("scheduleZone", tr("Time zone"));

    m_form = new QFormLayout(this);
    m_form->addRow(tr("State:"), m_state);
    m_form->addRow(tr("Days:"), m_days);
    m_form->addRow(tr("Times:"), m_times);
    m_form->addRow(tr("Time zone:"), m_zone);
    clear();
}

void ScheduleView::showSchedule(const RefreshSchedule &schedule, const QDateTime &now,
                                bool switchedOffAfterFailures)
{
    m_state->setText(ScheduleText::state(schedule, switchedOffAfterFailures));
    m_days->setText(ScheduleText::days(schedule));
    m_times->setText(ScheduleText::times(schedule, now));
    m_zone->setText(ScheduleText::zone(schedule));
}

void ScheduleView::clear()
{
    for (ValueLabel *fact : {m_state, m_days, m_times, m_zone})
        fact->setText(QStringLiteral("—"));
}

void ScheduleView::addRow(QWidget *widget)
{
    m_form->addRow(widget);
}
