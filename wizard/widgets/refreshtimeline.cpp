#include "refreshtimeline.h"

#include "refreshpresentation.h"
#include "refreshtypetext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

RefreshTimeline::RefreshTimeline(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline of recent refreshes"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void RefreshTimeline::setHistory(const QList<Refresh> &newestFirst)
{
    m_marks = newestFirst.mid(0, m_maximumMarks);
    std::reverse(m_marks.begin(), m_marks.end());
    describe();
    updateGeometry();
    update();
}

void RefreshTimeline::setMaximumMarks(int maximum)
{
    m_maximumMarks = std::max(1, maximum);
}

QString RefreshTimeline::summary() const
{
    return summarise(m_marks);
}

QString RefreshTimeline::summarise(const QList<Refresh> &oldestFirst)
{
    if (oldestFirst.isEmpty())
        return tr("No refresh has run yet.");
    const auto failed =
        std::count_if(oldestFirst.cbegin(), oldestFirst.cend(), [](const Refresh &refresh) {
            return refresh.status() == Refresh::Status::Failed;
        });
    const QString count =
        failed == 0 ? tr("None of the last %1 refreshes failed.").arg(oldestFirst.size())
                    : tr("%1 of the last %2 refreshes failed.").arg(failed).arg(oldestFirst.size());
    const Refresh &newest = oldestFirst.constLast();
    return tr("%1 The newest: %2, %3.")
        .arg(count, RefreshPresentation::statusText(newest),
             RefreshPresentation::localTime(newest.startTime()));
}

QSize RefreshTimeline::sizeHint() const
{
    const int marks = std::max<int>(m_marks.size(), 1);
    const int ends =
        fontMetrics().horizontalAdvance(tr("Older")) + fontMetrics().horizontalAdvance(tr("Newer"));
    const int width = std::max(marks * pitch(), ends + pitch());
    return {width, markSize() * 2 + fontMetrics().height()};
}

QSize RefreshTimeline::minimumSizeHint() const
{
    return {pitch() * 4, sizeHint().height()};
}

// Each mark explains itself on hover; elsewhere the whole picture's summary.
bool RefreshTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos());
        QToolTip::showText(help->globalPos(),
                           index < 0 ? summary() : markToolTip(m_marks.at(index)), this);
        return true;
    }
    return QWidget::event(event);
}

void RefreshTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

void RefreshTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_marks.isEmpty()) {
        const int middle = markRect(0).center().y();
        painter.setPen(QPen(palette().color(QPalette::Mid), std::max(1, markSize() / 8)));
        painter.drawLine(markRect(0).center().x(), middle,
                         markRect(m_marks.size() - 1).center().x(), middle);
    }
    for (int index = 0; index < m_marks.size(); ++index)
        paintMark(painter, markRect(index), m_marks.at(index));
    paintEnds(painter);
}

int RefreshTimeline::markSize() const
{
    return fontMetrics().height();
}

// Marks spread over the width they are given, but never so far apart that they stop reading
// as one row, nor so close that they touch.
int RefreshTimeline::pitch() const
{
    const int smallest = markSize() * 3 / 2;
    if (m_marks.isEmpty())
        return smallest;
    return std::clamp<int>(width() / m_marks.size(), smallest, markSize() * 4);
}

QRect RefreshTimeline::markRect(int index) const
{
    const int size = markSize();
    const int left = index * pitch() + (pitch() - size) / 2;
    return {left, size / 2, size, size};
}

int RefreshTimeline::markAt(const QPoint &position) const
{
    for (int index = 0; index < m_marks.size(); ++index) {
        if (markRect(index).adjusted(-2, -2, 2, 2).contains(position))
            return index;
    }
    return -1;
}

QString RefreshTimeline::markToolTip(const Refresh &refresh) const
{
    return tr("%1, %2 (%3)")
        .arg(RefreshPresentation::statusText(refresh),
             RefreshPresentation::localTime(refresh.startTime()), RefreshTypeText::text(refresh));
}

// Completed: a filled disc; failed: a filled square; anything else (running, cancelled...):
// an outlined disc.
void RefreshTimeline::paintMark(QPainter &painter, const QRect &rect, const Refresh &refresh) const
{
    const QColor colour = RefreshPresentation::statusColor(refresh, palette());
    const QRectF shape = QRectF(rect).adjusted(1, 1, -1, -1);
    painter.setPen(QPen(colour, std::max(1.0, rect.width() / 8.0)));
    if (refresh.status() == Refresh::Status::Completed) {
        painter.setBrush(colour);
        painter.drawEllipse(shape);
    } else if (refresh.status() == Refresh::Status::Failed) {
        painter.setBrush(colour);
        painter.drawRect(shape);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(shape);
    }
}

void RefreshTimeline::paintEnds(QPainter &painter) const
{
    if (m_marks.size() < 2)
        return;
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRow(0, markSize() * 2, width(), fontMetrics().height());
    painter.drawText(textRow, Qt::AlignLeft | Qt::AlignVCenter, tr("Older"));
    // "Newer" ends under the newest mark, but never over "Older".
    const int ends = fontMetrics().horizontalAdvance(tr("Older")) +
                     fontMetrics().horizontalAdvance(tr("Newer")) + markSize();
    const int right = std::max(markRect(m_marks.size() - 1).right(), ends);
    painter.drawText(QRect(0, textRow.top(), right, textRow.height()),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Newer"));
}

void RefreshTimeline::describe()
{
    setAccessibleDescription(summary());
    setToolTip(summary());
}
