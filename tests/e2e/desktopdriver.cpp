#include "desktopdriver.h"

#include <QProcess>
#include <QTest>

QString DesktopDriver::run(const QString &program, const QStringList &arguments, bool *ok,
                           int timeoutMs) const
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QStringList DesktopDriver::visibleWindows(const QString &namePattern) const
{
    bool ok = false;
    const QString found = run(QStringLiteral("xdotool"),
                              {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                               QStringLiteral("--name"), namePattern},
                              &ok);
    if (!ok || found.isEmpty())
        return {};
    return found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString DesktopDriver::waitForWindow(const QString &namePattern, int timeoutMs) const
{
    QString window;
    (void)QTest::qWaitFor(
        [&] {
            const QStringList windows = visibleWindows(namePattern);
            if (!windows.isEmpty())
                window = windows.constLast();
            return !window.isEmpty();
        },
        timeoutMs);
    return window;
}

void DesktopDriver::focus(const QString &window) const
{
    run(QStringLiteral("xdotool"),
        {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
}

void DesktopDriver::type(const QString &text) const
{
    run(QStringLiteral("xdotool"),
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
}

void DesktopDriver::key(const QStringList &keys) const
{
    run(QStringLiteral("xdotool"),
        QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("80")} + keys);
}

bool DesktopDriver::screenshot(const QString &path, const QString &window) const
{
    bool ok = false;
    run(QStringLiteral("import"), {QStringLiteral("-window"), window, path}, &ok, 30000);
    return ok;
}
