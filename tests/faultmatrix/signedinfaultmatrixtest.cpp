// The fault matrix's cells for the account signed in through the window (its refresh token and
// Xero grant in the keychain): the sign-in faults a service principal never meets. Each cell
// asserts the exit code, the sentence (or the --json error code), that no secret is shown, and
// that once signed in again (or with the fault gone) the program works.
#include "sandboxscenario.h"
#include "storedsignintest.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

struct SignedInCell
{
    const char *name;
    QStringList command;
    int normalExitCode;
    QString path; // the token endpoint that refuses
    QString error;
    QString description;
    int exitCode;
    QString phrase;
    QString jsonCode;
    // The refusal removed the stored token: the user signs in again before the next command.
    bool signInAgain;
};

const QStringList xero = {QStringLiteral("--dataset"), QStringLiteral("Xero")};
const QString microsoftToken = QStringLiteral("/oauth2/v2.0/token$");
const QString xeroToken = QStringLiteral("^/connect/token$");
const QString nobodySignedIn = QStringLiteral("Nobody is signed in to Power BI");

std::vector<SignedInCell> cells()
{
    const QStringList status = QStringList{QStringLiteral("status")} << xero;
    const QStringList history = QStringList{QStringLiteral("history")} << xero;
    const QStringList refreshNow = QStringList{QStringLiteral("refresh-now")} << xero;
    const QString expired = QStringLiteral("AADSTS70008: The provided authorization code or "
                                           "refresh token has expired due to inactivity.");
    const QString mfa = QStringLiteral("AADSTS50076: Due to a configuration change made by your "
                                       "administrator, you must use multi-factor authentication.");
    std::vector<SignedInCell> all;
    for (const bool json : {false, true}) {
        const QString invalidGrant = json ? QStringLiteral("SignInNeeded") : nobodySignedIn;
        all.push_back({json ? "StatusMicrosoftInvalidGrantJson" : "StatusMicrosoftInvalidGrant",
                       status, 1, microsoftToken, QStringLiteral("invalid_grant"), expired, 3,
                       invalidGrant, QStringLiteral("SignInNeeded"), true});
        all.push_back({json ? "HistoryMicrosoftInteractionRequiredJson"
                            : "HistoryMicrosoftInteractionRequired",
                       history, 0, microsoftToken, QStringLiteral("interaction_required"), mfa, 3,
                       invalidGrant, QStringLiteral("SignInNeeded"), true});
        all.push_back(
            {json ? "RefreshNowMicrosoftInvalidGrantJson" : "RefreshNowMicrosoftInvalidGrant",
             refreshNow, 0, microsoftToken, QStringLiteral("invalid_grant"), expired, 3,
             invalidGrant, QStringLiteral("SignInNeeded"), true});
        all.push_back({json ? "RefreshNowXeroInvalidGrantJson" : "RefreshNowXeroInvalidGrant",
                       refreshNow, 0, xeroToken, QStringLiteral("invalid_grant"), QString(), 3,
                       QStringLiteral("Sign in to Xero again"), QStringLiteral("invalid_grant"),
                       true});
        all.push_back({json ? "RefreshNowXeroInvalidClientJson" : "RefreshNowXeroInvalidClient",
                       refreshNow, 0, xeroToken, QStringLiteral("invalid_client"), QString(), 3,
                       QStringLiteral("correct the setting xero/clientId"),
                       QStringLiteral("invalid_client"), false});
    }
    return all;
}

// The cell's name in GoogleTest's messages, rather than its bytes.
void PrintTo(const SignedInCell &cell, std::ostream *stream)
{
    *stream << cell.name;
}

} // namespace

class SignedInFaultMatrixTest : public AssistantWithStoredSignIn,
                                public ::testing::WithParamInterface<SignedInCell>
{
protected:
    void refuseAtTheTokenEndpoint(const SignedInCell &cell)
    {
        QJsonObject answer{{QStringLiteral("error"), cell.error}};
        if (!cell.description.isEmpty())
            answer.insert(QStringLiteral("error_description"), cell.description);
        sandbox->addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("path"), cell.path},
                           {QStringLiteral("status"), 400},
                           {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(answer).toJson(
                                                        QJsonDocument::Compact))}});
    }
};

TEST_P(SignedInFaultMatrixTest, SaysWhatHappenedAndWorksOnceSignedInAgain)
{
    const SignedInCell &cell = GetParam();
    const bool json = QByteArray(cell.name).endsWith("Json");
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());
    // The temporary credential chosen in the window: refresh-now renews it from the Xero grant.
    recordTemporaryCredential();
    refuseAtTheTokenEndpoint(cell);

    QStringList arguments = cell.command;
    if (json)
        arguments << QStringLiteral("--json");
    const ProcessRun refused = userAssistant(arguments);
    EXPECT_EQ(refused.exitCode, cell.exitCode) << refused.err.toStdString();
    if (json) {
        ASSERT_TRUE(refused.outIsOneJsonDocument()) << refused.out.toStdString();
        EXPECT_EQ(refused.errorCode(), cell.jsonCode) << refused.out.toStdString();
    } else {
        EXPECT_TRUE(refused.err.contains(cell.phrase)) << refused.err.toStdString();
    }
    EXPECT_EQ(sandbox->pendingFaults(), 0) << "the refusal was not met";

    // A refused grant was removed: signed in again, as the window would. A refused client
    // removed nothing: the grant works as soon as Xero accepts the client again.
    if (cell.signInAgain)
        signInLikeTheWindow();
    const ProcessRun next = userAssistant(cell.command);
    EXPECT_EQ(next.exitCode, cell.normalExitCode) << next.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(SignedInAccountAgainstSignInFaults, SignedInFaultMatrixTest,
                         ::testing::ValuesIn(cells()),
                         [](const ::testing::TestParamInfo<SignedInCell> &info) {
                             return std::string(info.param.name);
                         });
