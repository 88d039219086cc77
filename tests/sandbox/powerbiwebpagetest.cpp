#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"
#include "webpagedriver.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <gtest/gtest.h>
#include <memory>

namespace {

// A browser tab as Chromium gives it to an embedding program: window.open() asks for a new
// page (createWindow), and window.close() asks the program to close it.
class BrowserTab : public QWebEnginePage
{
public:
    explicit BrowserTab(QWebEngineProfile *profile)
        : QWebEnginePage(profile)
    {
        connect(this, &QWebEnginePage::windowCloseRequested, this, [this] {
            closeRequested = true;
            deleteLater();
        });
    }

    QPointer<BrowserTab> popup;
    bool closeRequested = false;

protected:
    QWebEnginePage *createWindow(WebWindowType) override
    {
        popup = new BrowserTab(profile());
        return popup;
    }
};

} // namespace

// The sandbox's Power BI page and its pop-up in a real browser engine, without the program: the
// page's own script is what is tested here.
class PowerBiWebPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
        ASSERT_TRUE(server.listen());
        profile = std::make_unique<QWebEngineProfile>();
        tab = std::make_unique<BrowserTab>(profile.get());
        page = std::make_unique<WebPageDriver>(tab.get());
    }
    void TearDown() override
    {
        page.reset();
        if (tab->popup)
            delete tab->popup;
        tab.reset();
        profile.reset();
    }

    QString xeroApi() const
    {
        return QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2")
            .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId);
    }

    // Signs in on the way, opens "Data source credentials", then "Edit credentials" for Xero.
    void openTheCredentialDialog()
    {
        tab->load(
            QUrl(server.rootUrl().toString() +
                 QStringLiteral("/groups/%1/settings/datasets/%2")
                     .arg(SandboxScenario::financeWorkspaceId, SandboxScenario::xeroDatasetId)));
        ASSERT_TRUE(page->waitForElement(QStringLiteral("password")));
        page->signIn(SandboxScenario::microsoftUser, SandboxScenario::password);
        ASSERT_TRUE(page->waitForElement(QStringLiteral("datasource-credentials-toggle")));
        EXPECT_TRUE(
            page->evaluate(QStringLiteral("document.getElementById('datasource-credentials-body')"
                                          ".hidden"))
                .toBool());
        page->click(QStringLiteral("datasource-credentials-toggle"));
        page->click(QStringLiteral("edit-credentials-") + SandboxScenario::xeroDatasourceId);
        ASSERT_TRUE(
            page->waitFor(QStringLiteral("!document.getElementById('configure-overlay').hidden")));
        EXPECT_EQ(
            page->evaluate(QStringLiteral("document.getElementById('configure-title').textContent"))
                .toString(),
            QStringLiteral("Configure Xero"));
    }

    // "Sign in" in the dialog: the pop-up opens on Xero's sign-in page.
    WebPageDriver signInThroughThePopup(const QString &organisationName)
    {
        page->setValue(QStringLiteral("organisation-name"), organisationName);
        page->click(QStringLiteral("configure-signin"));
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !tab->popup.isNull(); }, WebPageDriver::pageTimeoutMs));
        WebPageDriver popup(tab->popup);
        EXPECT_TRUE(popup.waitForElement(QStringLiteral("password")));
        popup.signIn(SandboxScenario::xeroUser, SandboxScenario::password);
        EXPECT_TRUE(popup.waitForElement(QStringLiteral("allow")));
        EXPECT_EQ(
            popup.evaluate(QStringLiteral("document.querySelector('h1').textContent")).toString(),
            QStringLiteral("Power BI wants access to your organisations"));
        return popup;
    }

    QString dialogMessage() const
    {
        return page
            ->evaluate(QStringLiteral("document.getElementById('configure-message').textContent"))
            .toString();
    }

    QString refreshThroughTheApi()
    {
        SandboxTestClient client(server.rootUrl());
        const QString token = server.issuePowerBiAccessToken();
        client.postJson(xeroApi() + QStringLiteral("/refreshes"), {}, token);
        server.advanceClock(6);
        return client.get(xeroApi() + QStringLiteral("/refreshes?$top=1"), token)
            .json()
            .value(QStringLiteral("value"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    }

    SandboxServer server;
    std::unique_ptr<QWebEngineProfile> profile;
    std::unique_ptr<BrowserTab> tab;
    std::unique_ptr<WebPageDriver> page;
};

TEST_F(PowerBiWebPageTest, ThePopupsCodeReachesThePageAndTheCredentialLasts)
{
    openTheCredentialDialog();
    const WebPageDriver popup = signInThroughThePopup(QStringLiteral("Contoso Ltd"));
    popup.evaluate(QStringLiteral("document.querySelector('input[name=tenant][value=\"%1\"]')"
                                  ".checked = true; true")
                       .arg(SandboxScenario::contosoLtdTenantId));
    QPointer<BrowserTab> window = tab->popup;
    popup.click(QStringLiteral("allow"));

    // The redirect page posts the answer and closes itself; the page posts the code.
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.isNull(); }, WebPageDriver::pageTimeoutMs));
    ASSERT_TRUE(page->waitFor(QStringLiteral("document.body.dataset.credentialsUpdated === '%1'")
                                  .arg(SandboxScenario::xeroDatasourceId)))
        << dialogMessage().toStdString();
    EXPECT_EQ(page->evaluate(QStringLiteral("document.getElementById('notification').textContent"))
                  .toString(),
              QStringLiteral("Your data source credentials were updated."));
    EXPECT_TRUE(
        page->evaluate(QStringLiteral("document.getElementById('configure-overlay').hidden"))
            .toBool());

    EXPECT_EQ(refreshThroughTheApi(), QStringLiteral("Completed"));
    server.advanceClock(2 * 3600);
    EXPECT_EQ(refreshThroughTheApi(), QStringLiteral("Completed"));
}

