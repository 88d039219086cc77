#include "signinpowerbipage.h"

#include "microsoftsigninflow.h"
#include "operationpanel.h"
#include "signinbrowser.h"
#include "webcontent.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

SignInPowerBiPage::SignInPowerBiPage(OperationTracker *operations, MicrosoftSignInFlow *signIn,
                                     WebContent *webContent, QWidget *parent)
    : RepairPage(operations, parent)
    , m_signIn(signIn)
    , m_webContent(webContent)
{
    setTitle(tr("Sign in to Power BI"));
    setSubTitle(tr("Sign in with the Microsoft account that can edit the Xero dataset in "
                   "Power BI."));

    m_stack = new QStackedWidget(this);
    m_signedInPanel = createSignedInPanel();
    m_stoppedPanel = createStoppedPanel();
    m_stack->addWidget(m_stoppedPanel);
    m_stack->addWidget(m_signedInPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(operationPanel());

    // A sign-in or sign-out done elsewhere (a silent start, the status window) shows here too.
    connect(signIn, &MicrosoftSignInFlow::signedIn, this, &SignInPowerBiPage::onSignedInElsewhere);
    connect(signIn, &MicrosoftSignInFlow::signedOut, this, &SignInPowerBiPage::onSignedOut);
}

QWidget *SignInPowerBiPage::createSignedInPanel()
{
    auto *panel = new QWidget(this);
    m_accountLabel = new QLabel(panel);
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No accessible name of its own: a screen reader then reads the label's text, "Signed in as
    // ...", where a fixed name would hide who is signed in.

    m_anotherAccountButton = new QPushButton(tr("&Use another account"), panel);
    m_anotherAccountButton->setObjectName(QStringLiteral("useAnotherAccount"));
    m_anotherAccountButton->setAccessibleName(tr("Sign out and sign in with another account"));
    m_anotherAccountButton->setAutoDefault(false);
    connect(m_anotherAccountButton, &QPushButton::clicked, this,
            &SignInPowerBiPage::useAnotherAccount);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherAccountButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_accountLabel);
    layout->addLayout(buttons);
    layout->addStretch();
    return panel;
}

QWidget *SignInPowerBiPage::createStoppedPanel()
{
    auto *panel = new QWidget(this);
    m_stoppedLabel = new QLabel(panel);
    m_stoppedLabel->setWordWrap(true);
    m_stoppedLabel->setTextFormat(Qt::PlainText);
    m_stoppedLabel->setAccessibleName(tr("Sign-in state"));

    m_startAgainButton = new QPushButton(tr("&Sign in again"), panel);
    m_startAgainButton->setObjectName(QStringLiteral("signInAgain"));
    m_startAgainButton->setAccessibleName(tr("Start the Power BI sign-in again"));
    m_startAgainButton->setAutoDefault(false);
    connect(m_startAgainButton, &QPushButton::clicked, this, &SignInPowerBiPage::startSignIn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startAgainButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_stoppedLabel);
    layout->addLayout(buttons);
    layout->addStretch();
    return panel;
}

void SignInPowerBiPage::initializePage()
{
    RepairPage::initializePage();
    if (m_signIn->isSignedIn())
        showSignedIn();
    else if (m_state != State::SigningIn)
        startSignIn();
}

QString SignInPowerBiPage::accountText() const
{
    return m_state == State::SignedIn ? m_accountLabel->text() : QString();
}

QString SignInPowerBiPage::stoppedText() const
{
    return m_state == State::Stopped ? m_stoppedLabel->text() : QString();
}

bool SignInPowerBiPage::isReady() const
{
    return m_state == State::SignedIn && m_signIn->isSignedIn();
}

void SignInPowerBiPage::retry()
{
    startSignIn();
}

void SignInPowerBiPage::setState(State state)
{
    m_state = state;
    readinessChanged();
}

