#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class SandboxServer;

// The file a kept sandbox lives in between starts of the program (SandboxServer::snapshot()).
// It is read once, when the sandbox starts, and written whole (never half: QSaveFile) a moment
// after the sandbox changes, so a burst of requests costs one write, and once more when it goes.
// The file is the user's own (mode 0600) and holds no token a client could use.
class SandboxStateFile : public QObject
{
    Q_OBJECT

public:
    enum class Loaded
    {
        Restored,  // the sandbox is as it was left
        Missing,   // no file yet: the sandbox keeps its ready scenario
        Unreadable // moved aside to setAsidePath(); the sandbox keeps its ready scenario
    };

    SandboxStateFile(SandboxServer *server, const QString &path, QObject *parent = nullptr);
    ~SandboxStateFile() override;

    Loaded load();
    // Where an unreadable file was moved, so that nothing of it is lost.
    QString setAsidePath() const { return m_setAsidePath; }
    // Writes the sandbox now; false when the file could not be written (why: errorString()).
    bool save();
    // Removes the file: the next start begins from the ready scenario.
    bool remove();
    QString path() const { return m_path; }
    QString errorString() const { return m_errorString; }

    static constexpr int saveDelayMilliseconds = 250;

private:
    SandboxServer *m_server;
    QString m_path;
    QString m_setAsidePath;
    QString m_errorString;
    QTimer m_saveTimer;
};
