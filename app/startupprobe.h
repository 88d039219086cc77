#pragma once

#include <QObject>
#include <QString>

// For the benchmark (bench/run.sh) only, installed when XRA_BENCH_PROBE=1: says through the
// "xra.bench" logging category when the first top-level window is on screen (exposed and
// painted) and the memory in use then, when a mouse button is released or a key pressed in a
// window, where the button named by XRA_BENCH_BUTTON is once it can be clicked, and every time
// the event loop was held up longer than stallThresholdMs (a timer that came late). The times
// are those of the log lines (QT_MESSAGE_PATTERN), so that the bench reads the program, the
// sandbox and its floors on one clock. The floors of the bench build this same file.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // Installs a probe on the application when the environment asks for one.
    static void installIfAsked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int tickMs = 10;
    static constexpr int stallThresholdMs = 30;

    explicit StartupProbe(QObject *parent);
    void watchTheEventLoop();
    void onExposed(QObject *window);
    void onButtonChanged(QObject *widget);
    static QString residentMemory();

    bool m_windowShown = false;
    QString m_button;
};
