#include "sandboxhttpserver.h"

#include "sandboxlogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <mutex>

namespace {

QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

// Qt HttpServer's debug output prints every request with its headers, bearer tokens included.
// The sandbox runs inside the program (--sandbox) and its tests, so that output stays off
// whatever logging rules are set; the sandbox logs requests itself, without headers.
void withoutHttpServerDebug(QLoggingCategory *category)
{
    if (previousCategoryFilter)
        previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

void keepHttpServerDebugOff()
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        previousCategoryFilter = QLoggingCategory::installFilter(&withoutHttpServerDebug);
    });
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
    keepHttpServerDebugOff();
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest SandboxHttpServer::toSandboxRequest(const QHttpServerRequest &request) const
{
    SandboxRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyDecoded);
    converted.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    converted.headers = request.headers();
    converted.body = request.body();
    converted.root = m_root;
    converted.origin = m_origin;
    return converted;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest converted = toSandboxRequest(request);
    const SandboxReply reply = m_handler(converted);
    // Only method, path and status (and the origin, when it is not the main one): the query may
    // hold a code, the headers a token.
    const QString origin = m_origin == SandboxOrigin::Main
                               ? QString()
                               : QStringLiteral(" [%1]").arg(SandboxOrigins::name(m_origin));
    qCInfo(lcSandbox).noquote() << converted.method << converted.path
                                << (reply.dropConnection ? QStringLiteral("(dropped)")
                                                         : QString::number(reply.status)) +
                                       origin;

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto deliver = [responder, guard, reply]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (reply.dropConnection) {
            guard->abort();
            guard->deleteLater();
            return;
        }
        write(*responder, reply);
    };
    if (reply.delayMilliseconds > 0 || reply.dropConnection)
        QTimer::singleShot(std::max(0, reply.delayMilliseconds), this, deliver);
    else
        deliver();
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if Qt calls it directly.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

void SandboxHttpServer::write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    const bool bodyless = reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (!bodyless)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    // writeBody also ends the header block, so it is needed even for an empty body.
    responder.writeBody(bodyless ? QByteArray() : reply.body);
}
