#pragma once

#include <QLabel>

// A value a window shows, a short fact or a sentence: named for screen readers, selectable with
// the mouse and the keyboard so that it can be copied into a request for help, and in the
// palette's text colour unless a status gives it its own (Failed in red).
class ValueLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Wrap
    {
        OneLine,  // a short fact: stays on one line
        Sentence, // breaks at the room the layout gives it
    };

    ValueLabel(const QString &objectName, const QString &accessibleName, Wrap wrap,
               QWidget *parent);

    // A status's colour (RefreshPresentation::statusColor); an invalid colour gives the label
    // back its palette's text colour, which then follows the window's palette again.
    void setTextColour(const QColor &colour);
    // For the fact a line is about (a status, an owner).
    void setBold();
};
