#include "halfhourtimeedit.h"

namespace {
constexpr int halfHourSeconds = 30 * 60;
constexpr int daySeconds = 24 * 60 * 60;
} // namespace

HalfHourTimeEdit::HalfHourTimeEdit(QWidget *parent)
    : QTimeEdit(parent)
{
    setDisplayFormat(QStringLiteral("HH:mm"));
    setWrapping(true);
}

// From a time off the half hour, the first step lands on the nearest half hour in its direction.
void HalfHourTimeEdit::stepBy(int steps)
{
    const int seconds = QTime(0, 0).secsTo(time());
    const int below = seconds - seconds % halfHourSeconds;
    int target = below + steps * halfHourSeconds;
    if (steps < 0 && seconds != below)
        target += halfHourSeconds;
    target = ((target % daySeconds) + daySeconds) % daySeconds;
    setTime(QTime(0, 0).addSecs(target));
}

// Stepping wraps around midnight, so both directions are always open.
QAbstractSpinBox::StepEnabled HalfHourTimeEdit::stepEnabled() const
{
    return StepUpEnabled | StepDownEnabled;
}
