#pragma once

#include <QString>
#include <QStringList>

// Plays a person at the X display the tests run on (Xvfb), through xdotool: finds windows by
// name, focuses them, types and presses keys, and takes screenshots of a window or the screen
// (ImageMagick's import). Xvfb runs no window manager, so windows are focused, not activated.
// Every call is bounded; test code only (it waits).
class DesktopDriver
{
public:
    static constexpr int windowTimeoutMs = 60000;

    // The id of a visible window whose name matches the regular expression, once there is one;
    // empty after timeoutMs.
    QString waitForWindow(const QString &namePattern, int timeoutMs = windowTimeoutMs) const;

    void focus(const QString &window) const;
    // Types text into whatever has the keyboard focus.
    void type(const QString &text) const;
    // Presses key combinations, in xdotool's names ("alt+n", "Tab", "Return").
    void key(const QStringList &keys) const;

    // A picture of one window, or of the whole screen.
    bool screenshot(const QString &path, const QString &window = QStringLiteral("root")) const;

private:
    QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr,
                int timeoutMs = 10000) const;
    QStringList visibleWindows(const QString &namePattern) const;
};
