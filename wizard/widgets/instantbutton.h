#pragma once

#include <QPushButton>

// A push button whose Alt+letter acts at once. QAbstractButton answers its mnemonic with an
// animated click that fires 100 ms later: for "Refresh now", the one action people reopen the
// program for, the keyboard must be as quick as the mouse.
class InstantButton : public QPushButton
{
    Q_OBJECT

public:
    using QPushButton::QPushButton;

protected:
    bool event(QEvent *event) override;
};
