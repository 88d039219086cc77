#pragma once

// The user's steps through the repair wizard, shared by the suites that walk it whole: each step
// checks what the page shows and moves on with Next.

#include "choosedatasetpage.h"
#include "commandline.h"
#include "configurexeropage.h"
#include "credentialpopuppage.h"
#include "credentialpopupwindow.h"
#include "editcredentialspage.h"
#include "finishpage.h"
#include "operationpanel.h"
#include "powerbipageview.h"
#include "powerbiportalpage.h"
#include "refreshnowpage.h"
#include "refreshstatuspage.h"
#include "sandboxfault.h"
#include "sandboxsigninpages.h"
#include "schedulepage.h"
#include "scratchdatahome.h"
#include "signinpowerbipage.h"
#include "signinxeropage.h"
#include "statuswindow.h"
#include "windowlauncher.h"
#include "wizardfixture.h"
#include "xerosettingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

inline constexpr int webWaitMs = 30000;
// The sandbox ends a refresh 5 seconds after it started, on its clock.
inline constexpr qint64 refreshSeconds = 5;

// Every visible label's text under widget, one per line.
inline QString shownText(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

// The text of the label with this accessible name under widget.
inline QString shownValue(const QWidget *widget, const QString &accessibleName)
{
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return label->text();
    }
    return {};
}

