#include "firststartdialog.h"
#include "darkpalette.h"
#include "microsoftsignin.h"
#include "screenshot.h"
#include "xerosignin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

const QString goodClientId = QStringLiteral("1b7f0c3e-52a8-4d2f-9e41-6c0a8d3b2f57");
const QString goodXeroClientId = QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9");

} // namespace

class FirstStartDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { dialog.show(); }

    QLineEdit *edit(const char *objectName) const
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(objectName));
    }

    QPushButton *continueButton() const
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    QRadioButton *radio(const QString &text) const
    {
        for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text)
                return button;
        }
        return nullptr;
    }

    QString problemShown() const
    {
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        return label->isVisible() ? label->text() : QString();
    }

    void type(const char *objectName, const QString &text)
    {
        edit(objectName)->clear();
        QTest::keyClicks(edit(objectName), text);
    }

    FirstStartDialog dialog{MicrosoftSignIn::defaultRedirectUri(), XeroSignIn::defaultRedirectUri(),
                            XeroSignIn::defaultLoopbackRedirectUri()};
};

TEST_F(FirstStartDialogTest, ConnectIsTheFirstChoiceAndWaitsForAClientId)
{
    EXPECT_EQ(dialog.choice(), FirstStartDialog::Choice::ConnectPowerBi);
    EXPECT_EQ(dialog.tenant(), QStringLiteral("organizations"));
    EXPECT_FALSE(continueButton()->isEnabled());
    EXPECT_TRUE(problemShown().isEmpty()); // nothing typed yet: no reproach
}

TEST_F(FirstStartDialogTest, TheClientIdMustBeAGuid)
{
    type("xeroClientIdEdit", goodXeroClientId);
    type("clientIdEdit", QStringLiteral("my-app"));
    EXPECT_FALSE(continueButton()->isEnabled());
    EXPECT_TRUE(problemShown().contains(QStringLiteral("GUID"))) << problemShown().toStdString();

    type("clientIdEdit", goodClientId);
    EXPECT_TRUE(continueButton()->isEnabled());
    EXPECT_TRUE(problemShown().isEmpty());

    type("tenantEdit", QStringLiteral("not a tenant!"));
    EXPECT_FALSE(continueButton()->isEnabled());
    EXPECT_FALSE(problemShown().isEmpty());
}

TEST_F(FirstStartDialogTest, TheValuesComeBackOnContinue)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type("clientIdEdit", QStringLiteral("  ") + goodClientId.toUpper() + QStringLiteral(" "));
    type("tenantEdit", QStringLiteral("contoso.onmicrosoft.com"));
    type("xeroClientIdEdit", goodXeroClientId + QStringLiteral(" "));
    continueButton()->click();
    EXPECT_EQ(accepted.size(), 1);
    EXPECT_EQ(dialog.choice(), FirstStartDialog::Choice::ConnectPowerBi);
    EXPECT_EQ(dialog.clientId(), goodClientId.toUpper());
    EXPECT_EQ(dialog.tenant(), QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_EQ(dialog.xeroClientId(), goodXeroClientId);
}

TEST_F(FirstStartDialogTest, TheXeroClientIdIsAskedForToo)
{
    type("clientIdEdit", goodClientId);
    EXPECT_FALSE(continueButton()->isEnabled());
    EXPECT_TRUE(problemShown().contains(QStringLiteral("Xero"))) << problemShown().toStdString();
    type("xeroClientIdEdit", QStringLiteral("not-a-client-id"));
    EXPECT_FALSE(continueButton()->isEnabled());
    type("xeroClientIdEdit", goodXeroClientId);
    EXPECT_TRUE(continueButton()->isEnabled());
    const auto *howTo = dialog.findChild<QLabel *>(QStringLiteral("xeroHowToLabel"));
    ASSERT_NE(howTo, nullptr);
    EXPECT_TRUE(howTo->text().contains(FirstStartDialog::xeroRegistrationUrl()));
    EXPECT_TRUE(howTo->text().contains(QStringLiteral("http://localhost:5000/callback")));
    // The sign-ins that go on in the web browser come back to the program there.
    EXPECT_TRUE(howTo->text().contains(QStringLiteral("http://localhost:53682/callback")));
}

TEST_F(FirstStartDialogTest, SaysWhichXeroScopesAnAppCreatedBeforeMarch2026Uses)
{
    auto *older = dialog.findChild<QCheckBox *>(QStringLiteral("olderXeroAppCheck"));
    ASSERT_NE(older, nullptr);
    EXPECT_FALSE(dialog.xeroAppPredatesGranularScopes());
    EXPECT_TRUE(older->text().contains(QStringLiteral("2 March 2026")));
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("xeroScopesLabel"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("granular")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("xero/scopeSet")));
    older->click();
    EXPECT_TRUE(dialog.xeroAppPredatesGranularScopes());
}

