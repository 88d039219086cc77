#include "httptransport.h"
#include "awaitresult.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace {

const QString groupsPath = QStringLiteral("/v1.0/myorg/groups");

// The list of workspaces answered with status and Power BI's error body.
SandboxFault groupsAnswering(int status)
{
    return SandboxFault::on(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/myorg/groups$"))
        .withPowerBiError(status, QStringLiteral("TooManyRequests"), QStringLiteral("Slow down"));
}

class HttpTransportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sandbox.listen()) << sandbox.errorString().toStdString();
        transport.setTransferTimeout(2s);
        transport.setRetryAfterCap(2s);
        token = sandbox.issuePowerBiAccessToken();
    }

    HttpRequest groupsRequest() const
    {
        QUrl url = sandbox.rootUrl();
        url.setPath(groupsPath);
        HttpRequest request("GET", url);
        request.setBearerToken(token);
        return request;
    }

    Result<HttpResponse> send(const HttpRequest &request)
    {
        return awaitResult<HttpResponse>(
            [&](Callback<HttpResponse> done) { transport.send(request, &context, done); });
    }

    SandboxServer sandbox;
    QNetworkAccessManager network;
    HttpTransport transport{&network};
    QObject context;
    QString token;
};

} // namespace

TEST_F(HttpTransportTest, AnswersWithBodyAndRequestId)
{
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_TRUE(response.ok()) << response.error().technicalDetails().toStdString();
    EXPECT_EQ(response.value().status(), 200);
    EXPECT_TRUE(response.value().body().contains("Finance"));
    EXPECT_FALSE(response.value().requestId().isEmpty());
    EXPECT_EQ(transport.pendingCount(), 0);
}

TEST_F(HttpTransportTest, RetriesAfterRetryAfterWhen429ThenSucceeds)
{
    sandbox.addFault(groupsAnswering(429).withHeader("Retry-After", "1"));
    QElapsedTimer elapsed;
    elapsed.start();
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_TRUE(response.ok()) << response.error().technicalDetails().toStdString();
    EXPECT_GE(elapsed.elapsed(), 900); // it did wait the second the service asked for
    EXPECT_EQ(sandbox.pendingFaults(), 0);
}

TEST_F(HttpTransportTest, ReturnsThrottledAtOnceWhenRetryAfterIsOverTheCap)
{
    sandbox.addFault(groupsAnswering(429).withHeader("Retry-After", "3600"));
    QElapsedTimer elapsed;
    elapsed.start();
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Throttled);
    EXPECT_EQ(response.error().retryAfterSeconds(), 3600);
    EXPECT_FALSE(response.error().requestId().isEmpty());
    EXPECT_LT(elapsed.elapsed(), 1000);
}

TEST_F(HttpTransportTest, Retries503ThenSucceeds)
{
    sandbox.addFault(groupsAnswering(503).withHeader("Retry-After", "0").forRequests(2));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_TRUE(response.ok()) << response.error().technicalDetails().toStdString();
    EXPECT_EQ(sandbox.pendingFaults(), 0);
}

TEST_F(HttpTransportTest, GivesUpAfterTheMaximumNumberOfRetries)
{
    transport.setMaxRetries(3);
    sandbox.addFault(groupsAnswering(429).withHeader("Retry-After", "0").forRequests(4));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok()); // a fifth attempt would have succeeded
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Throttled);
    EXPECT_EQ(sandbox.pendingFaults(), 0); // and all four were used: one try, three retries
}

// Without Retry-After the waits are the program's own: the sentence must not put a wait in
// the service's mouth (issue 13, U7).
TEST_F(HttpTransportTest, ThrottlingWithoutRetryAfterSaysTheWaitsWereTheProgramsOwn)
{
    transport.setMaxRetries(1);
    sandbox.addFault(groupsAnswering(429).forRequests(2));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    const ApiError error = response.error();
    EXPECT_EQ(error.kind(), ApiError::Kind::Throttled);
    EXPECT_EQ(error.httpStatus(), 429);
    EXPECT_FALSE(error.retryAfterGiven());
    EXPECT_FALSE(error.plainSentence().contains(QLatin1String("asked to wait")))
        << error.plainSentence().toStdString();
    EXPECT_TRUE(error.plainSentence().contains(
        QLatin1String("did not say how long to wait. This program waited 1 second")))
        << error.plainSentence().toStdString();
    EXPECT_TRUE(error.technicalDetails().contains(QLatin1String("retry after: not given")));
}

TEST_F(HttpTransportTest, DoesNotRetryOther4xx)
{
    sandbox.addFault(groupsAnswering(400).forRequests(2));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(response.error().httpStatus(), 400);
    EXPECT_EQ(response.error().code(), QStringLiteral("TooManyRequests"));
    EXPECT_EQ(response.error().message(), QStringLiteral("Slow down"));
    EXPECT_EQ(sandbox.pendingFaults(), 1);
}

TEST_F(HttpTransportTest, AnExpiredPowerBiTokenIsTokenExpiredNotRetried)
{
    sandbox.advanceClock(3601);
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::TokenExpired);
    EXPECT_EQ(response.error().httpStatus(), 403);
    EXPECT_FALSE(response.error().requestId().isEmpty());
}

TEST_F(HttpTransportTest, AnUnknownTokenIsAnAuthorisationErrorNotARenewal)
{
    HttpRequest request = groupsRequest();
    request.setBearerToken(QStringLiteral("not-a-token"));
    const Result<HttpResponse> response = send(request);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(response.error().httpStatus(), 401);
    EXPECT_EQ(response.error().code(), QStringLiteral("PowerBINotAuthorizedException"));
}

