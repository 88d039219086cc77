#include "sandboxstatefile.h"

#include "sandboxlogging.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

SandboxStateFile::SandboxStateFile(SandboxServer *server, const QString &path, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_path(path)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMilliseconds);
    connect(&m_saveTimer, &QTimer::timeout, this, &SandboxStateFile::save);
    connect(server, &SandboxServer::changed, &m_saveTimer, qOverload<>(&QTimer::start));
}

SandboxStateFile::~SandboxStateFile()
{
    if (m_saveTimer.isActive())
        save();
}

SandboxStateFile::Loaded SandboxStateFile::load()
{
    QFile file(m_path);
    if (!file.exists())
        return Loaded::Missing;
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        if (!document.isObject())
            problem = parseError.error != QJsonParseError::NoError
                          ? parseError.errorString()
                          : QStringLiteral("not an object");
        else if (m_server->restore(document.object(), &problem))
            return Loaded::Restored;
    }
    // Kept beside, under a name of its own, so that a later start does not meet it again and
    // nothing the user may want back is overwritten.
    m_setAsidePath = m_path + QStringLiteral(".unreadable-") +
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    qCWarning(lcSandbox) << "the kept sandbox state" << m_path << "is unreadable:" << problem
                         << "- set aside as" << m_setAsidePath;
    m_errorString = problem;
    if (!QFile::rename(m_path, m_setAsidePath))
        m_setAsidePath.clear();
    return Loaded::Unreadable;
}

bool SandboxStateFile::save()
{
    m_saveTimer.stop();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_errorString = QStringLiteral("cannot make the folder of %1").arg(m_path);
        qCWarning(lcSandbox) << m_errorString;
        return false;
    }
    QSaveFile file(m_path);
    const bool written =
        file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(QJsonDocument(m_server->snapshot()).toJson(QJsonDocument::Indented)) >= 0 &&
        file.commit();
    if (!written) {
        m_errorString = file.errorString();
        qCWarning(lcSandbox) << "the kept sandbox state could not be written to" << m_path << ":"
                             << m_errorString;
    }
    return written;
}

bool SandboxStateFile::remove()
{
    m_saveTimer.stop();
    return !QFile::exists(m_path) || QFile::remove(m_path);
}
