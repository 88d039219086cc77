#include "watchmemory.h"

#include "watchcheck.h"

#include <QSet>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

const QString group = QStringLiteral("watch");
const QString enabledKey = QStringLiteral("watch/enabled");
const QString modeKey = QStringLiteral("watch/mode");
const QString datasetIdKey = QStringLiteral("watch/datasetId");
const QString calendarKey = QStringLiteral("watch/calendar");
const QString lastCheckKey = QStringLiteral("watch/lastCheck");
const QString lastOutcomeKey = QStringLiteral("watch/lastOutcome");
const QString announcedGroup = QStringLiteral("watch/announced");
const QString notifyMode = QStringLiteral("notify");
const QString notifyAndPushMode = QStringLiteral("notifyAndPush");

QSet<QString> keysOf(const QList<WatchFinding> &findings)
{
    QSet<QString> keys;
    for (const WatchFinding &finding : findings)
        keys.insert(finding.key);
    return keys;
}

bool hasKeyStartingWith(const QSet<QString> &keys, const QString &prefix)
{
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&prefix](const QString &key) { return key.startsWith(prefix); });
}

} // namespace

WatchMemory::WatchMemory(QSettings *settings)
    : m_settings(settings)
{}

bool WatchMemory::isEnabled() const
{
    return m_settings->value(enabledKey, false).toBool();
}

void WatchMemory::setEnabled(bool enabled)
{
    m_settings->setValue(enabledKey, enabled);
    m_settings->sync();
}

WatchMemory::Mode WatchMemory::mode() const
{
    return m_settings->value(modeKey).toString() == notifyAndPushMode ? Mode::NotifyAndPush
                                                                      : Mode::Notify;
}

void WatchMemory::setMode(Mode mode)
{
    m_settings->setValue(modeKey, mode == Mode::NotifyAndPush ? notifyAndPushMode : notifyMode);
    m_settings->sync();
}

QString WatchMemory::datasetId() const
{
    return m_settings->value(datasetIdKey).toString();
}

void WatchMemory::setDatasetId(const QString &datasetId)
{
    m_settings->setValue(datasetIdKey, datasetId);
    m_settings->sync();
}

QStringList WatchMemory::installedCalendar() const
{
    return m_settings->value(calendarKey).toStringList();
}

void WatchMemory::setInstalledCalendar(const QStringList &calendar)
{
    m_settings->setValue(calendarKey, calendar);
    m_settings->sync();
}

QDateTime WatchMemory::lastCheck() const
{
    return QDateTime::fromString(m_settings->value(lastCheckKey).toString(), Qt::ISODate);
}

QString WatchMemory::lastOutcome() const
{
    return m_settings->value(lastOutcomeKey).toString();
}

QStringList WatchMemory::announcedKeys() const
{
    m_settings->sync();
    QStringList keys = announced().keys();
    keys.sort();
    return keys;
}

// Keys hold ':' (and a diagnosis code could hold anything): percent-encoded, they are one plain
// settings key on every backend, never a group path.
QString WatchMemory::announcedKey(const QString &findingKey) const
{
    return announcedGroup + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(findingKey));
}

QHash<QString, QString> WatchMemory::announced() const
{
    QHash<QString, QString> keys;
    m_settings->beginGroup(announcedGroup);
    const QStringList stored = m_settings->childKeys();
    m_settings->endGroup();
    for (const QString &settingsKey : stored)
        keys.insert(QUrl::fromPercentEncoding(settingsKey.toLatin1()),
                    announcedGroup + QLatin1Char('/') + settingsKey);
    return keys;
}

// Another process (the window, or the timer's run) may have written since this one read.
WatchMemory::News WatchMemory::news(const QList<WatchFinding> &current, bool lastRefreshCompleted,
                                    const QString &datasetName) const
{
    m_settings->sync();
    const QHash<QString, QString> told = announced();
    const QSet<QString> currentKeys = keysOf(current);
    News news;
    for (const WatchFinding &finding : current) {
        if (!told.contains(finding.key))
            news.appeared.append(finding);
    }
    bool problemEnded = false;
    for (auto it = told.cbegin(); it != told.cend(); ++it)
        problemEnded |= WatchCheck::isProblemKey(it.key()) && !currentKeys.contains(it.key());
    if (problemEnded && lastRefreshCompleted) {
        WatchFinding recovered;
        recovered.key = QStringLiteral("recovered");
        recovered.kind = WatchFinding::Kind::Recovery;
        recovered.summary = datasetName.isEmpty()
                                ? tr("Refreshes of the Power BI dataset work again")
                                : tr("Refreshes of %1 work again").arg(datasetName);
        recovered.body = tr("The last refresh completed: Power BI reads Xero again.");
        recovered.openWhat = QStringLiteral("status");
        news.ended.append(recovered);
    }
    return news;
}

void WatchMemory::remember(const QList<WatchFinding> &current, const QList<WatchFinding> &delivered,
                           const QList<WatchFinding> &ended, const QDateTime &checkedAt,
                           const QString &outcome)
{
    m_settings->sync();
    const QHash<QString, QString> told = announced();
    const QSet<QString> currentKeys = keysOf(current);
    // The check read the dataset this time: a failure to read it has ended, whatever else holds.
    const bool checked = !hasKeyStartingWith(currentKeys, QStringLiteral("cannotCheck:"));
    for (auto it = told.cbegin(); it != told.cend(); ++it) {
        if (currentKeys.contains(it.key()))
            continue;
        const bool over = !WatchCheck::isProblemKey(it.key()) || !ended.isEmpty() ||
                          (checked && it.key().startsWith(QStringLiteral("cannotCheck:")));
        if (over)
            m_settings->remove(it.value());
    }
    for (const WatchFinding &finding : delivered) {
        if (finding.kind == WatchFinding::Kind::Recovery || told.contains(finding.key))
            continue;
        m_settings->setValue(announcedKey(finding.key), checkedAt.toUTC().toString(Qt::ISODate));
    }
    m_settings->setValue(lastCheckKey, checkedAt.toUTC().toString(Qt::ISODate));
    m_settings->setValue(lastOutcomeKey, outcome);
    m_settings->sync();
}

void WatchMemory::forget()
{
    m_settings->remove(group);
    m_settings->sync();
}
