#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QAbstractHttpServer>
#include <QUrl>
#include <functional>

class QHttpServerResponder;

// The transport: turns Qt's requests into SandboxRequest values, asks the handler for the
// answer and writes it, after the reply's delay if any. The socket may be gone by then (the
// client gave up): a dead socket is never written to.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;

    SandboxHttpServer(Handler handler, QObject *parent = nullptr);
    // The origin this server answers for, and its root URL; both go into every request.
    void setOrigin(SandboxOrigin origin, const QUrl &root)
    {
        m_origin = origin;
        m_root = root;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest &request) const;
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);

    Handler m_handler;
    SandboxOrigin m_origin = SandboxOrigin::Main;
    QUrl m_root;
};
