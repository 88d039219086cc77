#pragma once

#include "browsersigninpanel.h"
#include "organisationchoicepanel.h"
#include "repairpage.h"
#include "result.h"
#include "signinresultpanel.h"

#include <QPointer>
#include <QString>
#include <QUrl>

class XeroSignInFlow;
class RefreshRunner;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class WebContent;
class SignInBrowser;
struct XeroSignInOutcome;

// Step 4 of the documented procedure, Sign in with Xero: Xero's own pages in the embedded view
// (made the first time the page is shown, so that a repair that stops earlier never starts the
// web engine), then the organisation check against the name of step 3, then the credential push
// onto the dataset. When the name finds no organisation, or several, the user picks one of the
// organisations the sign-in reached, goes Back to the name, or signs in again. Next opens once
// the dataset has the new Xero sign-in.
//
// When Xero's page sends the user to a sign-in that refuses embedded browsers (Google, Apple),
// the page says so and offers to go on in the web browser; the answer the browser brings back
// to the program goes on exactly as one the view caught. Xero's own error screen for refused
// scopes is explained in a sentence that says what to change.
class SignInXeroPage : public RepairPage
{
    Q_OBJECT

public:
    // Where the page stands, for its tests.
    enum class Stage
    {
        NotStarted,
        SigningIn, // Xero's pages in the view
        InBrowser, // a browser-only page reached: going on (or offered to) in the web browser
        Checking,  // the caught answer redeemed and the organisation looked for
        Choosing,  // none or several organisations matched: the user picks
        Pushing,   // the new sign-in set on the dataset
        Done,
        Cancelled, // at Xero's page, or while checking: nothing changed
        Failed,    // the operation panel says why
    };

    // All must outlive the page.
    SignInXeroPage(OperationTracker *operations, XeroSignInFlow *xero, RefreshRunner *runner,
                   WebContent *webContent, QWidget *parent = nullptr);

    void initializePage() override;

    Stage stage() const { return m_stage; }
    // Null until the page is first shown.
    SignInBrowser *signInView() const { return m_view; }
    // What the page says above its buttons, whatever panel is shown.
    QString message() const;
    QString grantWarning() const;
    QListWidget *organisationList() const { return m_choice->organisationList(); }
    QPushButton *useOrganisationButton() const { return m_choice->useButton(); }
    QPushButton *signInAgainButton() const;
    // "Continue in my web browser", on the panel shown when the sign-in reached a page that
    // refuses the view.
    QPushButton *continueInBrowserButton() const { return m_browser->continueButton(); }

protected:
    bool isReady() const override;
    void retry() override;

private:
    SignInResultPanel *createResultPanel();
    OrganisationChoicePanel *createChoicePanel();
    QWidget *createCancelledPanel();
    BrowserSignInPanel *createBrowserPanel();
    QString organisationName() const;
    bool needsNewSignIn() const;
    void startSignIn();
    void onRedirectReached(const QUrl &url);
    void offerBrowser(const QUrl &browserOnlyPage);
    void continueInBrowser();
    void onBrowserAnswer(const Result<QUrl> &answer);
    void onXeroErrorPage(int httpStatus, const QString &pageText);
    void onSignInChecked(const Result<XeroSignInOutcome> &checked);
    void offerChoice(const XeroSignInOutcome &outcome);
    QString choiceSentence(const QList<XeroConnection> &offered, bool several) const;
    void useChosenOrganisation();
    void onOrganisationChosen(const QString &name, const Result<Done> &chosen);
    void pushCredentials();
    void onPushed(const Result<bool> &pushed);
    void showCancelled();
    void fail(Stage failedStage, const ApiError &error);
    void showOwnerHint(bool show);
    void goToXeroSettings();
    void updateGrantWarning();
    void setStage(Stage stage);

    XeroSignInFlow *m_xero;
    RefreshRunner *m_runner;
    WebContent *m_webContent;
    SignInBrowser *m_view = nullptr;
    Stage m_stage = Stage::NotStarted;
    // What failed last, so that Retry does that again.
    Stage m_failedStage = Stage::NotStarted;
    // The name the current sign-in is checked against: a new name on return means a new check.
    QString m_checkedName;
    QString m_chosenName;

    QLabel *m_intro = nullptr;
    QLabel *m_grantWarning = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_viewHolder = nullptr;
    SignInResultPanel *m_result = nullptr;
    OrganisationChoicePanel *m_choice = nullptr;
    QWidget *m_cancelledPanel = nullptr;
    QLabel *m_cancelledNote = nullptr;
    QPushButton *m_cancelledSignInAgain = nullptr;
    BrowserSignInPanel *m_browser = nullptr;
    QUrl m_browserAuthorizeUrl;
    QWidget *m_ownerHint = nullptr;
    QPushButton *m_goToSettings = nullptr;
};
