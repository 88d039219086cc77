#include "valuelabel.h"

ValueLabel::ValueLabel(const QString &objectName, const QString &accessibleName, Wrap wrap,
                       QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setWordWrap(wrap == Wrap::Sentence);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ValueLabel::setTextColour(const QColor &colour)
{
    // Only the text's role is set: the label inherits every other one, and all of them when
    // the colour is invalid.
    QPalette colours;
    if (colour.isValid())
        colours.setColor(QPalette::WindowText, colour);
    setPalette(colours);
}

void ValueLabel::setBold()
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}