TEST_F(HttpTransportTest, A401ForAMissingPermissionKeepsItsCodeAndIsNotTokenExpired)
{
    sandbox.addFault(groupsAnswering(200).withPowerBiError(
        401, QStringLiteral("PowerBINotAuthorizedException"), QStringLiteral("x")));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Http);
    EXPECT_EQ(response.error().code(), QStringLiteral("PowerBINotAuthorizedException"));
}

TEST_F(HttpTransportTest, A401ThatSaysTheTokenExpiredIsTokenExpired)
{
    sandbox.addFault(groupsAnswering(401).withBody(
        R"({"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 12/04/2026 10:00:00"})"));
    const Result<HttpResponse> first = send(groupsRequest());
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().kind(), ApiError::Kind::TokenExpired);

    sandbox.addFault(groupsAnswering(401).withBody({}).withHeader(
        "WWW-Authenticate",
        R"(Bearer error="invalid_token", error_description="The token expired")"));
    const Result<HttpResponse> second = send(groupsRequest());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind(), ApiError::Kind::TokenExpired);
}

TEST_F(HttpTransportTest, ADroppedConnectionIsANetworkError)
{
    sandbox.addFault(groupsAnswering(200).droppingTheConnection().forRequests(5));
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Network);
    EXPECT_FALSE(response.error().message().isEmpty());
}

TEST_F(HttpTransportTest, ARefusedConnectionIsANetworkError)
{
    QUrl url = sandbox.rootUrl();
    url.setPort(1); // nothing listens there
    url.setPath(groupsPath);
    const Result<HttpResponse> response = send(HttpRequest("GET", url));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Network);
}

TEST_F(HttpTransportTest, ASlowAnswerIsATimeout)
{
    transport.setTransferTimeout(300ms);
    sandbox.setLatency(1500);
    QElapsedTimer elapsed;
    elapsed.start();
    const Result<HttpResponse> response = send(groupsRequest());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind(), ApiError::Kind::Timeout);
    EXPECT_LT(elapsed.elapsed(), 1400);
}

TEST_F(HttpTransportTest, ACancelIsCancelledNotATimeout)
{
    sandbox.setLatency(1500);
    std::optional<Result<HttpResponse>> result;
    const auto id = transport.send(groupsRequest(), &context,
                                   [&result](Result<HttpResponse> r) { result.emplace(r); });
    QTest::qWait(100);
    transport.cancel(id);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->error().kind(), ApiError::Kind::Cancelled);
    EXPECT_EQ(transport.pendingCount(), 0);
}

TEST_F(HttpTransportTest, CancellingAContextStopsItsWaitForRetry)
{
    sandbox.addFault(groupsAnswering(429).withHeader("Retry-After", "2"));
    std::optional<Result<HttpResponse>> result;
    transport.send(groupsRequest(), &context,
                   [&result](Result<HttpResponse> r) { result.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sandbox.pendingFaults() == 0; }, 2000));
    transport.cancel(&context);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->error().kind(), ApiError::Kind::Cancelled);
}

TEST_F(HttpTransportTest, TheCallbackNeverRunsOnceTheContextIsGone)
{
    sandbox.setLatency(300);
    auto *shortLived = new QObject;
    bool called = false;
    transport.send(groupsRequest(), shortLived, [&called](Result<HttpResponse>) { called = true; });
    EXPECT_EQ(transport.pendingCount(), 1);
    delete shortLived;
    EXPECT_EQ(transport.pendingCount(), 0);
    QTest::qWait(600);
    EXPECT_FALSE(called);
}

TEST(HttpTransportPolicy, ReadsRetryAfterInSecondsOrAsAnHttpDate)
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    EXPECT_EQ(HttpTransport::parseRetryAfter("120", now), 120);
    EXPECT_EQ(HttpTransport::parseRetryAfter(" 0 ", now), 0);
    EXPECT_EQ(HttpTransport::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
    EXPECT_EQ(HttpTransport::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
    EXPECT_FALSE(HttpTransport::parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(HttpTransport::parseRetryAfter("-5", now).has_value());
    EXPECT_FALSE(HttpTransport::parseRetryAfter("", now).has_value());
}

TEST(HttpTransportPolicy, ReadsTheErrorCodeOfPowerBiOAuthAndXeroBodies)
{
    EXPECT_EQ(HttpTransport::errorCodeAndMessage(
                  R"({"error":{"code":"PowerBIEntityNotFound","message":"gone","pbi.error":{}}})"),
              qMakePair(QStringLiteral("PowerBIEntityNotFound"), QStringLiteral("gone")));
    EXPECT_EQ(HttpTransport::errorCodeAndMessage(
                  R"({"error":"invalid_grant","error_description":"expired"})"),
              qMakePair(QStringLiteral("invalid_grant"), QStringLiteral("expired")));
    EXPECT_EQ(HttpTransport::errorCodeAndMessage(
                  R"({"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: x"})"),
              qMakePair(QStringLiteral("Unauthorized"), QStringLiteral("TokenExpired: x")));
    EXPECT_EQ(HttpTransport::errorCodeAndMessage("<html>oops</html>"),
              qMakePair(QString(), QString()));
}

TEST(HttpTransportPolicy, ReadsAnHttpDateInUtc)
{
    EXPECT_EQ(HttpTransport::parseHttpDate("Wed, 21 Oct 2015 07:28:00 GMT"),
              QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
    EXPECT_FALSE(HttpTransport::parseHttpDate("later").isValid());
}
