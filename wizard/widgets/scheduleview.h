#pragma once

#include <QGroupBox>

class QDateTime;
class QFormLayout;
class RefreshSchedule;
class ValueLabel;

// The dataset's refresh schedule as Settings for Xero and Schedule refresh both show it, in
// ScheduleText's words: on or off, days, times (also in the user's own time) and time zone.
class ScheduleView : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScheduleView(QWidget *parent = nullptr);

    // now: the repair's clock, which decides summer or winter time for the user's own times.
    // switchedOffAfterFailures: when known, says why the schedule is off.
    void showSchedule(const RefreshSchedule &schedule, const QDateTime &now,
                      bool switchedOffAfterFailures = false);
    // "—" everywhere, until the schedule is read.
    void clear();
    // A sentence under the facts, spanning the box (what fixes the schedule).
    void addRow(QWidget *widget);

private:
    QFormLayout *m_form = nullptr;
    ValueLabel *m_state = nullptr;
    ValueLabel *m_days = nullptr;
    ValueLabel *m_times = nullptr;
    ValueLabel *m_zone = nullptr;
};
