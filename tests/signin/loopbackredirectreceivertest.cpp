#include "loopbackredirectreceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace {

// A port nothing listens on, for a redirect URI of the test's own.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Answer get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->error()};
    reply->deleteLater();
    return answer;
}

class LoopbackRedirectReceiverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    }

    quint16 port = 0;
    QUrl redirectUri;
    QNetworkAccessManager network;
    LoopbackRedirectReceiver receiver;
};

} // namespace

TEST_F(LoopbackRedirectReceiverTest, TheOneAnswerIsHandedOnAndTheBrowserToldToGoBack)
{
    ASSERT_TRUE(receiver.listen(redirectUri));
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);
    // A browser's first look for an icon is not the answer.
    EXPECT_EQ(get(network, redirectUri.resolved(QUrl(QStringLiteral("/favicon.ico")))).status, 404);
    EXPECT_TRUE(receiver.isListening());

    QUrl answerUrl = redirectUri;
    answerUrl.setQuery(QStringLiteral("code=the-code&state=the-state"));
    const Answer page = get(network, answerUrl);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("You can go back to Xero Refresh Assistant"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() > 0; }, 5000));
    const QUrl handed = received.at(0).at(0).toUrl();
    EXPECT_EQ(handed.path(), QStringLiteral("/callback"));
    EXPECT_EQ(handed.port(), port);
    EXPECT_EQ(QUrlQuery(handed).queryItemValue(QStringLiteral("code")), QStringLiteral("the-code"));
    EXPECT_EQ(QUrlQuery(handed).queryItemValue(QStringLiteral("state")),
              QStringLiteral("the-state"));

    // One answer only: nothing listens any more.
    EXPECT_FALSE(receiver.isListening());
    EXPECT_EQ(get(network, answerUrl).error, QNetworkReply::ConnectionRefusedError);
    EXPECT_EQ(received.count(), 1);
}

TEST_F(LoopbackRedirectReceiverTest, ATakenPortIsSaidInASentenceNamingTheSetting)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, port));
    const Result<Done> listening = receiver.listen(redirectUri);
    ASSERT_FALSE(listening);
    EXPECT_EQ(listening.error().code(), QStringLiteral("LoopbackPortTaken"));
    EXPECT_TRUE(listening.error().message().contains(QString::number(port)));
    EXPECT_TRUE(listening.error().message().contains(QStringLiteral("xero/loopbackRedirectUri")));
    EXPECT_FALSE(receiver.isListening());
}

TEST_F(LoopbackRedirectReceiverTest, OnlyALoopbackHttpUriWithAPortIsUsed)
{
    for (const char *unusable : {"https://127.0.0.1:53682/callback", "http://example.com:80/cb",
                                 "http://localhost/callback"}) {
        const Result<Done> listening = receiver.listen(QUrl(QString::fromLatin1(unusable)));
        ASSERT_FALSE(listening) << unusable;
        EXPECT_EQ(listening.error().code(), QStringLiteral("LoopbackRedirectUnusable"));
    }
}

TEST_F(LoopbackRedirectReceiverTest, LocalhostIsAnsweredOnTheLoopbackAddress)
{
    ASSERT_TRUE(receiver.listen(QUrl(QStringLiteral("http://localhost:%1/callback").arg(port))));
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);
    EXPECT_EQ(
        get(network, QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=c").arg(port))).status,
        200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() > 0; }, 5000));
    EXPECT_EQ(received.at(0).at(0).toUrl().host(), QStringLiteral("localhost"));
    EXPECT_EQ(receiver.answerPage().contains("<html lang="), true);
}
