#include "darkpalette.h"

#include <QApplication>

QPalette darkPalette()
{
    // The button and window colours derive the bevel roles (Light, Dark, Shadow); the rest is set.
    QPalette dark(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

bool darkPaletteRequested()
{
    return qEnvironmentVariableIsSet("XRA_TEST_DARK");
}

DarkPaletteScope::~DarkPaletteScope()
{
    if (m_applied)
        QApplication::setPalette(QPalette());
}

void DarkPaletteScope::apply()
{
    QApplication::setPalette(darkPalette());
    m_applied = true;
}

void DarkPaletteScope::applyIfRequested()
{
    if (darkPaletteRequested())
        apply();
}
