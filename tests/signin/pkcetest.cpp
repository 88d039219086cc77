#include "pkce.h"
#include "authorizationattempt.h"
#include "organisationmatcher.h"

#include <QSet>
#include <QUrlQuery>

#include <gtest/gtest.h>

TEST(Pkce, MatchesTheExampleOfRfc7636)
{
    const Pkce pkce =
        Pkce::fromVerifier(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    ASSERT_TRUE(pkce.isValid());
    EXPECT_EQ(pkce.challenge(), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    EXPECT_EQ(Pkce::method(), QStringLiteral("S256"));
}

TEST(Pkce, GeneratedVerifiersAreWellFormedAndDiffer)
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        EXPECT_TRUE(Pkce::isValidVerifier(pkce.verifier())) << pkce.verifier().toStdString();
        EXPECT_EQ(pkce.challenge().size(), 43); // SHA-256, base64url, no padding
        EXPECT_FALSE(pkce.challenge().contains(QLatin1Char('=')));
        seen.insert(pkce.verifier());
    }
    EXPECT_EQ(seen.size(), 50);
    EXPECT_EQ(Pkce::generate(10).verifier().size(), 43);
    EXPECT_EQ(Pkce::generate(500).verifier().size(), 128);
}

TEST(Pkce, RejectsVerifiersOutsideTheRfcAlphabetOrLength)
{
    EXPECT_FALSE(Pkce::isValidVerifier(QString(42, QLatin1Char('a'))));
    EXPECT_TRUE(Pkce::isValidVerifier(QString(43, QLatin1Char('a'))));
    EXPECT_TRUE(Pkce::isValidVerifier(QString(128, QLatin1Char('~'))));
    EXPECT_FALSE(Pkce::isValidVerifier(QString(129, QLatin1Char('a'))));
    EXPECT_FALSE(Pkce::isValidVerifier(QString(43, QLatin1Char('+'))));
    EXPECT_FALSE(Pkce::fromVerifier(QString(43, QChar(0xe9))).isValid());
}

TEST(AuthorizationAttempt, StateIsRandomAndIsNotTheChallenge)
{
    const AuthorizationAttempt first =
        AuthorizationAttempt::start(QUrl(QStringLiteral("https://example.test/cb")));
    const AuthorizationAttempt second =
        AuthorizationAttempt::start(QUrl(QStringLiteral("https://example.test/cb")));
    EXPECT_GE(first.state().size(), 32);
    EXPECT_NE(first.state(), first.pkce().challenge());
    EXPECT_NE(first.state(), first.pkce().verifier());
    EXPECT_NE(first.state(), second.state());
    EXPECT_NE(first.pkce().verifier(), second.pkce().verifier());

    const QUrlQuery query =
        first.authorizeQuery(QStringLiteral("client"), {QStringLiteral("a"), QStringLiteral("b")});
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), first.state());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge")), first.pkce().challenge());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")),
              QStringLiteral("S256"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("a b"));
    // The verifier never travels in the authorize URL.
    EXPECT_FALSE(query.toString(QUrl::FullyDecoded).contains(first.pkce().verifier()));
}

TEST(AuthorizationAttempt, ALoopbackRedirectMatchesWhateverItsPortButOthersMatchExactly)
{
    const QUrl loopback(QStringLiteral("http://localhost/callback"));
    EXPECT_TRUE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral("http://localhost:5123/callback?code=x")), loopback));
    EXPECT_FALSE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral("http://localhost:5123/other?code=x")), loopback));
    const QUrl native(
        QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));
    EXPECT_TRUE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral(
            "https://login.microsoftonline.com/common/oauth2/nativeclient?code=1&state=2")),
        native));
    EXPECT_FALSE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral(
            "https://login.microsoftonline.com:8443/common/oauth2/nativeclient?code=1")),
        native));
    EXPECT_FALSE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral("http://login.microsoftonline.com/common/oauth2/nativeclient?code=1")),
        native));
    EXPECT_FALSE(AuthorizationAttempt::isRedirectTo(
        QUrl(QStringLiteral("https://evil.example/common/oauth2/nativeclient?code=1")), native));
}

