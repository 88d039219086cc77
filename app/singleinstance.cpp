#include "singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "xra.app.instance")

namespace {

// "activate\n", or "activate <what>\n" (what: letters and dashes, as --open takes them).
const QByteArray activateVerb = QByteArrayLiteral("activate");
constexpr int probeTimeoutMs = 3000;

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

// The user name is hashed: it may hold characters a socket name cannot, and need not show.
QString SingleInstance::serverNameForUser(bool sandbox)
{
    const QByteArray user =
        QCryptographicHash::hash(userName().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString name = QStringLiteral("xero-refresh-assistant-") + QString::fromLatin1(user);
    if (sandbox)
        name += QStringLiteral("-sandbox");
    return name;
}

void SingleInstance::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, &SingleInstance::onProbeConnected);
    connect(m_probe, &QLocalSocket::errorOccurred, this, &SingleInstance::onProbeError);
    // An instance that accepted but never lets go of the request is gone for all purposes.
    m_probeTimeout = new QTimer(this);
    m_probeTimeout->setSingleShot(true);
    connect(m_probeTimeout, &QTimer::timeout, this, [this] {
        if (m_decided)
            return;
        m_decided = true;
        m_probe->abort();
        emit failed(tr("The running instance did not answer."));
    });
    m_probeTimeout->start(probeTimeoutMs);
    // Later, so that the outcome is always a signal from the event loop (a missing server is
    // otherwise reported inside connectToServer, before the caller waits for it).
    QTimer::singleShot(0, m_probe, [this] { m_probe->connectToServer(m_serverName); });
}

void SingleInstance::onProbeConnected()
{
    m_probeConnected = true;
    connect(m_probe, &QLocalSocket::disconnected, this, [this] {
        if (m_decided)
            return;
        m_decided = true;
        m_probeTimeout->stop();
        emit handedOver();
    });
    QByteArray request = activateVerb;
    if (!m_request.isEmpty())
        request += ' ' + m_request.toLatin1();
    m_probe->write(request + '\n');
    // Closes once the request is written.
    m_probe->disconnectFromServer();
}

// Nobody listens (no socket, or one left by a crash): this start is the instance.
void SingleInstance::onProbeError()
{
    // Once connected, an error is the instance closing on us: disconnected() decides.
    if (m_decided || m_probeConnected)
        return;
    const QLocalSocket::LocalSocketError error = m_probe->error();
    if (error != QLocalSocket::ServerNotFoundError && error != QLocalSocket::ConnectionRefusedError)
        qCInfo(lcInstance) << "probe error" << error;
    m_decided = true;
    m_probeTimeout->stop();
    becomeInstance();
}

void SingleInstance::becomeInstance()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName) &&
        server->serverError() == QAbstractSocket::AddressInUseError) {
        // The probe found nobody behind it: a socket file left by a run that crashed.
        qCInfo(lcInstance) << "removing a stale instance socket";
        QLocalServer::removeServer(m_serverName);
        server->listen(m_serverName);
    }
    if (!server->isListening()) {
        const QString reason = server->errorString();
        delete server;
        emit failed(reason);
        return;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    emit becameInstance();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    static const QRegularExpression request(QStringLiteral("^activate(?: ([a-z-]{1,32}))?\n$"));
    while (socket->canReadLine()) {
        const QRegularExpressionMatch match =
            request.match(QString::fromLatin1(socket->readLine(256)));
        if (match.hasMatch())
            emit activationRequested(match.captured(1));
    }
}
