#pragma once

#include <QTimeEdit>

// A time of day chooser that steps by half an hour: Power BI only accepts schedule times on the
// hour or the half hour, so the arrows and the keyboard land only on times it takes. A time
// typed in by hand may still be off the half hour; the schedule change's check says so.
class HalfHourTimeEdit : public QTimeEdit
{
    Q_OBJECT

public:
    explicit HalfHourTimeEdit(QWidget *parent = nullptr);

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;
};
