#include "startupprobe.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QTimer>
#include <QWindow>

#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcBench, "xra.bench", QtInfoMsg)
}

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
    , m_button(qEnvironmentVariable("XRA_BENCH_BUTTON"))
{}

void StartupProbe::installIfAsked()
{
    if (qEnvironmentVariable("XRA_BENCH_PROBE") != QLatin1String("1"))
        return;
    QCoreApplication *application = QCoreApplication::instance();
    auto *probe = new StartupProbe(application);
    application->installEventFilter(probe);
    probe->watchTheEventLoop();
}

// A timer that should fire every tickMs: when it comes much later, the window could not answer
// the user for that long.
void StartupProbe::watchTheEventLoop()
{
    auto *ticks = new QTimer(this);
    ticks->setTimerType(Qt::PreciseTimer);
    ticks->setInterval(tickMs);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(ticks, &QTimer::timeout, this, [clock] {
        const qint64 gap = clock->restart();
        if (gap > stallThresholdMs)
            qCInfo(lcBench) << "event loop stalled" << gap << "ms";
    });
    ticks->start();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Expose:
        onExposed(watched);
        break;
    case QEvent::MouseButtonRelease:
        if (watched->isWindowType())
            qCInfo(lcBench) << "mouse released";
        break;
    // A mnemonic is taken by the shortcut map before any KeyPress: its override comes first.
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (watched->isWindowType()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            qCInfo(lcBench).noquote()
                << "key pressed"
                << QKeySequence(key->keyCombination()).toString(QKeySequence::PortableText);
        }
        break;
    case QEvent::Show:
    case QEvent::EnabledChange:
        if (!m_button.isEmpty())
            onButtonChanged(watched);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onExposed(QObject *watched)
{
    auto *window = qobject_cast<QWindow *>(watched);
    if (m_windowShown || !window || !window->isExposed() || window->parent())
        return;
    m_windowShown = true;
    // The window paints while it handles this event: the line comes once that is done.
    const QString title = window->title();
    QTimer::singleShot(0, this, [title] {
        qCInfo(lcBench).noquote() << "first window shown:" << title << "VmRSS" << residentMemory();
    });
}

void StartupProbe::onButtonChanged(QObject *widget)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (!button || button->text().remove(QLatin1Char('&')) != m_button)
        return;
    // After this event is handled the button is laid out and its state is the new one.
    QTimer::singleShot(0, button, [button] {
        if (!button->isEnabled() || !button->isVisible())
            return;
        const QPoint centre = button->mapToGlobal(button->rect().center());
        qCInfo(lcBench).noquote() << "button ready:" << button->text().remove(QLatin1Char('&'))
                                  << "at" << centre.x() << centre.y();
    });
}

// The resident set size, as /proc/self/status says it ("123456 kB").
QString StartupProbe::residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("unknown");
}
