#pragma once

#include <QPalette>

// The dark palette every widget suite uses for its dark pictures and its dark-palette checks: a
// dark desktop theme's colours, links and disabled text included.
QPalette darkPalette();

// XRA_TEST_DARK=1 asks a suite to run on the dark palette (for screenshots, XRA_SCREENSHOT_DIR).
bool darkPaletteRequested();

// Sets darkPalette() application-wide for as long as it lives when XRA_TEST_DARK is set (or once
// apply() is called); the application's own palette comes back when it goes.
class DarkPaletteScope
{
public:
    DarkPaletteScope();
    ~DarkPaletteScope();
    DarkPaletteScope(const DarkPaletteScope &) = delete;
    DarkPaletteScope &operator=(const DarkPaletteScope &) = delete;

    // Sets the dark palette now (a test about the dark palette).
    void apply();
    bool isApplied() const { return m_applied; }

private:
    bool m_applied = false;
};
