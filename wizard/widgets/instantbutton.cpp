#include "instantbutton.h"

#include <QShortcutEvent>

bool InstantButton::event(QEvent *event)
{
    // An ambiguous mnemonic (two buttons with the same letter) only moves the focus: the base
    // class does that.
    if (event->type() == QEvent::Shortcut && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
        if (isEnabled())
            click();
        return true;
    }
    return QPushButton::event(event);
}
