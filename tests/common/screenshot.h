#pragma once

#include <QString>

class QWidget;

// XRA_SCREENSHOT_DIR=<folder> asks the widget suites for pictures of what they show.
bool screenshotsRequested();

// Saves widget->grab() as <XRA_SCREENSHOT_DIR>/<name>.png, the folder made if need be, after
// settleMs for a layout or a web page to settle; does nothing without XRA_SCREENSHOT_DIR.
void keepScreenshot(QWidget *widget, const QString &name, int settleMs = 100);
