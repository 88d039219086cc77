#include "watchcheck.h"

#include "diagnosiscatalogue.h"
#include "refreshexplanation.h"

#include <QLocale>

#include <algorithm>

namespace {

const QString failedPrefix = QStringLiteral("failed:");
const QString scheduleOffKey = QStringLiteral("scheduleOff");
const QString cannotCheckPrefix = QStringLiteral("cannotCheck:");
const QString pushFailedPrefix = QStringLiteral("pushFailed:");

QString clock(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

QString moment(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

// The --open value of the window that fixes what a diagnosis names.
QString openWhatFor(RepairStep step)
{
    switch (step) {
    case RepairStep::XeroSettings:
    case RepairStep::ConfigureXero:
    case RepairStep::SignInXero:
        return QStringLiteral("xero-settings");
    case RepairStep::Schedule:
        return QStringLiteral("schedule");
    case RepairStep::None:
    case RepairStep::SignInPowerBi:
    case RepairStep::RefreshStatus:
    case RepairStep::RefreshNow:
    case RepairStep::ContactSupport:
        break;
    }
    return QStringLiteral("status");
}

QString datasetName(const DatasetStatus &status)
{
    return status.dataset.displayName();
}

// When something last read Xero with Power BI's own sign-in: the newest completed refresh, or
// the moment the credential was entered if no refresh since is in the history.
QDateTime lastUseOfLastingSignIn(const DatasetStatus &status)
{
    QDateTime lastUse = status.credential.since;
    for (const Refresh &refresh : status.history) {
        if (refresh.status() != Refresh::Status::Completed)
            continue;
        const QDateTime ended =
            refresh.endTime().isValid() ? refresh.endTime() : refresh.startTime();
        if (!lastUse.isValid() || ended > lastUse)
            lastUse = ended;
        break;
    }
    return lastUse;
}

bool completedAfter(const QList<Refresh> &history, const QDateTime &moment)
{
    return std::any_of(history.cbegin(), history.cend(), [&moment](const Refresh &refresh) {
        return refresh.status() == Refresh::Status::Completed && refresh.startTime() > moment;
    });
}

} // namespace

QList<WatchFinding> WatchCheck::findings(const WatchFacts &facts)
{
    QList<WatchFinding> found;
    const auto add = [&found](const std::optional<WatchFinding> &finding) {
        if (finding)
            found.append(*finding);
    };
    if (facts.cannotCheck)
        found.append(cannotCheck(*facts.cannotCheck));
    if (facts.pushFailure)
        found.append(pushFailed(*facts.pushFailure));
    else if (facts.nothingToPush)
        found.append(nothingToPush());
    if (facts.status) {
        add(failedRefresh(*facts.status));
        add(scheduleSwitchedOff(*facts.status));
        add(credentialExpires(facts));
        add(lastingUnused(facts));
        add(quotaUsed(*facts.status));
    }
    add(grantAging(facts));
    // Problems first: the outcome sentence and the notifications lead with them.
    std::stable_partition(found.begin(), found.end(), [](const WatchFinding &finding) {
        return finding.kind == WatchFinding::Kind::Problem;
    });
    return found;
}

bool WatchCheck::pushDue(const DatasetStatus &status, const QDateTime &now)
{
    const CredentialState::Kind kind = status.credential.kind;
    if (kind == CredentialState::Kind::Lasting || kind == CredentialState::Kind::Unknown ||
        holdsAnotherCredential(status))
        return false;
    const std::optional<QDateTime> slot = status.schedule.nextRunAfter(now);
    return slot && now.secsTo(*slot) < pushWithinMinutes * 60;
}

bool WatchCheck::holdsAnotherCredential(const DatasetStatus &status)
{
    const CredentialState &credential = status.credential;
    return credential.kind == CredentialState::Kind::Expired && credential.expiresAt.isValid() &&
           completedAfter(status.history, credential.expiresAt);
}

bool WatchCheck::isProblemKey(const QString &key)
{
    return key.startsWith(failedPrefix) || key == scheduleOffKey ||
           key.startsWith(cannotCheckPrefix) || key.startsWith(pushFailedPrefix);
}

bool WatchCheck::isRefreshProblemKey(const QString &key)
{
    return key.startsWith(failedPrefix) || key == scheduleOffKey;
}

// The newest refresh only: one still running says nothing yet, and an older failure already
// had its turn (it was told when it was the newest, or a later refresh replaced it).
std::optional<WatchFinding> WatchCheck::failedRefresh(const DatasetStatus &status)
{
    const std::optional<Refresh> last = status.lastRefresh();
    if (!last || last->isRunning())
        return std::nullopt;
    const std::optional<Diagnosis> diagnosis = RefreshExplanation::diagnosis(*last);
    if (!diagnosis)
        return std::nullopt;
    WatchFinding finding;
    const QString code =
        diagnosis->code().isEmpty() ? QStringLiteral("Unknown") : diagnosis->code();
    finding.key = failedPrefix + code;
    finding.kind = WatchFinding::Kind::Problem;
    finding.summary =
        tr("The %1 refresh of %2 failed").arg(clock(last->startTime()), datasetName(status));
    finding.body = diagnosis->explanation();
    finding.openWhat = openWhatFor(diagnosis->fixStep());
    return finding;
}

std::optional<WatchFinding> WatchCheck::scheduleSwitchedOff(const DatasetStatus &status)
{
    if (!status.scheduleSwitchedOffAfterFailures)
        return std::nullopt;
    const Diagnosis diagnosis = DiagnosisCatalogue::forScheduleSwitchedOff();
    WatchFinding finding;
    finding.key = scheduleOffKey;
    finding.kind = WatchFinding::Kind::Problem;
    finding.summary =
        tr("Power BI switched off the scheduled refresh of %1").arg(datasetName(status));
    finding.body = diagnosis.explanation();
    finding.openWhat = QStringLiteral("schedule");
    return finding;
}

// A temporary credential (pushed by this program) that dies before the next slot. The watch
// that pushes before each slot renews it itself, unless its push just failed.
std::optional<WatchFinding> WatchCheck::credentialExpires(const WatchFacts &facts)
{
    const DatasetStatus &status = *facts.status;
    const CredentialState &credential = status.credential;
    const bool temporary = credential.kind == CredentialState::Kind::Temporary ||
                           credential.kind == CredentialState::Kind::Expired;
    const std::optional<QDateTime> next = status.verdict.nextScheduledRefresh;
    if (!temporary || !next || credential.worksAt(*next))
        return std::nullopt;
    if (facts.pushMode && !facts.pushFailure && !facts.nothingToPush)
        return std::nullopt;
    if (holdsAnotherCredential(status))
        return std::nullopt;
    WatchFinding finding;
    finding.key = QStringLiteral("credentialExpires:") + isoUtc(credential.expiresAt);
    finding.kind = WatchFinding::Kind::Warning;
    finding.summary = tr("The %1 refresh of %2 will fail").arg(clock(*next), datasetName(status));
    finding.body = credential.expiresAt <= facts.now
                       ? tr("The Xero credential that Power BI holds is a temporary one: it "
                            "stopped working on %1. Give Power BI a lasting one through its own "
                            "Edit credentials dialog.")
                             .arg(moment(credential.expiresAt))
                       : tr("The Xero credential that Power BI holds is a temporary one: it stops "
                            "working on %1, before that refresh. Give Power BI a lasting one "
                            "through its own Edit credentials dialog.")
                             .arg(moment(credential.expiresAt));
    finding.openWhat = QStringLiteral("xero-settings");
    return finding;
}

// The Xero grant this program keeps (for the credential push) dies after 60 days unused. It
// matters only where this program gives Power BI its credential: in the push mode, or where what
// Power BI holds is one this program pushed, or a broken one. A user whose Power BI credential
// lasts (or is not known to this program) needs it for nothing.
std::optional<WatchFinding> WatchCheck::grantAging(const WatchFacts &facts)
{
    const QDateTime expires = facts.programGrantExpiresAt;
    if (!expires.isValid() || facts.now < expires.addDays(-grantWarningDays))
        return std::nullopt;
    const auto pushedOrBroken = [](const DatasetStatus &status) {
        switch (status.credential.kind) {
        case CredentialState::Kind::Temporary:
        case CredentialState::Kind::Broken:
            return true;
        case CredentialState::Kind::Expired:
            return !holdsAnotherCredential(status);
        case CredentialState::Kind::Lasting:
        case CredentialState::Kind::Unknown:
            break;
        }
        return false;
    };
    if (!facts.pushMode && !(facts.status && pushedOrBroken(*facts.status)))
        return std::nullopt;
    WatchFinding finding;
    finding.key = QStringLiteral("grantAging:") + isoDate(expires);
    finding.kind = WatchFinding::Kind::Warning;
    finding.summary = facts.now < expires
                          ? tr("This program's Xero sign-in expires on %1").arg(day(expires))
                          : tr("This program's Xero sign-in expired on %1").arg(day(expires));
    finding.body = tr("Xero ends a sign-in that is not used for %1 days. Sign in to Xero again "
                      "in Xero Refresh Assistant to keep giving Power BI fresh credentials.")
                       .arg(unusedSignInDays);
    finding.openWhat = QStringLiteral("xero-settings");
    return finding;
}

// Power BI's own Xero sign-in lasts because scheduled refreshes use it: with the schedule off,
// nothing does, and Xero ends it after 60 days.
std::optional<WatchFinding> WatchCheck::lastingUnused(const WatchFacts &facts)
{
    const DatasetStatus &status = *facts.status;
    if (status.credential.kind != CredentialState::Kind::Lasting || status.schedule.isEnabled())
        return std::nullopt;
    const QDateTime lastUse = lastUseOfLastingSignIn(status);
    if (!lastUse.isValid() || facts.now < lastUse.addDays(unusedSignInDays - grantWarningDays))
        return std::nullopt;
    const QDateTime expires = lastUse.addDays(unusedSignInDays);
    WatchFinding finding;
    finding.key = QStringLiteral("lastingUnused:") + isoDate(expires);
    finding.kind = WatchFinding::Kind::Warning;
    finding.summary =
        tr("Power BI's Xero sign-in for %1 expires on %2").arg(datasetName(status), day(expires));
    finding.body = tr("Xero ends a sign-in that is not used for %1 days, and with the scheduled "
                      "refresh switched off nothing uses it. Switch the schedule on, or refresh "
                      "now, to keep it working.")
                       .arg(unusedSignInDays);
    finding.openWhat = QStringLiteral("schedule");
    return finding;
}

// Keyed by when a refresh frees up, which stays the same while the same refreshes fill the
// 24 hours (the window's start moves with every check).
std::optional<WatchFinding> WatchCheck::quotaUsed(const DatasetStatus &status)
{
    const std::optional<int> left = status.quota.refreshesLeftToday();
    const std::optional<QDateTime> next = status.verdict.nextScheduledRefresh;
    const QDateTime freeAt = status.quota.nextFreeAt();
    if (!left || *left > 0 || !next || !freeAt.isValid() || *next >= freeAt)
        return std::nullopt;
    WatchFinding finding;
    finding.key = QStringLiteral("quotaUsed:") + isoUtc(freeAt);
    finding.kind = WatchFinding::Kind::Warning;
    finding.summary =
        tr("The %1 refresh of %2 will not run").arg(clock(*next), datasetName(status));
    finding.body = RefreshQuota::limitReachedSentence(freeAt);
    finding.openWhat = QStringLiteral("status");
    return finding;
}

WatchFinding WatchCheck::cannotCheck(const ApiError &error)
{
    WatchFinding finding;
    finding.key = cannotCheckPrefix + error.codeOrKind();
    finding.kind = WatchFinding::Kind::Problem;
    finding.summary = tr("Xero Refresh Assistant cannot check the Power BI dataset");
    finding.body = error.plainSentence();
    finding.openWhat = QStringLiteral("status");
    // The timer's catch-up run after boot or resume often comes before the network is up.
    finding.passing =
        error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    return finding;
}

WatchFinding WatchCheck::pushFailed(const ApiError &error)
{
    const Diagnosis diagnosis = DiagnosisCatalogue::forApiError(error);
    WatchFinding finding;
    finding.key = pushFailedPrefix + error.codeOrKind();
    finding.kind = WatchFinding::Kind::Problem;
    finding.summary = tr("Xero Refresh Assistant could not give Power BI a fresh Xero credential");
    finding.body = diagnosis.explanation();
    finding.openWhat = openWhatFor(diagnosis.fixStep());
    return finding;
}

// The push mode is on, and this program had nothing to give: no Xero sign-in kept for the
// organisation, or no Xero data source chosen. Said as a failed push, not left to the slot.
WatchFinding WatchCheck::nothingToPush()
{
    WatchFinding finding;
    finding.key = pushFailedPrefix + QStringLiteral("NothingToPush");
    finding.kind = WatchFinding::Kind::Problem;
    finding.summary = tr("Xero Refresh Assistant could not give Power BI a fresh Xero credential");
    finding.body = tr("The watch is set to give Power BI a fresh Xero credential before each "
                      "scheduled refresh, but this program keeps no Xero sign-in for the dataset's "
                      "organisation, or no Xero data source is chosen. Sign in to Xero again in "
                      "Xero Refresh Assistant, or give Power BI a lasting credential through its "
                      "own Edit credentials dialog.");
    finding.openWhat = QStringLiteral("xero-settings");
    return finding;
}
