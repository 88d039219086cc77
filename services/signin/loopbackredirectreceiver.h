#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// The program's end of a sign-in that goes on in the system browser (RFC 8252, 7.3): a small
// HTTP listener on the loopback interface, at the port of the loopback redirect URI, for one
// answer. It answers the one GET of the redirect URI's path with a short page, in the user's
// language, saying that the sign-in goes on in the program, then stops listening and hands the
// URL on (received()) without reading it: the sign-in checks it, as it checks a redirect the
// embedded view caught. Other paths (a browser's favicon) get 404 and it keeps listening.
//
// It listens on 127.0.0.1, and on ::1 too when the URI names localhost (a browser may try
// either); it never listens on another interface.
class LoopbackRedirectReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectReceiver(QObject *parent = nullptr);
    ~LoopbackRedirectReceiver() override;

    // Starts listening for redirectUri (http, a loopback host, a port). A refusal says why in
    // a sentence: the URI is not a loopback http one, or its port is taken.
    Result<Done> listen(const QUrl &redirectUri);
    void stop();
    bool isListening() const { return !m_servers.isEmpty(); }

    // The page the browser shows once the answer is in.
    static QByteArray answerPage();

signals:
    // The redirect as the browser asked for it: the redirect URI with the provider's answer in
    // its query.
    void received(const QUrl &redirect);

private:
    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);
    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &body);

    QUrl m_redirectUri;
    QList<QTcpServer *> m_servers;
};
