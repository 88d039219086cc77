#include "loopbackrequest.h"

#include <QList>

LoopbackRequest LoopbackRequest::read(const QByteArray &received, const QUrl &redirectUri)
{
    const qsizetype headersEnd = received.indexOf("\r\n\r\n");
    if (headersEnd < 0)
        return LoopbackRequest(received.size() > mostBytes ? Verdict::TooLarge
                                                           : Verdict::Incomplete);
    const QList<QByteArray> requestLine = received.left(received.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET")
        return LoopbackRequest(Verdict::NotGet);
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    if (target.path() != redirectUri.path())
        return LoopbackRequest(Verdict::WrongPath);

    QUrl redirect = redirectUri;
    redirect.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return LoopbackRequest(Verdict::Answer, redirect);
}
