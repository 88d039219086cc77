#include "refreshpresentation.h"

#include <QLocale>
#include <QTimeZone>

QString RefreshPresentation::statusText(const Refresh &refresh)
{
    if (refresh.isRunning())
        return tr("In progress");
    switch (refresh.status()) {
    case Refresh::Status::Completed:
        return tr("Completed");
    case Refresh::Status::Failed:
        return tr("Failed");
    case Refresh::Status::Cancelled:
        return tr("Cancelled");
    case Refresh::Status::Disabled:
        return tr("Disabled");
    case Refresh::Status::Unknown:
        return tr("Unknown");
    case Refresh::Status::Other:
        break;
    }
    return refresh.statusText();
}

QColor RefreshPresentation::statusColor(const Refresh &refresh, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (refresh.isRunning())
        return palette.color(QPalette::Link);
    switch (refresh.status()) {
    case Refresh::Status::Completed:
        return dark ? QColor(0x6c, 0xd4, 0x7e) : QColor(0x10, 0x7c, 0x10);
    case Refresh::Status::Failed:
        return failedColor(palette);
    default:
        return palette.color(QPalette::WindowText);
    }
}

QColor RefreshPresentation::failedColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xc4, 0x2b, 0x1c);
}

QString RefreshPresentation::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime local = time.toLocalTime();
    const QString zone = QTimeZone::systemTimeZone().abbreviation(local);
    return QStringLiteral("%1 %2").arg(QLocale().toString(local, QLocale::ShortFormat), zone);
}

QString RefreshPresentation::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool RefreshPresentation::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}