inline QPushButton *buttonTitled(const QWidget *widget, const QString &text)
{
    for (QPushButton *button : widget->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

inline QPushButton *retryButton(const RepairPage *page)
{
    for (QPushButton *button : page->operationPanel()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == OperationPanel::tr("Try the step again"))
            return button;
    }
    return nullptr;
}

inline SandboxFault throttled(const QString &method, const QString &pathPattern,
                              int retryAfterSeconds)
{
    return SandboxFault::on(method, pathPattern)
        .withPowerBiError(429, QStringLiteral("TooManyRequests"),
                          QStringLiteral("Too many requests."))
        .withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
}

// The user's steps through a wizard, whoever made it (the fixture, or the window launcher).
// Each step checks what the page shows and moves on with Next.
class WizardWalk
{
public:
    using WizardGetter = std::function<RepairWizard *()>;

    explicit WizardWalk(WizardGetter wizard)
        : m_wizard(std::move(wizard))
    {}

    RepairWizard *wizard() const { return m_wizard(); }
    RepairSession *session() const { return wizard()->session(); }
    template<typename Page> Page *page(RepairWizard::PageId id) const
    {
        return qobject_cast<Page *>(wizard()->page(id));
    }
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }

    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }
    bool waitForPage(RepairWizard::PageId id, int timeoutMs = 15000) const
    {
        return waitUntil([&] { return wizard()->currentId() == id; }, timeoutMs);
    }
    bool clickNext() const
    {
        if (!waitUntil([&] { return nextButton()->isVisible() && nextButton()->isEnabled(); }))
            return false;
        nextButton()->click();
        return true;
    }

    SignInPowerBiPage *powerBiPage() const
    {
        return page<SignInPowerBiPage>(RepairWizard::PageSignInPowerBi);
    }
    SignInXeroPage *xeroPage() const { return page<SignInXeroPage>(RepairWizard::PageSignInXero); }
    SchedulePage *schedulePage() const { return page<SchedulePage>(RepairWizard::PageSchedule); }
    RefreshNowPage *refreshPage() const
    {
        return page<RefreshNowPage>(RepairWizard::PageRefreshNow);
    }
    FinishPage *finishPage() const { return page<FinishPage>(RepairWizard::PageFinish); }

    // Step 0 through the embedded view: Microsoft's form, the account shown, Next.
    void signInToPowerBiThroughTheView() const
    {
        ASSERT_EQ(wizard()->currentId(), RepairWizard::PageSignInPowerBi);
        ASSERT_TRUE(waitUntil([&] { return powerBiPage()->signInView() != nullptr; }));
        EXPECT_FALSE(nextButton()->isEnabled());
        ASSERT_TRUE(SandboxSignInPages(powerBiPage()->signInView()).signInToMicrosoft());
        ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }, webWaitMs));
        EXPECT_TRUE(powerBiPage()->accountText().contains(SandboxScenario::microsoftUser));
        ASSERT_TRUE(clickNext());
    }

    // Step 0 with an account signed in already (a shortcut): the page shows it; Next.
    void goOnAsTheSignedInAccount() const
    {
        ASSERT_EQ(wizard()->currentId(), RepairWizard::PageSignInPowerBi);
        ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
        EXPECT_TRUE(powerBiPage()->accountText().contains(SandboxScenario::microsoftUser));
        ASSERT_TRUE(clickNext());
    }

    // Step 0, the dataset: the broken Xero one is offered first, next to Xero via connector;
    // the user picks it (Home and Space in the list); Next.
    void chooseTheXeroDataset() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageChooseDataset));
        auto *choose = page<ChooseDatasetPage>(RepairWizard::PageChooseDataset);
        ASSERT_TRUE(waitUntil(
            [&] { return !choose->isBusy() && choose->datasetList()->model()->rowCount() > 0; }));
        choose->datasetList()->setFocus();
        QTest::keyClick(choose->datasetList(), Qt::Key_Home);
        QTest::keyClick(choose->datasetList(), Qt::Key_Space);
        ASSERT_TRUE(waitUntil([&] { return choose->currentChoice().isValid(); }));
        EXPECT_EQ(choose->currentChoice().ref().datasetId(), SandboxScenario::xeroDatasetId);
        ASSERT_TRUE(clickNext());
    }

    // Step 1: the last refresh Failed, with its diagnosis; Next.
    void seeTheRefreshFailed() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshStatus));
        auto *status = page<RefreshStatusPage>(RepairWizard::PageRefreshStatus);
        ASSERT_TRUE(waitUntil([&] { return status->status() && !status->isBusy(); }));
        const auto *last = status->findChild<QLabel *>(QStringLiteral("lastStatus"));
        ASSERT_NE(last, nullptr);
        EXPECT_EQ(last->text(), QStringLiteral("Failed"));
        // The diagnosis labels are made with the status and show on a later turn of the loop.
        EXPECT_TRUE(waitUntil([&] {
            return shownText(status).contains(QStringLiteral("Fixed at step 4: Sign in with Xero"));
        })) << shownText(status).toStdString();
        ASSERT_TRUE(clickNext());
    }

    // Step 2: Settings for Xero says the Xero sign-in expired; Next (Edit credentials).
    void seeTheExpiredXeroSignIn() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageXeroSettings));
        auto *settings = page<XeroSettingsPage>(RepairWizard::PageXeroSettings);
        ASSERT_TRUE(waitUntil([&] { return settings->status() && !settings->isBusy(); }));
        const auto *state = settings->findChild<QLabel *>(QStringLiteral("credentialState"));
        ASSERT_NE(state, nullptr);
        EXPECT_TRUE(state->text().startsWith(
            QStringLiteral("The Xero sign-in behind this dataset has expired")))
            << state->text().toStdString();
        ASSERT_TRUE(clickNext());
    }

    // Step 3: the organisation's name; Next.
    void nameTheOrganisation(const QString &name) const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageConfigureXero));
        auto *configure = page<ConfigureXeroPage>(RepairWizard::PageConfigureXero);
        configure->nameEdit()->setText(name);
        EXPECT_TRUE(configure->nameProblem(name).isEmpty());
        ASSERT_TRUE(clickNext());
        ASSERT_TRUE(waitForPage(RepairWizard::PageEditCredentials));
        EXPECT_FALSE(nextButton()->isEnabled());
    }

    EditCredentialsPage *editPage() const
    {
        return page<EditCredentialsPage>(RepairWizard::PageEditCredentials);
    }
    // Step 4's Power BI page as the web views make it (null until the page opens it).
    PowerBiPageView *powerBiView() const
    {
        return qobject_cast<PowerBiPageView *>(editPage()->pageView());
    }

    // Step 4 in Power BI's own page, as Microsoft's procedure says: Data source credentials,
    // Edit credentials on the Xero source, the organisation name pasted from the program, Sign
    // in; Xero's pages in the pop-up window, which closes by itself; Power BI says the
    // credentials were updated; Next.
    void editTheCredentialsInPowerBi() const
    {
        ASSERT_TRUE(waitUntil([&] { return powerBiView() && powerBiView()->page(); }));
        const WebPageDriver powerBi(powerBiView()->page());
        // The Power BI web app signs in on its own with the browser's Microsoft session; a
        // program whose sign-in was kept from an earlier start may have none, and then Power
        // BI asks once, on its own page.
        ASSERT_TRUE(powerBi.waitFor(
            QStringLiteral("document.getElementById('datasource-credentials-toggle') !== null || "
                           "(location.pathname.endsWith('/oauth2/v2.0/authorize') && "
                           "document.getElementById('signin') !== null)")));
        const bool signedIn =
            powerBi
                .evaluate(QStringLiteral(
                    "document.getElementById('datasource-credentials-toggle') !== null"))
                .toBool();
        if (!signedIn) {
            ASSERT_TRUE(SandboxSignInPages(powerBiView()->page()).signInToMicrosoft());
        }
        ASSERT_TRUE(powerBi.waitForElement(QStringLiteral("datasource-credentials-toggle")));
        powerBi.click(QStringLiteral("datasource-credentials-toggle"));
        const QString xeroEdit =
            QStringLiteral("document.querySelector('li.datasource[data-xero=\"true\"] "
                           "a.edit-credentials')");
        ASSERT_TRUE(powerBi.waitFor(xeroEdit + QStringLiteral(" !== null")));
        powerBi.evaluate(xeroEdit + QStringLiteral(".click(); true"));
        ASSERT_TRUE(powerBi.waitFor(
            QStringLiteral("!document.getElementById('configure-overlay').hidden")));
        editPage()->copyNameButton()->click();
        powerBi.setValue(QStringLiteral("organisation-name"), QGuiApplication::clipboard()->text());
        EXPECT_FALSE(nextButton()->isEnabled());
        keepScreenshot(wizard(), QStringLiteral("edit-credentials-1-dialog"), 300);
        powerBi.click(QStringLiteral("configure-signin"));
        ASSERT_TRUE(waitUntil([&] { return powerBiView()->popupWindow() != nullptr; }, webWaitMs))
            << editPage()->outcome().toStdString();
        const SandboxSignInPages popup(powerBiView()->popupWindow()->page());
        if (screenshotsRequested() && popup.waitForXeroForm())
            keepScreenshot(powerBiView()->popupWindow(), QStringLiteral("edit-credentials-2-popup"),
                           300);
        ASSERT_TRUE(popup.signInToXeroAndAllow({SandboxScenario::contosoLtdTenantId}));
        ASSERT_TRUE(waitUntil([&] { return editPage()->isLastingGiven(); }, webWaitMs))
            << editPage()->outcome().toStdString();
        EXPECT_TRUE(waitUntil([&] { return powerBiView()->popupWindow() == nullptr; }));
        ASSERT_TRUE(powerBi.waitFor(
            QStringLiteral("document.body.dataset.credentialsUpdated !== undefined")));
        keepScreenshot(wizard(), QStringLiteral("edit-credentials-3-updated"), 300);
        ASSERT_TRUE(clickNext());
    }

    // Step 4, the weaker way: the temporary credential, its lifetime said first, then Xero's
    // pages in the program's own sign-in.
    void chooseTheTemporaryCredential() const
    {
        ASSERT_TRUE(waitUntil([&] { return editPage()->temporaryButton()->isEnabled(); }));
        editPage()->temporaryButton()->click();
        const auto *warning =
            editPage()->findChild<QLabel *>(QStringLiteral("temporaryCredentialWarning"));
        ASSERT_NE(warning, nullptr);
        ASSERT_TRUE(waitUntil([&] { return warning->isVisible() && !editPage()->isBusy(); }));
        EXPECT_TRUE(warning->text().contains(QStringLiteral("30 minutes")))
            << warning->text().toStdString();
        // Xero via connector reads another source: no other dataset shares this one.
        EXPECT_TRUE(warning->text().contains(QStringLiteral("No other dataset of yours reads it")))
            << warning->text().toStdString();
        editPage()->confirmTemporaryButton()->click();
        ASSERT_TRUE(waitForPage(RepairWizard::PageSignInXero));
        EXPECT_EQ(xeroPage()->stage(), SignInXeroPage::Stage::SigningIn);
        EXPECT_FALSE(nextButton()->isEnabled());
    }

    SandboxSignInPages xeroPages() const { return SandboxSignInPages(xeroPage()->signInView()); }

    bool waitForXeroStage(SignInXeroPage::Stage stage) const
    {
        return waitUntil([&] { return xeroPage()->stage() == stage; }, webWaitMs);
    }

    std::string whatTheXeroPageSays() const
    {
        return (xeroPage()->message() + QStringLiteral(" | ") +
                xeroPage()->operationPanel()->sentence() + QStringLiteral(" | ") +
                xeroPage()->operationPanel()->details())
            .toStdString();
    }

    // Step 4 through the embedded view: Contoso Ltd found, the credential set on the dataset.
    void signInToXeroThroughTheView() const
    {
        ASSERT_TRUE(xeroPages().signInToXeroAndAllow({SandboxScenario::contosoLtdTenantId}));
        seeContosoLtdFoundAndPushed();
    }

    void seeContosoLtdFoundAndPushed() const
    {
        ASSERT_TRUE(waitForXeroStage(SignInXeroPage::Stage::Done)) << whatTheXeroPageSays();
        EXPECT_TRUE(xeroPage()->message().contains(QStringLiteral("Contoso Ltd found")))
            << whatTheXeroPageSays();
        EXPECT_TRUE(xeroPage()->message().contains(
            QStringLiteral("The new Xero sign-in was set on the dataset")))
            << whatTheXeroPageSays();
        EXPECT_EQ(session()->xero()->tenantId(), SandboxScenario::contosoLtdTenantId);
        ASSERT_TRUE(clickNext());
    }

    // Step 5, loaded: the schedule is off.
    void seeTheScheduleOff() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageSchedule));
        ASSERT_TRUE(waitUntil([&] { return schedulePage()->schedule().has_value(); }));
        ASSERT_TRUE(waitUntil([&] { return !schedulePage()->isBusy(); }));
        EXPECT_EQ(shownValue(schedulePage(), QStringLiteral("Scheduled refresh")),
                  QStringLiteral("Off"));
        EXPECT_TRUE(shownText(schedulePage()).contains(QStringLiteral("30 minutes")));
    }

    QPushButton *makeDailyButton() const
    {
        return buttonTitled(schedulePage(), QStringLiteral("Make it daily"));
    }

    // Step 5: Make it daily, confirmed by reading it back; Next.
    void makeTheScheduleDaily() const
    {
        seeTheScheduleOff();
        ASSERT_NE(makeDailyButton(), nullptr);
        makeDailyButton()->click();
        ASSERT_TRUE(waitUntil([&] {
            return !schedulePage()->isBusy() && schedulePage()->schedule() &&
                   schedulePage()->schedule()->isEnabled();
        })) << schedulePage()->operationPanel()->sentence().toStdString();
        EXPECT_TRUE(schedulePage()->schedule()->isDaily());
        EXPECT_EQ(shownValue(schedulePage(), QStringLiteral("Scheduled refresh")),
                  QStringLiteral("On"));
        EXPECT_EQ(shownValue(schedulePage(), QStringLiteral("Days")), QStringLiteral("Every day"));
        EXPECT_FALSE(makeDailyButton()->isVisible());
        ASSERT_TRUE(clickNext());
    }

    // Step 6 loaded: the refreshes left today shown, Refresh now ready.
    void seeRefreshNowReady() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageRefreshNow));
        ASSERT_TRUE(waitUntil([&] {
            return !shownValue(refreshPage(), QStringLiteral("Refreshes left today")).isEmpty() &&
                   !refreshPage()->isBusy();
        }));
        EXPECT_TRUE(shownValue(refreshPage(), QStringLiteral("Refreshes left today"))
                        .contains(QStringLiteral("left today")));
        EXPECT_TRUE(refreshPage()->refreshButton()->isEnabled());
        EXPECT_FALSE(nextButton()->isEnabled());
    }

    QString refreshStatusShown() const
    {
        return shownValue(refreshPage(), QStringLiteral("Refresh status"));
    }

    // Step 6: Refresh now runs until it ends with status; advance moves the sandbox on.
    void refreshNowUntil(const QString &status, const std::function<void()> &advance) const
    {
        refreshPage()->refreshButton()->click();
        ASSERT_TRUE(waitUntil([&] {
            return refreshStatusShown() == QStringLiteral("In progress");
        })) << refreshStatusShown().toStdString()
            << " | " << refreshPage()->operationPanel()->sentence().toStdString();
        EXPECT_FALSE(nextButton()->isEnabled());
        advance();
        ASSERT_TRUE(waitUntil([&] { return nextButton()->isEnabled(); }));
        EXPECT_EQ(refreshStatusShown(), status);
        ASSERT_TRUE(wizard()->lastRun().has_value());
        ASSERT_TRUE(wizard()->lastRun()->refresh.has_value());
        ASSERT_TRUE(clickNext());
    }

    // The finish page, loaded.
    void reachTheFinish() const
    {
        ASSERT_TRUE(waitForPage(RepairWizard::PageFinish));
        ASSERT_TRUE(waitUntil([&] { return !finishPage()->isBusy(); }));
    }

    void seeSuccess() const
    {
        reachTheFinish();
        EXPECT_TRUE(finishPage()->isSuccess());
        EXPECT_EQ(finishPage()->title(), QStringLiteral("Finished"));
        EXPECT_TRUE(shownText(finishPage()).contains(QStringLiteral("lasting Xero credential")))
            << shownText(finishPage()).toStdString();
        EXPECT_FALSE(shownText(finishPage()).contains(FinishPage::supportUrl().toString()));
        EXPECT_TRUE(wizard()->button(QWizard::FinishButton)->isVisible());
    }

    // The end of a repair through the temporary credential: the refresh completed, and the
    // finish says the repair is not finished, because the credential dies before the next
    // scheduled refresh.
    void seeNotFinishedBecauseTemporary() const
    {
        reachTheFinish();
        EXPECT_FALSE(finishPage()->isSuccess());
        EXPECT_EQ(finishPage()->title(), QStringLiteral("Not finished yet"));
        // What is left shows on the next turn of the event loop.
        EXPECT_TRUE(waitUntil([&] {
            return shownText(finishPage()).contains(QStringLiteral("temporary one"));
        })) << shownText(finishPage()).toStdString();
        const QString text = shownText(finishPage());
        EXPECT_TRUE(text.contains(QStringLiteral("will fail"))) << text.toStdString();
    }

private:
    WizardGetter m_wizard;
};
