// What the command line says when something goes wrong, in words a user can act on (issue 13,
// U1 to U6; U4 is in assistantwaittest.cpp, U7 in httptransporttest.cpp and the fault matrix).
#include "sandboxscenario.h"
#include "standalonesandboxtest.h"
#include "storedsignintest.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QStringList xeroHistory = {QStringLiteral("history"), QStringLiteral("--dataset"),
                                 QStringLiteral("Xero")};

QJsonObject powerBiError(const QString &method, const QString &path, int status,
                         const QString &code, int times = 1)
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("status"), status},
            {QStringLiteral("times"), times},
            {QStringLiteral("body"),
             QStringLiteral(R"({"error":{"code":"%1","message":"refused"}})").arg(code)}};
}

bool saysSignInAgain(const QString &text)
{
    return text.contains(QLatin1String("sign in again"), Qt::CaseInsensitive);
}

} // namespace

class AssistantSentences : public AssistantAgainstStandaloneSandbox
{
};

// U1: the user's sentence comes first; no developer's log line before it.
TEST_F(AssistantSentences, AnUnreadableAnswerIsOneSentenceWithNoDeveloperLineBeforeIt)
{
    QJsonObject malformed = fault(QStringLiteral("GET"), QStringLiteral("/refreshes$"), 200);
    malformed.insert(QStringLiteral("malformedJson"), true);
    sandbox->addFault(malformed);
    const ProcessRun run = assistant(xeroHistory);
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QLatin1String("Power BI sent an answer this program does not "
                                                 "understand")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QRegularExpression(QStringLiteral("(^|\n)xra\\."))))
        << run.err.toStdString();
}

// U2: a wrong client secret is a wrong client secret, not a missing permission.
TEST_F(AssistantSentences, AWrongClientSecretIsSaidToBeWrong)
{
    const ProcessRun run = assistant({QStringLiteral("status")}, QStringLiteral("not-the-secret"));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("refused the service principal's client secret")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("AZURE_CLIENT_SECRET")));
    EXPECT_FALSE(run.err.contains(QLatin1String("not allowed to do this")));
    EXPECT_FALSE(run.err.contains(QLatin1String("not-the-secret")));
}

// U3: a service principal cannot sign in again; it is told which settings to check.
TEST_F(AssistantSentences, AServicePrincipalIsToldToCheckItsSettingsNotToSignInAgain)
{
    sandbox->addFault(powerBiError(QStringLiteral("GET"), QStringLiteral("^/v1.0/myorg/groups$"),
                                   403, QStringLiteral("TokenExpired"), 2));
    const ProcessRun expired = assistant(xeroHistory);
    EXPECT_EQ(expired.exitCode, 3) << expired.err.toStdString();
    EXPECT_FALSE(saysSignInAgain(expired.err)) << expired.err.toStdString();
    EXPECT_TRUE(expired.err.contains(QLatin1String("AZURE_CLIENT_ID")))
        << expired.err.toStdString();

    QJsonObject unknownClient =
        fault(QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token$"), 400);
    unknownClient.insert(QStringLiteral("body"),
                         QStringLiteral(R"({"error":"unauthorized_client","error_description":)"
                                        R"("AADSTS700016: Application not found."})"));
    sandbox->addFault(unknownClient);
    const ProcessRun unknown = assistant(xeroHistory);
    EXPECT_EQ(unknown.exitCode, 3) << unknown.err.toStdString();
    EXPECT_FALSE(saysSignInAgain(unknown.err)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QLatin1String("no application with the client id")))
        << unknown.err.toStdString();
}

// U6: Power BI's refusal of a schedule change by someone other than the owner names the owner.
TEST_F(AssistantSentences, AScheduleChangeByANonOwnerSaysWhoOwnsTheDataset)
{
    const ProcessRun run =
        assistant({QStringLiteral("schedule"), QStringLiteral("--dataset"), QStringLiteral("Xero"),
                   QStringLiteral("--disable"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_EQ(run.errorCode(), QStringLiteral("NotDatasetOwner"));
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("belongs to %1: only its owner").arg(SandboxScenario::microsoftUser)))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QLatin1String("tenant setting"))) << run.err.toStdString();
}

class AssistantSentencesOfTheSignedInUser : public AssistantWithStoredSignIn
{
protected:
    ProcessRun refreshNow()
    {
        return userAssistant({QStringLiteral("refresh-now"), QStringLiteral("--dataset"),
                              QStringLiteral("Xero"), QStringLiteral("--json")});
    }
};

// U5: Xero's invalid_client means the app's client id is wrong: said so, with where to fix it,
// and the stored Xero grant is kept (it is not the grant that is wrong).
TEST_F(AssistantSentencesOfTheSignedInUser, AWrongXeroClientIdSaysWhichSettingToCorrect)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());
    recordTemporaryCredential();
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("xero/clientId"), QStringLiteral("not-our-xero-app"));
    }
    const ProcessRun run = refreshNow();
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_EQ(run.errorCode(), QStringLiteral("invalid_client"));
    EXPECT_TRUE(run.err.contains(QLatin1String("client id \"not-our-xero-app\"")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("xero/clientId in ") + settingsPath))
        << run.err.toStdString();
    EXPECT_EQ(storedXeroRefreshToken(), std::optional<QString>(xeroRefreshTokenAdopted));
}

// U6: the credential PATCH refused with 401 PowerBINotAuthorizedException is "not the owner".
TEST_F(AssistantSentencesOfTheSignedInUser, ACredentialRefusedAsNotAuthorizedSaysNotTheOwner)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());
    recordTemporaryCredential();
    sandbox->addFault(powerBiError(QStringLiteral("PATCH"),
                                   QStringLiteral("^/v1.0/myorg/gateways/.*/datasources/"), 401,
                                   QStringLiteral("PowerBINotAuthorizedException")));
    const ProcessRun run = refreshNow();
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_EQ(run.errorCode(), QStringLiteral("NotDatasetOwner"));
    EXPECT_TRUE(run.err.contains(QLatin1String("only its owner can change its credentials")))
        << run.err.toStdString();
    EXPECT_EQ(sandbox->pendingFaults(), 0);
}
