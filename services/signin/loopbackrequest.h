#pragma once

#include <QByteArray>
#include <QUrl>

// What the loopback listener makes of the bytes a browser sent it so far: read apart from the
// socket, so that the rules can be tested, and fuzzed, on their own. Only a complete
// "GET <redirect path>?<query> HTTP/1.x" is an answer; the query is taken as sent (percent
// encoding kept) and put on the redirect URI, never read here.
class LoopbackRequest
{
public:
    enum class Verdict
    {
        Incomplete, // no blank line after the headers yet: wait for more
        TooLarge,   // far more than a browser sends before its blank line
        NotGet,     // a request line that is not "GET target version"
        WrongPath,  // another path (a browser's favicon)
        Answer,     // the redirect, with the sign-in's answer in its query
    };

    // A request line and its headers; a browser's is far shorter.
    static constexpr qsizetype mostBytes = 16 * 1024;

    static LoopbackRequest read(const QByteArray &received, const QUrl &redirectUri);

    Verdict verdict() const { return m_verdict; }
    // For Answer: the redirect URI with the query the browser asked for.
    QUrl redirect() const { return m_redirect; }

private:
    explicit LoopbackRequest(Verdict verdict, const QUrl &redirect = {})
        : m_verdict(verdict)
        , m_redirect(redirect)
    {}

    Verdict m_verdict;
    QUrl m_redirect;
};
