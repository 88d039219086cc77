#include "credentialstate.h"

#include "refreshexplanation.h"

#include <QLocale>

namespace {

bool failedOnCredentials(const Refresh &refresh)
{
    const std::optional<Diagnosis> diagnosis = RefreshExplanation::diagnosis(refresh);
    return diagnosis && diagnosis->category() == Diagnosis::Category::Credentials;
}

// The newest refresh that ended after `after` (newest first, as the service lists them).
std::optional<Refresh> newestEndedAfter(const QList<Refresh> &history, const QDateTime &after)
{
    for (const Refresh &refresh : history) {
        if (refresh.isRunning())
            continue;
        const QDateTime ended =
            refresh.endTime().isValid() ? refresh.endTime() : refresh.startTime();
        if (!after.isValid() || ended > after)
            return refresh;
    }
    return std::nullopt;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CredentialState CredentialState::assess(const std::optional<CredentialRecord> &record,
                                        const QList<Refresh> &history, const QDateTime &now)
{
    CredentialState state;
    const QDateTime given = record ? record->at : QDateTime();
    const std::optional<Refresh> newest = newestEndedAfter(history, given);
    if (newest && failedOnCredentials(*newest)) {
        state.kind = Kind::Broken;
        state.since = newest->endTime().isValid() ? newest->endTime() : newest->startTime();
        return state;
    }
    if (!record)
        return state;
    state.since = record->at;
    state.confirmed = newest && newest->status() == Refresh::Status::Completed;
    if (record->kind == CredentialRecord::Kind::Lasting) {
        state.kind = Kind::Lasting;
        return state;
    }
    state.expiresAt = record->expiresAt;
    state.kind =
        record->expiresAt.isValid() && record->expiresAt <= now ? Kind::Expired : Kind::Temporary;
    return state;
}

bool CredentialState::worksAt(const QDateTime &when) const
{
    switch (kind) {
    case Kind::Lasting:
    case Kind::Unknown:
        return true;
    case Kind::Temporary:
        return !expiresAt.isValid() || when < expiresAt;
    case Kind::Expired:
    case Kind::Broken:
        break;
    }
    return false;
}

QString CredentialState::sentence() const
{
    switch (kind) {
    case Kind::Unknown:
        return tr("Not known: this program has not seen a credential given to Power BI for "
                  "this data source.");
    case Kind::Lasting:
        return confirmed ? tr("Lasting: entered in Power BI's own dialog on %1, and a refresh "
                              "has read Xero with it since. Power BI renews it on its own.")
                               .arg(when(since))
                         : tr("Lasting: entered in Power BI's own dialog on %1. Power BI renews "
                              "it on its own.")
                               .arg(when(since));
    case Kind::Temporary:
        return tr("Temporary: pushed by this program on %1, it works until %2 only.")
            .arg(when(since), when(expiresAt));
    case Kind::Expired:
        return tr("Expired: the temporary credential pushed by this program stopped working on "
                  "%1.")
            .arg(when(expiresAt));
    case Kind::Broken:
        return tr("Broken: the refresh of %1 could not read Xero with it.").arg(when(since));
    }
    return {};
}

QString CredentialState::kindName() const
{
    switch (kind) {
    case Kind::Lasting:
        return QStringLiteral("lasting");
    case Kind::Temporary:
        return QStringLiteral("temporary");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::Broken:
        return QStringLiteral("broken");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
