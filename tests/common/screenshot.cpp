#include "screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace {

QString screenshotDir()
{
    return qEnvironmentVariable("XRA_SCREENSHOT_DIR");
}

} // namespace

bool screenshotsRequested()
{
    return !screenshotDir().isEmpty();
}

void keepScreenshot(QWidget *widget, const QString &name, int settleMs)
{
    const QString directory = screenshotDir();
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    if (settleMs > 0)
        QTest::qWait(settleMs);
    widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
}
