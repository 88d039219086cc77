#include "repairverdict.h"

#include <QLocale>

namespace {

QString at(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString clock(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

RepairVerdict RepairVerdict::from(const std::optional<Refresh> &lastRefresh,
                                  const RefreshSchedule &schedule,
                                  const CredentialState &credential, const QDateTime &now)
{
    RepairVerdict verdict;
    switch (credential.kind) {
    case CredentialState::Kind::Lasting:
        break;
    case CredentialState::Kind::Unknown:
        verdict.left.append({tr("Give Power BI a lasting Xero credential through its own Edit "
                                "credentials dialog: this program has not seen one given."),
                             RepairStep::SignInXero, QStringLiteral("credentialNotLasting")});
        break;
    case CredentialState::Kind::Temporary:
    case CredentialState::Kind::Expired:
        verdict.left.append({tr("The Xero credential is a temporary one: give Power BI a lasting "
                                "one through its own Edit credentials dialog."),
                             RepairStep::SignInXero, QStringLiteral("credentialTemporary")});
        break;
    case CredentialState::Kind::Broken:
        verdict.left.append({tr("Power BI cannot read Xero with its credential: edit the "
                                "credentials in Power BI's own dialog."),
                             RepairStep::SignInXero, QStringLiteral("credentialBroken")});
        break;
    }
    if (!schedule.isEnabled())
        verdict.left.append({tr("The scheduled refresh is switched off: switch it on, every day."),
                             RepairStep::Schedule, QStringLiteral("scheduleOff")});
    else if (!schedule.isDaily())
        verdict.left.append({tr("The scheduled refresh does not run every day: make it daily."),
                             RepairStep::Schedule, QStringLiteral("scheduleNotDaily")});
    if (!lastRefresh || lastRefresh->status() != Refresh::Status::Completed)
        verdict.left.append({tr("No refresh has completed since: refresh now to see that Power BI "
                                "reads Xero again."),
                             RepairStep::RefreshNow, QStringLiteral("noCompletedRefresh")});

    if (schedule.isEnabled())
        verdict.nextScheduledRefresh = schedule.nextRunAfter(now);
    if (verdict.nextScheduledRefresh && !credential.worksAt(*verdict.nextScheduledRefresh)) {
        const QString next = clock(*verdict.nextScheduledRefresh);
        if (credential.kind == CredentialState::Kind::Broken)
            verdict.nextRefreshWarning =
                tr("The %1 refresh will fail: Power BI cannot read Xero with its credential.")
                    .arg(next);
        else if (credential.expiresAt <= now)
            verdict.nextRefreshWarning =
                tr("The %1 refresh will fail: the credential expired on %2.")
                    .arg(next, at(credential.expiresAt));
        else
            verdict.nextRefreshWarning =
                tr("The %1 refresh will fail: the credential expires before it, on %2.")
                    .arg(next, at(credential.expiresAt));
    }
    return verdict;
}
