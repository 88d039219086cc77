#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// Signed-in browser sessions of one sandbox web service, by the random value of their cookie.
// A session ends at a fixed moment of the sandbox clock, so moving the clock ends it.
class SandboxSessions
{
public:
    // A new session for `user`; returns the cookie value.
    QString start(const QString &user, const QDateTime &now, qint64 lifetimeSeconds);
    // The user of a live session; empty for an unknown or ended one.
    QString user(const QString &cookieValue, const QDateTime &now) const;
    void clear() { m_sessions.clear(); }

private:
    struct Session
    {
        QString user;
        QDateTime endsAt;
    };
    QHash<QString, Session> m_sessions;
};
