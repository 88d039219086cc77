#pragma once

#include <QPalette>

// The dark palette every widget suite uses for its dark pictures and its dark-palette checks: a
// dark desktop theme's colours, links and disabled text included.
QPalette darkPalette();

// XRA_TEST_DARK=1 asks a suite to run on the dark palette (for screenshots, XRA_SCREENSHOT_DIR).
bool darkPaletteRequested();

// Sets darkPalette() application-wide on apply() (or applyIfRequested() under XRA_TEST_DARK);
// the application's own palette comes back when it goes.
class DarkPaletteScope
{
public:
    DarkPaletteScope() = default;
    ~DarkPaletteScope();
    DarkPaletteScope(const DarkPaletteScope &) = delete;
    DarkPaletteScope &operator=(const DarkPaletteScope &) = delete;

    void apply();
    void applyIfRequested();
    bool isApplied() const { return m_applied; }

private:
    bool m_applied = false;
};
