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
const QString passingKey = QStringLiteral("watch/passing");
const QString notifyMode = QStringLiteral("notify");
const QString notifyAndPushMode = QStringLiteral("notifyAndPush");

QSet<QString> keysOf(const QList<WatchFinding> &findings)
{
    QSet<QString> keys;
    for (const WatchFinding &finding : findings)
        keys.insert(finding.key);
    return keys;
}

const QString failedPrefix = QStringLiteral("failed:");
const QString scheduleOffKey = QStringLiteral("scheduleOff");
const QString cannotCheckPrefix = QStringLiteral("cannotCheck:");
const QString pushFailedPrefix = QStringLiteral("pushFailed:");

// A refresh read Xero after `moment`: it ended after it (newest first, as the service lists them).
bool completedAfter(const QList<Refresh> &history, const QDateTime &moment)
{
    return std::any_of(history.cbegin(), history.cend(), [&moment](const Refresh &refresh) {
        if (refresh.status() != Refresh::Status::Completed)
            return false;
        const QDateTime ended =
            refresh.endTime().isValid() ? refresh.endTime() : refresh.startTime();
        return !moment.isValid() || ended > moment;
    });
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

QHash<QString, QDateTime> WatchMemory::announced() const
{
    QHash<QString, QDateTime> keys;
    m_settings->beginGroup(announcedGroup);
    const QStringList stored = m_settings->childKeys();
    for (const QString &settingsKey : stored)
        keys.insert(QUrl::fromPercentEncoding(settingsKey.toLatin1()),
                    QDateTime::fromString(m_settings->value(settingsKey).toString(), Qt::ISODate));
    m_settings->endGroup();
    return keys;
}

// Whether what the facts show ended the problem announced at announcedAt. A warning's key names
// its occurrence: it is over when it no longer holds, which news() sees from the findings.
bool WatchMemory::isOver(const QString &key, const QDateTime &announcedAt, const WatchFacts &facts)
{
    const std::optional<DatasetStatus> &status = facts.status;
    if (key.startsWith(cannotCheckPrefix))
        return status.has_value();
    if (key == scheduleOffKey)
        return status && status->schedule.isEnabled();
    if (key.startsWith(failedPrefix))
        return status && completedAfter(status->history, announcedAt);
    if (key.startsWith(pushFailedPrefix))
        return facts.pushed || !facts.pushMode ||
               (status && completedAfter(status->history, announcedAt));
    return false;
}

// Another process (the window, or the timer's run) may have written since this one read.
WatchMemory::News WatchMemory::news(const QList<WatchFinding> &current, const WatchFacts &facts,
                                    const QString &datasetName) const
{
    m_settings->sync();
    const QHash<QString, QDateTime> told = announced();
    const QSet<QString> currentKeys = keysOf(current);
    News news;
    QStringList refreshProblemsOver;
    for (auto it = told.cbegin(); it != told.cend(); ++it) {
        const QString &key = it.key();
        if (!WatchCheck::isProblemKey(key)) {
            if (!currentKeys.contains(key))
                news.dropped.append(key);
        } else if (isOver(key, it.value(), facts)) {
            (WatchCheck::isRefreshProblemKey(key) ? refreshProblemsOver : news.dropped).append(key);
        }
    }
    const QStringList passingBefore = m_settings->value(passingKey).toStringList();
    for (const WatchFinding &finding : current) {
        if (told.contains(finding.key) && !news.dropped.contains(finding.key) &&
            !refreshProblemsOver.contains(finding.key))
            continue;
        if (finding.passing) {
            news.passing.append(finding.key);
            if (!passingBefore.contains(finding.key))
                continue;
        }
        news.appeared.append(finding);
    }
    if (refreshProblemsOver.isEmpty())
        return news;
    // The refreshes work again only when no refresh problem holds now and the newest refresh
    // completed (one still running proves nothing yet: the end waits for the next check).
    const bool refreshProblemLeft =
        std::any_of(currentKeys.cbegin(), currentKeys.cend(), WatchCheck::isRefreshProblemKey);
    const std::optional<Refresh> last =
        facts.status ? facts.status->lastRefresh() : std::optional<Refresh>();
    const bool lastCompleted = last && last->status() == Refresh::Status::Completed;
    if (refreshProblemLeft) {
        news.dropped += refreshProblemsOver;
    } else if (lastCompleted) {
        news.endedKeys = refreshProblemsOver;
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

void WatchMemory::remember(const News &news, const QList<WatchFinding> &delivered,
                           const QList<WatchFinding> &ended, const QDateTime &checkedAt,
                           const QString &outcome)
{
    m_settings->sync();
    for (const QString &key : news.dropped)
        m_settings->remove(announcedKey(key));
    if (!ended.isEmpty()) {
        for (const QString &key : news.endedKeys)
            m_settings->remove(announcedKey(key));
    }
    // A new occurrence of a key announced before is announced again: from now.
    for (const WatchFinding &finding : delivered) {
        if (finding.kind != WatchFinding::Kind::Recovery)
            m_settings->setValue(announcedKey(finding.key),
                                 checkedAt.toUTC().toString(Qt::ISODate));
    }
    if (news.passing.isEmpty())
        m_settings->remove(passingKey);
    else
        m_settings->setValue(passingKey, news.passing);
    m_settings->setValue(lastCheckKey, checkedAt.toUTC().toString(Qt::ISODate));
    m_settings->setValue(lastOutcomeKey, outcome);
    m_settings->sync();
}

void WatchMemory::forget()
{
    m_settings->remove(group);
    m_settings->sync();
}
