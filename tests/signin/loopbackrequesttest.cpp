#include "loopbackrequest.h"

#include <gtest/gtest.h>

namespace {

const QUrl redirectUri(QStringLiteral("http://localhost:53682/callback"));

LoopbackRequest::Verdict verdictOf(const QByteArray &received)
{
    return LoopbackRequest::read(received, redirectUri).verdict();
}

} // namespace

TEST(LoopbackRequestTest, TheRedirectPathWithItsQueryIsTheAnswer)
{
    const LoopbackRequest request = LoopbackRequest::read(
        "GET /callback?code=a%2Bb&state=s HTTP/1.1\r\nHost: localhost:53682\r\n\r\n", redirectUri);
    ASSERT_EQ(request.verdict(), LoopbackRequest::Verdict::Answer);
    // The query is kept as the browser sent it, for the sign-in to read.
    EXPECT_EQ(request.redirect().toString(QUrl::FullyEncoded),
              QStringLiteral("http://localhost:53682/callback?code=a%2Bb&state=s"));
}

TEST(LoopbackRequestTest, WaitsForTheEndOfTheHeaders)
{
    EXPECT_EQ(verdictOf("GET /callback?code=a HTTP/1.1\r\nHost: local"),
              LoopbackRequest::Verdict::Incomplete);
}

TEST(LoopbackRequestTest, RefusesHeadersNoBrowserSends)
{
    EXPECT_EQ(verdictOf(QByteArray(LoopbackRequest::mostBytes + 1, 'a')),
              LoopbackRequest::Verdict::TooLarge);
}

TEST(LoopbackRequestTest, OnlyAGetOfTheRedirectPathIsAnAnswer)
{
    EXPECT_EQ(verdictOf("POST /callback HTTP/1.1\r\n\r\ncode"), LoopbackRequest::Verdict::NotGet);
    EXPECT_EQ(verdictOf("GET /callback\r\n\r\n"), LoopbackRequest::Verdict::NotGet);
    EXPECT_EQ(verdictOf("GET /favicon.ico HTTP/1.1\r\n\r\n"), LoopbackRequest::Verdict::WrongPath);
    EXPECT_EQ(verdictOf("GET /callback/other?code=a HTTP/1.1\r\n\r\n"),
              LoopbackRequest::Verdict::WrongPath);
}
