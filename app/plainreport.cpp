#include "plainreport.h"

#include "refreshexplanation.h"

#include <QLocale>

#include <algorithm>

QString PlainReport::aligned(const Lines &lines)
{
    qsizetype width = 0;
    for (const auto &[label, value] : lines)
        width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : lines)
        text +=
            (label + QLatin1Char(':')).leftJustified(width + 3) + safe(value) + QLatin1Char('\n');
    return text;
}

QString PlainReport::safe(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const bool bidiControl = (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
                                 (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
        const bool lineBreak = c.unicode() == 0x2028 || c.unicode() == 0x2029;
        if (c.category() == QChar::Other_Control || bidiControl || lineBreak)
            shown += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString PlainReport::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString PlainReport::datasetLine(const DatasetChoice &choice)
{
    return tr("%1 (%2)").arg(choice.displayName(), choice.dataset.id());
}

QString PlainReport::refreshLine(const Refresh &refresh)
{
    QString line =
        tr("%1, %2, started %3")
            .arg(refresh.statusText(), refresh.refreshTypeText(), localTime(refresh.startTime()));
    if (refresh.endTime().isValid())
        line += tr(", ended %1").arg(localTime(refresh.endTime()));
    return line;
}

QString PlainReport::scheduleLine(const RefreshSchedule &schedule)
{
    const QString zone = schedule.localTimeZoneId().isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(safe(schedule.localTimeZoneId()));
    // Power BI answers an empty schedule for a dataset that never had one.
    if (schedule.days().isEmpty() && schedule.times().isEmpty())
        return schedule.isEnabled() ? tr("on, but with no day and no time set")
                                    : tr("no schedule set");
    const QString state = schedule.isEnabled() ? tr("on") : tr("off");
    if (schedule.days().isEmpty())
        return tr("%1; no day chosen, at %2")
                   .arg(state, schedule.times().join(QStringLiteral(", "))) +
               zone;
    const QString days =
        schedule.isDaily() ? tr("every day") : schedule.days().join(QStringLiteral(", "));
    if (schedule.times().isEmpty())
        return tr("%1; %2, no time chosen").arg(state, days) + zone;
    return tr("%1; %2 at %3").arg(state, days, schedule.times().join(QStringLiteral(", "))) + zone;
}

QString PlainReport::datasets(const DatasetCatalogue &catalogue)
{
    QString text;
    for (const DatasetCatalogue::Group &group : catalogue.groups()) {
        text += group.isMyWorkspace()
                    ? tr("My workspace")
                    : tr("%1 (%2)").arg(safe(group.workspace.name()), safe(group.workspace.id()));
        text += QLatin1Char('\n');
        if (group.datasets.isEmpty())
            text += QStringLiteral("    ") + tr("no dataset") + QLatin1Char('\n');
        for (const DatasetChoice &choice : group.datasets) {
            const QString mark =
                choice.isXero ? QStringLiteral("[Xero] ") : QStringLiteral("       ");
            text += QStringLiteral("  ") + mark +
                    tr("%1 (%2), owner %3")
                        .arg(safe(choice.dataset.name()), safe(choice.dataset.id()),
                             safe(choice.dataset.configuredBy())) +
                    QLatin1Char('\n');
        }
    }
    return text;
}

QString PlainReport::status(const DatasetStatus &status)
{
    Lines lines;
    lines.append({tr("Dataset"), datasetLine(status.dataset)});
    lines.append({tr("Owner"), status.dataset.dataset.configuredBy()});
    const std::optional<Refresh> last = status.lastRefresh();
    lines.append({tr("Last refresh"), last ? refreshLine(*last) : tr("none yet")});
    lines.append({tr("Schedule"), scheduleLine(status.schedule)});
    const std::optional<int> left = status.quota.refreshesLeftToday();
    lines.append(
        {tr("Refreshes in the last 24 hours"),
         left
             ? tr("%1 (%2 left on shared capacity)").arg(status.quota.refreshesToday()).arg(*left)
             : tr("%1 (no daily limit on dedicated capacity)").arg(status.quota.refreshesToday())});
    for (const Datasource &source : status.datasources)
        lines.append({tr("Data source"),
                      tr("%1 %2").arg(source.datasourceType(),
                                      source.kind().isEmpty() ? source.server() : source.kind())});
    lines.append({tr("Xero credential"), status.credential.sentence()});
    if (status.verdict.nextScheduledRefresh)
        lines.append(
            {tr("Next scheduled refresh"), status.verdict.nextRefreshWarning.isEmpty()
                                               ? localTime(*status.verdict.nextScheduledRefresh)
                                               : status.verdict.nextRefreshWarning});
    if (status.verdict.isFinished())
        lines.append({tr("Repair"), tr("finished: nothing is left to do")});
    for (const RepairVerdict::Left &item : status.verdict.left)
        lines.append({tr("Left to do"), item.sentence});
    if (status.diagnoses.isEmpty() && last)
        lines.append({tr("Diagnosis"), RefreshExplanation::sentence(*last)});
    for (const Diagnosis &diagnosis : status.diagnoses)
        lines.append({tr("Diagnosis"), diagnosis.explanation()});
    return aligned(lines);
}

QString PlainReport::history(const DatasetChoice &choice, const QList<Refresh> &refreshes)
{
    QString text = aligned({{tr("Dataset"), datasetLine(choice)}});
    if (refreshes.isEmpty())
        return text + tr("No refresh yet.") + QLatin1Char('\n');
    for (const Refresh &refresh : refreshes) {
        text +=
            QStringLiteral("%1  %2  %3  %4\n")
                .arg(localTime(refresh.startTime()), refresh.refreshTypeText().leftJustified(16),
                     refresh.statusText().leftJustified(10),
                     safe(RefreshExplanation::errorCode(refresh)));
    }
    return text;
}

QString PlainReport::schedule(const DatasetChoice &choice, const RefreshSchedule &schedule)
{
    return aligned({{tr("Dataset"), datasetLine(choice)},
                    {tr("Schedule"), scheduleLine(schedule)},
                    {tr("Notification"), schedule.notifyOption()}});
}

QString PlainReport::refreshNow(const DatasetChoice &choice, const RefreshRun &run, bool waited)
{
    Lines lines;
    lines.append({tr("Dataset"), datasetLine(choice)});
    lines.append({tr("Xero credentials"),
                  run.credentialsPushed ? tr("pushed just before") : tr("not pushed")});
    lines.append({tr("Request id"), run.start.requestId});
    if (!waited) {
        lines.append({tr("Status"), tr("accepted: the refresh has started")});
        return aligned(lines);
    }
    if (run.refresh) {
        lines.append({tr("Status"), run.refresh->statusText()});
        lines.append(
            {tr("Elapsed"), tr("%n second(s)", nullptr, static_cast<int>(run.elapsedSeconds))});
        lines.append({tr("Diagnosis"), RefreshExplanation::sentence(*run.refresh)});
    }
    if (run.timedOut)
        lines.append({tr("Waiting"), tr("gave up before the refresh ended")});
    return aligned(lines);
}

QString PlainReport::watch(const WatchReport &report)
{
    Lines lines;
    if (report.status)
        lines.append({tr("Dataset"), datasetLine(report.status->dataset)});
    if (report.pushed)
        lines.append({tr("Xero credentials"), tr("pushed before the next scheduled refresh")});
    if (report.findings.isEmpty())
        lines.append({tr("Found"), tr("nothing wrong")});
    for (const WatchFinding &finding : report.findings) {
        const bool isNew =
            std::any_of(report.appeared.cbegin(), report.appeared.cend(),
                        [&](const WatchFinding &told) { return told.key == finding.key; });
        lines.append({finding.kind == WatchFinding::Kind::Warning ? tr("Warning") : tr("Problem"),
                      finding.summary + (isNew ? tr(" (new)") : QString())});
    }
    for (const WatchFinding &ended : report.ended)
        lines.append({tr("Ended"), ended.summary});
    if (report.notifyError)
        lines.append({tr("Notification"), report.notifyError->plainSentence()});
    else
        lines.append({tr("Notifications"), tr("%n shown", nullptr, report.notificationsShown)});
    return aligned(lines);
}

QString PlainReport::candidates(const QList<DatasetChoice> &candidates)
{
    QString text;
    for (const DatasetChoice &choice : candidates)
        text += QStringLiteral("  ") +
                tr("--workspace %1 --dataset %2  (%3)")
                    .arg(choice.isInMyWorkspace() ? QStringLiteral("\"My workspace\"")
                                                  : safe(choice.workspace.id()),
                         safe(choice.dataset.id()), safe(choice.displayName())) +
                QLatin1Char('\n');
    return text;
}