TEST_F(PowerBiWebPageTest, ACancelledSignInIsSaidInTheDialog)
{
    openTheCredentialDialog();
    const WebPageDriver popup = signInThroughThePopup(QStringLiteral("Contoso Ltd"));
    popup.click(QStringLiteral("cancel"));
    ASSERT_TRUE(page->waitFor(
        QStringLiteral("document.getElementById('configure-message').textContent !== ''")));
    EXPECT_TRUE(dialogMessage().contains(QStringLiteral("You cancelled the sign-in to Xero")))
        << dialogMessage().toStdString();
    EXPECT_EQ(refreshThroughTheApi(), QStringLiteral("Failed"));
}

TEST_F(PowerBiWebPageTest, APopupClosedBeforeTheEndIsSaidInTheDialog)
{
    openTheCredentialDialog();
    signInThroughThePopup(QStringLiteral("Contoso Ltd"));
    delete tab->popup; // the user closes the window
    ASSERT_TRUE(page->waitFor(
        QStringLiteral("document.getElementById('configure-message').textContent !== ''")));
    EXPECT_TRUE(dialogMessage().contains(QStringLiteral("closed before")))
        << dialogMessage().toStdString();
}

TEST_F(PowerBiWebPageTest, AWrongOrganisationNameIsSaidInTheDialog)
{
    openTheCredentialDialog();
    const WebPageDriver popup = signInThroughThePopup(QStringLiteral("Fabrikam"));
    popup.evaluate(QStringLiteral("document.querySelector('input[name=tenant]').checked = true; "
                                  "true"));
    popup.click(QStringLiteral("allow"));
    ASSERT_TRUE(page->waitFor(
        QStringLiteral("document.getElementById('configure-message').textContent !== ''")));
    EXPECT_TRUE(dialogMessage().startsWith(
        QStringLiteral("Failed to update data source credentials: The organisation \"Fabrikam\"")))
        << dialogMessage().toStdString();
}
