#include "loopbackredirectreceiver.h"

#include "endpoints.h"
#include "loopbackrequest.h"

#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

Q_LOGGING_CATEGORY(lcLoopback, "xra.signin.loopback")

ApiError refusal(const QString &code, const QString &sentence)
{
    return ApiError::http(ApiError::Service::Xero, 0, code, sentence);
}

} // namespace

LoopbackRedirectReceiver::LoopbackRedirectReceiver(QObject *parent)
    : QObject(parent)
{}

LoopbackRedirectReceiver::~LoopbackRedirectReceiver()
{
    stop();
}

Result<Done> LoopbackRedirectReceiver::listen(const QUrl &redirectUri)
{
    stop();
    const QString where = redirectUri.toString();
    if (redirectUri.scheme() != QLatin1String("http") ||
        !Endpoints::isLoopbackHost(redirectUri.host()) || redirectUri.port() <= 0)
        return refusal(QStringLiteral("LoopbackRedirectUnusable"),
                       tr("The address %1 cannot bring the browser's answer back to this program: "
                          "it must be http on localhost or 127.0.0.1, with a port.")
                           .arg(where));
    m_redirectUri = redirectUri;
    const auto port = static_cast<quint16>(redirectUri.port());
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost)};
    if (redirectUri.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        addresses.append(QHostAddress(QHostAddress::LocalHostIPv6));
    else if (QHostAddress(redirectUri.host()).protocol() == QAbstractSocket::IPv6Protocol)
        addresses = {QHostAddress(QHostAddress::LocalHostIPv6)};
    QString problem;
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            problem = server->errorString();
            delete server;
            continue;
        }
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        m_servers.append(server);
    }
    // ::1 may be missing on a machine without IPv6; 127.0.0.1 is what counts.
    if (m_servers.isEmpty() || m_servers.first()->serverAddress() != QHostAddress::LocalHost) {
        stop();
        return refusal(QStringLiteral("LoopbackPortTaken"),
                       tr("This program cannot wait for the browser's answer at %1: %2. Close the "
                          "program that uses port %3, or register another loopback redirect URI "
                          "with the Xero app and set it as xero/loopbackRedirectUri.")
                           .arg(where, problem, QString::number(port)));
    }
    qCInfo(lcLoopback) << "waiting for the browser's answer on port" << port;
    return Done{};
}

void LoopbackRedirectReceiver::stop()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackRedirectReceiver::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // The socket outlives the server once the answer is in: it is the socket's own.
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackRedirectReceiver::read(QTcpSocket *socket)
{
    const QByteArray bytes = socket->property("request").toByteArray() + socket->readAll();
    const LoopbackRequest request = LoopbackRequest::read(bytes, m_redirectUri);
    switch (request.verdict()) {
    case LoopbackRequest::Verdict::Incomplete:
        socket->setProperty("request", bytes);
        return;
    case LoopbackRequest::Verdict::TooLarge:
        return reply(socket, "431 Request Header Fields Too Large", {});
    case LoopbackRequest::Verdict::NotGet:
        return reply(socket, "405 Method Not Allowed", {});
    case LoopbackRequest::Verdict::WrongPath:
        return reply(socket, "404 Not Found", {});
    case LoopbackRequest::Verdict::Answer:
        break;
    }
    // A second browser connection after the answer is in finds nothing to answer.
    if (!isListening())
        return reply(socket, "404 Not Found", {});

    const QUrl redirect = request.redirect();
    reply(socket, "200 OK", answerPage());
    stop();
    // Never the query: it holds the authorization code.
    qCInfo(lcLoopback) << "the browser brought the sign-in's answer back";
    // After this call returns: whoever is told may stop or delete this receiver.
    QTimer::singleShot(0, this, [this, redirect] { emit received(redirect); });
}

void LoopbackRedirectReceiver::reply(QTcpSocket *socket, const QByteArray &status,
                                     const QByteArray &body)
{
    QByteArray answer = "HTTP/1.1 " + status + "\r\n";
    answer += "Content-Type: text/html; charset=utf-8\r\n";
    answer += "Cache-Control: no-store\r\n";
    answer += "Connection: close\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    answer += body;
    socket->write(answer);
    socket->disconnectFromHost();
}

QByteArray LoopbackRedirectReceiver::answerPage()
{
    const QString title = tr("Xero Refresh Assistant");
    const QString heading = tr("You can go back to Xero Refresh Assistant");
    const QString text = tr("The sign-in goes on in the program. You can close this page.");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<title>%2</title></head>\n<body style=\"font-family: sans-serif; "
                          "margin: 48px auto; max-width: 36em\"><h1>%3</h1>\n<p>%4</p></body>"
                          "</html>\n")
        .arg(QLocale().bcp47Name().toHtmlEscaped(), title.toHtmlEscaped(), heading.toHtmlEscaped(),
             text.toHtmlEscaped())
        .toUtf8();
}
