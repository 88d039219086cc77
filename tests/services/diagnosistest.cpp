#include "apierror.h"
#include "diagnosiscatalogue.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

const QStringList credentialCodes = {
    QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"),
    QStringLiteral("DMTS_OAuthTokenRefreshFailedError"),
    QStringLiteral("DM_GWPipeline_Client_OAuthTokenRefreshFailedError"),
    QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
    QStringLiteral("DMTS_DatasourceHasNoCredentialError"),
};

} // namespace

TEST(DiagnosisCatalogue, EveryDocumentedCredentialCodeSendsTheUserToSignInToXero)
{
    for (const QString &code : credentialCodes) {
        const Diagnosis diagnosis = DiagnosisCatalogue::forRefreshError(code);
        EXPECT_EQ(diagnosis.category(), Diagnosis::Category::Credentials) << code.toStdString();
        EXPECT_EQ(diagnosis.fixStep(), RepairStep::SignInXero) << code.toStdString();
        EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("Xero")));
        EXPECT_EQ(diagnosis.code(), code);
    }
}

TEST(DiagnosisCatalogue, CodesMatchWithoutRegardToCase)
{
    const Diagnosis diagnosis =
        DiagnosisCatalogue::forRefreshError(QStringLiteral("dmts_oauthtokenrefreshfailederror"));
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::Credentials);
}

TEST(DiagnosisCatalogue, GatewayUnreachableSaysTheGatewayIsOffline)
{
    const Diagnosis diagnosis = DiagnosisCatalogue::forRefreshError(
        QStringLiteral("DM_GWPipeline_Client_GatewayUnreachable"));
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::Gateway);
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("gateway")));
    EXPECT_EQ(diagnosis.fixStep(), RepairStep::ContactSupport);
}

TEST(DiagnosisCatalogue, DailyLimitAnswerExplainsTheEightRefreshLimit)
{
    const ApiError error = ApiError::http(
        ApiError::Service::PowerBi, 400, QStringLiteral("InvalidRequest"),
        QStringLiteral("Invalid dataset refresh request. Number of refresh requests in last 24 "
                       "hours exceeded limit"),
        QStringLiteral("req-1"));
    const Diagnosis diagnosis = DiagnosisCatalogue::forApiError(error);
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::RefreshLimit);
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("8 times")));
}

TEST(DiagnosisCatalogue, RefreshAlreadyRunningTellsTheUserToWait)
{
    const ApiError error = ApiError::http(
        ApiError::Service::PowerBi, 400, QStringLiteral("InvalidRequest"),
        QStringLiteral("Invalid dataset refresh request. Another refresh request is already "
                       "executing"));
    EXPECT_EQ(DiagnosisCatalogue::forApiError(error).category(),
              Diagnosis::Category::RefreshRunning);
    const ApiError conflict = ApiError::http(ApiError::Service::PowerBi, 409, QString(), QString());
    EXPECT_EQ(DiagnosisCatalogue::forApiError(conflict).fixStep(), RepairStep::RefreshStatus);
}

TEST(DiagnosisCatalogue, ScheduleSwitchedOffSendsTheUserToTheScheduleStep)
{
    const Diagnosis diagnosis = DiagnosisCatalogue::forScheduleSwitchedOff();
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::ScheduleOff);
    EXPECT_EQ(diagnosis.fixStep(), RepairStep::Schedule);
}

TEST(DiagnosisCatalogue, NotOwnerNamesTheOwnerAndOffersTakeOver)
{
    const Diagnosis diagnosis =
        DiagnosisCatalogue::forNotOwner(QStringLiteral("jordan@contoso.example"));
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::NotOwner);
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("jordan@contoso.example")));
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("Take it over")));
    EXPECT_EQ(diagnosis.fixStep(), RepairStep::XeroSettings);
}

TEST(DiagnosisCatalogue, ThrottlingSaysHowLongToWait)
{
    const ApiError error = ApiError::throttled(ApiError::Service::PowerBi, 3600);
    const Diagnosis diagnosis = DiagnosisCatalogue::forApiError(error);
    EXPECT_EQ(diagnosis.category(), Diagnosis::Category::Throttling);
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("60 minute")))
        << diagnosis.explanation().toStdString();
}

TEST(DiagnosisCatalogue, ExpiredPowerBiTokenSendsTheUserToSignInToPowerBi)
{
    const ApiError error = ApiError::tokenExpired(ApiError::Service::PowerBi, 403);
    EXPECT_EQ(DiagnosisCatalogue::forApiError(error).fixStep(), RepairStep::SignInPowerBi);
}

TEST(DiagnosisCatalogue, RevokedXeroGrantSendsTheUserToSignInToXero)
{
    const ApiError error =
        ApiError::http(ApiError::Service::Xero, 400, QStringLiteral("invalid_grant"), QString());
    EXPECT_EQ(DiagnosisCatalogue::forApiError(error).fixStep(), RepairStep::SignInXero);
}

TEST(DiagnosisCatalogue, UnknownCodeIsShownAsItCameWithItsDescription)
{
    const Diagnosis diagnosis = DiagnosisCatalogue::forRefreshError(
        QStringLiteral("Mashup_SomethingNew"), QStringLiteral("The table was renamed."));
    EXPECT_FALSE(diagnosis.isKnown());
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("Mashup_SomethingNew")));
    EXPECT_TRUE(diagnosis.explanation().contains(QLatin1String("The table was renamed.")));
    EXPECT_EQ(diagnosis.fixStep(), RepairStep::ContactSupport);
}

TEST(DiagnosisCatalogue, ExplanationsAreInFrenchWhenTheFrenchTranslationIsLoaded)
{
    QTranslator french;
    ASSERT_TRUE(french.load(QStringLiteral(":/i18n/xero-refresh-assistant_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const Diagnosis diagnosis = DiagnosisCatalogue::forRefreshError(credentialCodes.first());
    const Diagnosis throttled =
        DiagnosisCatalogue::forApiError(ApiError::throttled(ApiError::Service::PowerBi, 120));
    QCoreApplication::removeTranslator(&french);

    EXPECT_TRUE(diagnosis.explanation().contains(QStringLiteral("connexion à Xero")))
        << diagnosis.explanation().toStdString();
    EXPECT_TRUE(throttled.explanation().contains(QLatin1String("2 minutes")))
        << throttled.explanation().toStdString();
}

TEST(ApiErrorText, EnglishPluralsReadNaturally)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/xero-refresh-assistant_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString one = ApiError::throttled(ApiError::Service::PowerBi, 1).plainSentence();
    const QString hours = ApiError::throttled(ApiError::Service::PowerBi, 7200).plainSentence();
    QCoreApplication::removeTranslator(&english);

    EXPECT_TRUE(one.contains(QLatin1String("wait 1 second ")));
    EXPECT_TRUE(hours.contains(QLatin1String("about 2 hours")));
}