TEST(AuthorizationAttempt, AnAnswerWithoutAStartedSignInIsRefused)
{
    AuthorizationAttempt none;
    const Result<QString> code = none.takeCode(
        QUrl(QStringLiteral("https://example.test/cb?code=abc&state=x")), ApiError::Service::Xero);
    ASSERT_FALSE(code);
    EXPECT_EQ(code.error().code(), QStringLiteral("no_sign_in_started"));
    EXPECT_FALSE(code.error().message().isEmpty());
}

namespace {

QList<XeroConnection> organisations(const QStringList &names)
{
    QList<XeroConnection> connections;
    int i = 0;
    for (const QString &name : names)
        connections.append(XeroConnection::make(QStringLiteral("tenant-%1").arg(++i), name));
    return connections;
}

} // namespace

TEST(OrganisationMatcher, FindsTheExactName)
{
    const auto match = OrganisationMatcher::match(
        QStringLiteral("Contoso Ltd"),
        organisations({QStringLiteral("Contoso Ltd"), QStringLiteral("Contoso Holdings")}));
    ASSERT_EQ(match.outcome, OrganisationMatcher::Outcome::ExactlyOne);
    EXPECT_EQ(match.matches.first().tenantId(), QStringLiteral("tenant-1"));
    EXPECT_EQ(match.candidates.size(), 2);
}

TEST(OrganisationMatcher, IgnoresCase)
{
    const auto match = OrganisationMatcher::match(
        QStringLiteral("CONTOSO holdings"),
        organisations({QStringLiteral("Contoso Ltd"), QStringLiteral("Contoso Holdings")}));
    ASSERT_EQ(match.outcome, OrganisationMatcher::Outcome::ExactlyOne);
    EXPECT_EQ(match.matches.first().tenantName(), QStringLiteral("Contoso Holdings"));
}

TEST(OrganisationMatcher, IgnoresEveryWhitespaceWhereverItIs)
{
    const auto connections =
        organisations({QStringLiteral("Contoso Ltd"), QStringLiteral("Fabrikam")});
    for (const QString &typed : {QStringLiteral("Contoso  ltd"), QStringLiteral("contoso ltd"),
                                 QStringLiteral("ContosoLtd"), QStringLiteral("  Contoso\tLtd "),
                                 QStringLiteral("Contoso\u00a0Ltd")}) {
        const auto match = OrganisationMatcher::match(typed, connections);
        EXPECT_EQ(match.outcome, OrganisationMatcher::Outcome::ExactlyOne) << typed.toStdString();
    }
    // Spacing is ignored, letters are not.
    EXPECT_EQ(OrganisationMatcher::match(QStringLiteral("Contoso Limited"), connections).outcome,
              OrganisationMatcher::Outcome::None);
}

TEST(OrganisationMatcher, NoMatchOffersEveryGrantedOrganisation)
{
    const auto connections =
        organisations({QStringLiteral("Contoso Ltd"), QStringLiteral("Contoso Holdings")});
    const auto match = OrganisationMatcher::match(QStringLiteral("Northwind"), connections);
    EXPECT_EQ(match.outcome, OrganisationMatcher::Outcome::None);
    EXPECT_TRUE(match.matches.isEmpty());
    EXPECT_EQ(match.candidates.size(), 2);
    EXPECT_EQ(OrganisationMatcher::match(QStringLiteral("   "), connections).outcome,
              OrganisationMatcher::Outcome::None);
    EXPECT_EQ(OrganisationMatcher::match(QStringLiteral("Contoso Ltd"), {}).outcome,
              OrganisationMatcher::Outcome::None);
}

TEST(OrganisationMatcher, SeveralMatchesAreAllGivenForTheUserToPick)
{
    const auto connections =
        organisations({QStringLiteral("Contoso Ltd"), QStringLiteral("contoso  LTD"),
                       QStringLiteral("Fabrikam")});
    const auto match = OrganisationMatcher::match(QStringLiteral("Contoso Ltd"), connections);
    ASSERT_EQ(match.outcome, OrganisationMatcher::Outcome::Several);
    ASSERT_EQ(match.matches.size(), 2);
    EXPECT_EQ(match.matches.at(0).tenantId(), QStringLiteral("tenant-1"));
    EXPECT_EQ(match.matches.at(1).tenantId(), QStringLiteral("tenant-2"));
    EXPECT_EQ(match.candidates.size(), 3);
}
