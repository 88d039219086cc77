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
    void setRootUrl(const QUrl &root) { m_root = root; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request, const QUrl &root);
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);

    Handler m_handler;
    QUrl m_root;
};