TEST_F(FirstStartDialogTest, AnEmptyTenantMeansOrganizations)
{
    type("clientIdEdit", goodClientId);
    type("xeroClientIdEdit", goodXeroClientId);
    edit("tenantEdit")->clear();
    EXPECT_TRUE(continueButton()->isEnabled());
    EXPECT_EQ(dialog.tenant(), QStringLiteral("organizations"));
}

TEST_F(FirstStartDialogTest, TheSandboxNeedsNoRegistration)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    radio(QStringLiteral("Explore the built-in sandbox"))->click();
    EXPECT_EQ(dialog.choice(), FirstStartDialog::Choice::ExploreSandbox);
    EXPECT_FALSE(edit("clientIdEdit")->isEnabled());
    ASSERT_TRUE(continueButton()->isEnabled());
    continueButton()->click();
    EXPECT_EQ(accepted.size(), 1);
}

TEST_F(FirstStartDialogTest, EnterCannotSlipPastAProblem)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type("clientIdEdit", QStringLiteral("1234"));
    dialog.accept();
    EXPECT_EQ(accepted.size(), 0);
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(FirstStartDialogTest, SaysHowToRegisterAnAppWithALink)
{
    const auto *howTo = dialog.findChild<QLabel *>(QStringLiteral("howToLabel"));
    ASSERT_NE(howTo, nullptr);
    EXPECT_TRUE(howTo->text().contains(FirstStartDialog::registrationGuideUrl()));
    EXPECT_TRUE(howTo->text().contains(QStringLiteral("Dataset.ReadWrite.All")));
    EXPECT_TRUE(howTo->text().contains(
        QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient")));
    EXPECT_TRUE(howTo->openExternalLinks());

    if (screenshotsRequested()) {
        type("clientIdEdit", QStringLiteral("my-app"));
        dialog.adjustSize();
        keepScreenshot(&dialog, QStringLiteral("firststart"), 0);
        dialog.setPalette(darkPalette());
        keepScreenshot(&dialog, QStringLiteral("firststart-dark"), 0);
    }
}

TEST(FirstStartDialogRedirects, TheRedirectUrisToRegisterAreTheOnesTheSignInsWillUse)
{
    const QUrl microsoft(QStringLiteral("http://localhost:8400/microsoft"));
    const QUrl xero(QStringLiteral("http://localhost:8400/xero"));
    const QUrl xeroLoopback(QStringLiteral("http://localhost:8401/xero-browser"));
    const FirstStartDialog dialog(microsoft, xero, xeroLoopback);
    const auto *howTo = dialog.findChild<QLabel *>(QStringLiteral("howToLabel"));
    const auto *xeroHowTo = dialog.findChild<QLabel *>(QStringLiteral("xeroHowToLabel"));
    ASSERT_NE(howTo, nullptr);
    ASSERT_NE(xeroHowTo, nullptr);
    EXPECT_TRUE(howTo->text().contains(microsoft.toString()));
    EXPECT_TRUE(xeroHowTo->text().contains(xero.toString()));
    EXPECT_TRUE(xeroHowTo->text().contains(xeroLoopback.toString()));
}

TEST(FirstStartDialogValidation, GuidsAndTenants)
{
    EXPECT_TRUE(FirstStartDialog::isGuid(goodClientId));
    EXPECT_TRUE(FirstStartDialog::isGuid(QStringLiteral("{") + goodClientId + QStringLiteral("}")));
    EXPECT_FALSE(FirstStartDialog::isGuid(goodClientId.chopped(1)));
    EXPECT_FALSE(FirstStartDialog::isGuid(goodClientId + QStringLiteral("0")));
    EXPECT_TRUE(FirstStartDialog::isTenant(QStringLiteral("organizations")));
    EXPECT_TRUE(FirstStartDialog::isTenant(QStringLiteral("common")));
    EXPECT_TRUE(FirstStartDialog::isTenant(goodClientId));
    EXPECT_TRUE(FirstStartDialog::isTenant(QStringLiteral("contoso.onmicrosoft.com")));
    EXPECT_FALSE(FirstStartDialog::isTenant(QStringLiteral("contoso")));
    EXPECT_FALSE(FirstStartDialog::isTenant(QStringLiteral("https://contoso.com/")));
}
