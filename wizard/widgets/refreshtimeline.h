#pragma once

#include "refresh.h"

#include <QList>
#include <QWidget>

class QPainter;

// A small picture of the recent refreshes: one mark per refresh, oldest on the left, in the
// status colours of RefreshPresentation (green completed, red failed, neutral otherwise) and
// with a shape of its own for each, so that the picture reads without colour too. Its sizes
// come from the font, so it stays right at any scale. The accessible description and the
// tooltip say in words what the picture shows; each mark has its own tooltip.
class RefreshTimeline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultMaximumMarks = 20;

    explicit RefreshTimeline(QWidget *parent = nullptr);

    // newestFirst: as the service lists the history; the newest maximumMarks() are shown.
    void setHistory(const QList<Refresh> &newestFirst);
    void setMaximumMarks(int maximum);
    int maximumMarks() const { return m_maximumMarks; }
    // The refreshes drawn, left (oldest) to right (newest).
    QList<Refresh> marks() const { return m_marks; }
    // "4 of the last 9 refreshes failed. The newest: Failed, 27/11/2026 07:00 CET."
    QString summary() const;
    static QString summarise(const QList<Refresh> &oldestFirst);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int markSize() const;
    int pitch() const;
    QRect markRect(int index) const;
    int markAt(const QPoint &position) const;
    QString markToolTip(const Refresh &refresh) const;
    void paintMark(QPainter &painter, const QRect &rect, const Refresh &refresh) const;
    void paintEnds(QPainter &painter) const;
    void describe();

    QList<Refresh> m_marks;
    int m_maximumMarks = defaultMaximumMarks;
};