void SignInPowerBiPage::showSignedIn()
{
    const QString account = m_signIn->accountName();
    const QString name = m_signIn->displayName();
    m_accountLabel->setText(name.isEmpty() || name == account
                                ? tr("Signed in as %1").arg(account)
                                : tr("Signed in as %1 (%2)").arg(name, account));
    m_stack->setCurrentWidget(m_signedInPanel);
    setState(State::SignedIn);
}

void SignInPowerBiPage::showStopped(const QString &sentence, bool canStartAgain)
{
    m_stoppedLabel->setText(sentence);
    m_startAgainButton->setVisible(canStartAgain);
    m_stack->setCurrentWidget(m_stoppedPanel);
    setState(State::Stopped);
}

// The web engine starts here, on the first sign-in shown, not with the wizard. Each attempt
// gets a view of its own: a view whose attempt ended (redirect caught, cancelled) does not
// load a new sign-in page reliably, and a fresh one has no state left from the old attempt.
void SignInPowerBiPage::replaceSignInView()
{
    if (m_view) {
        m_view->disconnect(this);
        m_stack->removeWidget(m_view);
        m_view->hide();
        m_view->deleteLater();
    }
    m_view = m_webContent->createSignInBrowser(this);
    m_stack->addWidget(m_view);
    connect(m_view, &SignInBrowser::redirectReached, this, &SignInPowerBiPage::finishSignIn);
    connect(m_view, &SignInBrowser::cancelled, this, &SignInPowerBiPage::onSignInCancelled);
}

void SignInPowerBiPage::startSignIn()
{
    setIdle();
    const QUrl authorizeUrl = m_signIn->begin();
    if (authorizeUrl.isEmpty()) {
        showStopped(tr("Signing in to Power BI is not set up in this copy of the program: it "
                       "has no app registration to sign in with."),
                    false);
        return;
    }
    replaceSignInView();
    m_stack->setCurrentWidget(m_view);
    setState(State::SigningIn);
    m_view->start(authorizeUrl, m_signIn->redirectUri(), m_signIn->signInHosts());
    m_view->setFocus();
}

void SignInPowerBiPage::finishSignIn(const QUrl &redirect)
{
    setBusy(tr("Finishing the sign-in…"));
    m_signIn->complete(redirect, this, [this](Result<Done> done) {
        if (done) {
            setIdle();
            showSignedIn();
        } else if (done.error().kind() == ApiError::Kind::Cancelled) {
            // The user said no on Microsoft's page (access_denied), or pressed Cancel here.
            onSignInCancelled();
        } else {
            // The old attempt's form is spent: Retry (in the error strip) starts a new one.
            showStopped(tr("The sign-in did not finish."), false);
            showError(done.error());
        }
    });
}

void SignInPowerBiPage::onSignInCancelled()
{
    showStopped(tr("Power BI needs you to sign in before the dataset can be repaired."), true);
    setIdle(tr("Sign-in cancelled."));
    m_startAgainButton->setFocus();
}

void SignInPowerBiPage::useAnotherAccount()
{
    setBusy(tr("Signing out…"));
    m_signIn->signOut(this, [this](Result<Done> done) {
        // The account is signed out in any case; a keychain that kept the old token is worth
        // saying, next to the new sign-in.
        if (m_state != State::SigningIn)
            startSignIn();
        else
            setIdle();
        if (!done)
            showError(done.error(), false);
    });
}

void SignInPowerBiPage::onSignedInElsewhere()
{
    // During this page's own sign-in, finishSignIn's answer shows the account.
    if (!isBusy() && m_state != State::SignedIn)
        showSignedIn();
}

void SignInPowerBiPage::onSignedOut()
{
    if (m_state != State::SignedIn)
        return;
    // Signed out elsewhere while the page is on screen: straight to the sign-in. Otherwise (or
    // during "Use another account", which starts it itself) the page says so until then.
    if (isVisible() && !isBusy())
        startSignIn();
    else
        showStopped(tr("You are signed out of Power BI."), true);
}
