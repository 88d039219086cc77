#pragma once

#include "sandboxids.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Short-lived values that a sign-in carries from one page, or one origin, to the next: the
// hand-over from Xero's log-in to its consent, a federated sign-in under way, an identity
// provider's assertion. Each is known by a random ticket, lives ten minutes, and is used once
// (take) unless only looked at (find).
template<typename T> class SandboxTickets
{
public:
    static constexpr qint64 lifetimeSeconds = 600;

    QString issue(const T &value, const QDateTime &now)
    {
        const QString ticket = SandboxIds::randomToken(24);
        m_entries.insert(ticket, {value, now});
        return ticket;
    }

    // The value, if the ticket is known and young enough; it stays.
    std::optional<T> find(const QString &ticket, const QDateTime &now) const
    {
        const auto it = m_entries.constFind(ticket);
        if (ticket.isEmpty() || it == m_entries.constEnd() ||
            it->issuedAt.secsTo(now) > lifetimeSeconds)
            return std::nullopt;
        return it->value;
    }

    // As find(), and the ticket is gone whatever the answer.
    std::optional<T> take(const QString &ticket, const QDateTime &now)
    {
        const std::optional<T> value = find(ticket, now);
        m_entries.remove(ticket);
        return value;
    }

    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        T value;
        QDateTime issuedAt;
    };
    QHash<QString, Entry> m_entries;
};
