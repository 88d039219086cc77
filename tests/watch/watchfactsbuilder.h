#pragma once

#include "watchfinding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

// A dataset's status composed as StatusReader composes it (quota, credential, verdict), from a
// history, a schedule and a credential record written by hand: the watch's rules tested without a
// network. The dataset is Finance / Xero.
class WatchFactsBuilder
{
public:
    explicit WatchFactsBuilder(const QDateTime &now)
        : m_now(now)
    {}

    static inline const QString credentialFailure =
        QStringLiteral("DMTS_OAuthTokenRefreshFailedError");

    // Oldest first: each one becomes the newest.
    WatchFactsBuilder &refreshed(const QString &status, const QDateTime &start,
                                 const QString &errorCode = {},
                                 const QString &type = QStringLiteral("Scheduled"))
    {
        QJsonObject refresh{{QStringLiteral("requestId"), QUuid::createUuid().toString()},
                            {QStringLiteral("id"), m_history.size() + 1},
                            {QStringLiteral("refreshType"), type},
                            {QStringLiteral("startTime"), iso(start)},
                            {QStringLiteral("status"), status}};
        if (status != QLatin1String("Unknown"))
            refresh.insert(QStringLiteral("endTime"), iso(start.addSecs(90)));
        if (!errorCode.isEmpty())
            refresh.insert(QStringLiteral("serviceExceptionJson"),
                           QStringLiteral("{\"errorCode\":\"%1\"}").arg(errorCode));
        m_history.prepend(Refresh::fromJson(refresh).value());
        return *this;
    }
    WatchFactsBuilder &failed(const QDateTime &start, const QString &code = credentialFailure)
    {
        return refreshed(QStringLiteral("Failed"), start, code);
    }
    WatchFactsBuilder &completed(const QDateTime &start)
    {
        return refreshed(QStringLiteral("Completed"), start);
    }
    WatchFactsBuilder &running(const QDateTime &start)
    {
        return refreshed(QStringLiteral("Unknown"), start);
    }
    // Every day at these times (in UTC), switched on or off.
    WatchFactsBuilder &scheduled(const QStringList &times, bool enabled = true)
    {
        const QStringList days = {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                  QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                  QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                  QStringLiteral("Sunday")};
        m_schedule =
            RefreshSchedule::fromJson({{QStringLiteral("days"), QJsonArray::fromStringList(days)},
                                       {QStringLiteral("times"), QJsonArray::fromStringList(times)},
                                       {QStringLiteral("enabled"), enabled},
                                       {QStringLiteral("localTimeZoneId"), QStringLiteral("UTC")}})
                .value();
        return *this;
    }
    WatchFactsBuilder &temporaryCredential(const QDateTime &at, const QDateTime &expiresAt)
    {
        m_record = CredentialRecord{CredentialRecord::Kind::Temporary, at, expiresAt};
        return *this;
    }
    WatchFactsBuilder &lastingCredential(const QDateTime &at)
    {
        m_record = CredentialRecord{CredentialRecord::Kind::Lasting, at, {}};
        return *this;
    }
    WatchFactsBuilder &onDedicatedCapacity()
    {
        m_dedicated = true;
        return *this;
    }

    DatasetStatus status() const
    {
        DatasetStatus status;
        status.dataset.workspace =
            Workspace::fromJson({{QStringLiteral("id"), QStringLiteral("finance")},
                                 {QStringLiteral("name"), QStringLiteral("Finance")},
                                 {QStringLiteral("isOnDedicatedCapacity"), m_dedicated}})
                .value();
        status.dataset.dataset =
            Dataset::fromJson({{QStringLiteral("id"), QStringLiteral("xero")},
                               {QStringLiteral("name"), QStringLiteral("Xero")}},
                              QStringLiteral("finance"))
                .value();
        status.dataset.isXero = true;
        status.history = m_history;
        status.schedule = m_schedule;
        status.quota = RefreshQuota::count(m_history, m_dedicated, m_now);
        status.scheduleSwitchedOffAfterFailures =
            !m_schedule.isEnabled() && newestScheduledFailed();
        status.credential = CredentialState::assess(m_record, m_history, m_now);
        status.verdict =
            RepairVerdict::from(status.lastRefresh(), m_schedule, status.credential, m_now);
        return status;
    }

    WatchFacts facts() const
    {
        WatchFacts facts;
        facts.status = status();
        facts.now = m_now;
        return facts;
    }

    bool lastRefreshCompleted() const
    {
        return !m_history.isEmpty() &&
               m_history.constFirst().status() == Refresh::Status::Completed;
    }

private:
    static QString iso(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }

    bool newestScheduledFailed() const
    {
        for (const Refresh &refresh : m_history) {
            if (refresh.refreshType() == Refresh::Type::Scheduled)
                return refresh.status() == Refresh::Status::Failed;
        }
        return false;
    }

    QDateTime m_now;
    QList<Refresh> m_history;
    RefreshSchedule m_schedule;
    std::optional<CredentialRecord> m_record;
    bool m_dedicated = false;
};

// Finding keys, for assertions that read like the rules.
inline QStringList keysOf(const QList<WatchFinding> &findings)
{
    QStringList keys;
    for (const WatchFinding &finding : findings)
        keys.append(finding.key);
    return keys;
}

// Times shown the British way ("07:00"), whatever the machine's locale.
class BritishLocale
{
public:
    BritishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~BritishLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};
