#include "sandboxsessions.h"

#include "sandboxids.h"

QString SandboxSessions::start(const QString &user, const QDateTime &now, qint64 lifetimeSeconds)
{
    // Ended sessions go when a new one starts: the table stays as small as the live ones.
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->endsAt <= now ? m_sessions.erase(it) : std::next(it);
    const QString value = SandboxIds::randomToken(24);
    m_sessions.insert(value, {user, now.addSecs(lifetimeSeconds)});
    return value;
}

QString SandboxSessions::user(const QString &cookieValue, const QDateTime &now) const
{
    const auto found = m_sessions.constFind(cookieValue);
    if (cookieValue.isEmpty() || found == m_sessions.constEnd() || found->endsAt <= now)
        return {};
    return found->user;
}
