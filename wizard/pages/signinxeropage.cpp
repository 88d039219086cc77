#include "signinxeropage.h"

#include "operationpanel.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "repairwizard.h"
#include "signinbrowser.h"
#include "signinresultpanel.h"
#include "webcontent.h"
#include "xerosigninflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Names come from the user and from Xero: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Whether two typed names are the same for Xero's check, which ignores case and spacing.
bool sameName(const QString &a, const QString &b)
{
    return QString::compare(a.simplified(), b.simplified(), Qt::CaseInsensitive) == 0;
}

QWidget *column(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets) {
        widget->setParent(panel);
        layout->addWidget(widget);
    }
    return panel;
}

} // namespace

SignInXeroPage::SignInXeroPage(OperationTracker *operations, XeroSignInFlow *xero,
                               RefreshRunner *runner, WebContent *webContent, QWidget *parent)
    : RepairPage(operations, parent)
    , m_xero(xero)
    , m_runner(runner)
    , m_webContent(webContent)
{
    setTitle(tr("Sign in with Xero"));
    setSubTitle(tr("Step 4, the temporary way: this program signs in to Xero and gives Power BI "
                   "a credential that works for 30 minutes."));

    m_intro = plainLabel(this);
    m_grantWarning = plainLabel(this);
    m_grantWarning->setAccessibleName(tr("When this Xero sign-in expires"));
    m_grantWarning->hide();

    m_viewHolder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(m_viewHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_result = createResultPanel();
    m_choice = createChoicePanel();
    m_cancelledPanel = createCancelledPanel();
    m_browser = createBrowserPanel();
    m_stack = new QStackedWidget(this);
    for (QWidget *panel :
         QList<QWidget *>{m_viewHolder, m_result, m_choice, m_cancelledPanel, m_browser})
        m_stack->addWidget(panel);

    auto *ownerNote = plainLabel(this);
    ownerNote->setText(tr("Only the dataset's owner can set its Xero sign-in. Go back to step 2, "
                          "Settings for Xero, and choose Take over; then sign in with Xero "
                          "again."));
    m_goToSettings = new QPushButton(tr("Go to &Settings for Xero"), this);
    m_goToSettings->setAccessibleName(tr("Go back to step 2, Settings for Xero, to take over"));
    connect(m_goToSettings, &QPushButton::clicked, this, &SignInXeroPage::goToXeroSettings);
    auto *hintButtons = new QHBoxLayout;
    hintButtons->addWidget(m_goToSettings);
    hintButtons->addStretch();
    m_ownerHint = column(this, {ownerNote});
    static_cast<QVBoxLayout *>(m_ownerHint->layout())->addLayout(hintButtons);
    m_ownerHint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_grantWarning);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_ownerHint);
    layout->addWidget(operationPanel());
}

// The words are the page's, so that they keep its translation context.
SignInResultPanel *SignInXeroPage::createResultPanel()
{
    auto *panel =
        new SignInResultPanel({.foundName = tr("Organisation check"),
                               .pushedName = tr("Credentials of the dataset"),
                               .anotherUserButton = tr("Sign in with another &Xero user"),
                               .anotherUserButtonName = tr("Sign in with another Xero user")},
                              this);
    connect(panel, &SignInResultPanel::anotherUserRequested, this, &SignInXeroPage::startSignIn);
    return panel;
}

// The words are the page's, so that they keep its translation context.
OrganisationChoicePanel *SignInXeroPage::createChoicePanel()
{
    auto *panel = new OrganisationChoicePanel(
        {.sentenceName = tr("Organisation check"),
         .listName = tr("Organisations this Xero sign-in reached"),
         .listLabel = tr("&Organisations:"),
         .useButton = tr("&Use this organisation"),
         .useButtonName = tr("Use the selected organisation"),
         .signInAgainButton = tr("Sign in &again with another Xero user"),
         .signInAgainButtonName = tr("Sign in again with another Xero user"),
         .orBack = tr("Or press Back to correct the organisation name.")},
        this);
    connect(panel, &OrganisationChoicePanel::useRequested, this,
            &SignInXeroPage::useChosenOrganisation);
    connect(panel, &OrganisationChoicePanel::signInAgainRequested, this,
            &SignInXeroPage::startSignIn);
    return panel;
}

QWidget *SignInXeroPage::createCancelledPanel()
{
    m_cancelledNote = plainLabel(this);
    m_cancelledNote->setText(tr("Xero sign-in cancelled: nothing was changed."));
    m_cancelledNote->setAccessibleName(tr("Xero sign-in cancelled"));
    m_cancelledSignInAgain = new QPushButton(tr("Sign in &again"), this);
    m_cancelledSignInAgain->setAccessibleName(tr("Sign in with Xero again"));
    connect(m_cancelledSignInAgain, &QPushButton::clicked, this, &SignInXeroPage::startSignIn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelledSignInAgain);
    buttons->addStretch();
    QWidget *panel = column(this, {m_cancelledNote});
    auto *layout = static_cast<QVBoxLayout *>(panel->layout());
    layout->addLayout(buttons);
    layout->addStretch(1);
    return panel;
}

// The words are the page's, so that they keep its translation context.
BrowserSignInPanel *SignInXeroPage::createBrowserPanel()
{
    auto *panel = new BrowserSignInPanel(
        {.sentenceName = tr("Sign-in in the web browser"),
         .continueButton = tr("Continue in my &web browser"),
         .continueButtonName = tr("Continue the Xero sign-in in my web browser"),
         .openAgainButton = tr("&Open the web browser again"),
         .openAgainButtonName = tr("Open Xero's sign-in in the web browser again"),
         .cancelButton = tr("&Cancel"),
         .cancelButtonName = tr("Cancel the Xero sign-in")},
        this);
    connect(panel, &BrowserSignInPanel::continueRequested, this,
            &SignInXeroPage::continueInBrowser);
    connect(panel, &BrowserSignInPanel::openAgainRequested, this, [this] {
        if (m_view && m_browserAuthorizeUrl.isValid())
            m_view->openInBrowser(m_browserAuthorizeUrl);
    });
    // While the browser's answer is awaited, the operation panel's Cancel ends the wait.
    connect(panel, &BrowserSignInPanel::cancelRequested, this, &SignInXeroPage::showCancelled);
    return panel;
}

// The view is made here, the first time only: coming back (Back, then Next) keeps it and its
// sign-in, and starts a new one only when there is none or the name to check has changed.
void SignInXeroPage::initializePage()
{
    RepairPage::initializePage();
    m_intro->setText(tr("Sign in with the Xero user who can open “%1”. On Xero's page, tick "
                        "that organisation and allow access.")
                         .arg(organisationName()));
    if (!m_view) {
        m_view = m_webContent->createSignInBrowser(m_viewHolder);
        m_viewHolder->layout()->addWidget(m_view);
        connect(m_view, &SignInBrowser::redirectReached, this, &SignInXeroPage::onRedirectReached);
        connect(m_view, &SignInBrowser::cancelled, this, &SignInXeroPage::showCancelled);
        connect(m_view, &SignInBrowser::browserOnlyPageReached, this,
                &SignInXeroPage::offerBrowser);
        connect(m_view, &SignInBrowser::errorPageShown, this, &SignInXeroPage::onXeroErrorPage);
    }
    if (needsNewSignIn())
        startSignIn();
}

QString SignInXeroPage::message() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_result)
        return m_result->text();
    if (shown == m_choice)
        return m_choice->sentence();
    if (shown == m_cancelledPanel)
        return m_cancelledNote->text();
    if (shown == m_browser)
        return m_browser->sentence();
    return {};
}

QString SignInXeroPage::grantWarning() const
{
    return m_grantWarning->isVisible() ? m_grantWarning->text() : QString();
}

QPushButton *SignInXeroPage::signInAgainButton() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_choice)
        return m_choice->signInAgainButton();
    if (shown == m_cancelledPanel)
        return m_cancelledSignInAgain;
    return m_result->anotherUserButton();
}

bool SignInXeroPage::isReady() const
{
    return m_stage == Stage::Done;
}

void SignInXeroPage::retry()
{
    switch (m_failedStage) {
    case Stage::Pushing:
        return pushCredentials();
    case Stage::Choosing:
        return useChosenOrganisation();
    default:
        // A sign-in answer is spent once redeemed: what failed before needs a new sign-in.
        return startSignIn();
    }
}

QString SignInXeroPage::organisationName() const
{
    return field(RepairWizard::organisationField()).toString().trimmed();
}

bool SignInXeroPage::needsNewSignIn() const
{
    switch (m_stage) {
    case Stage::NotStarted:
        return true;
    case Stage::SigningIn:
    case Stage::InBrowser:
    case Stage::Checking:
    case Stage::Pushing:
    case Stage::Cancelled:
        return false;
    case Stage::Choosing:
    case Stage::Done:
    case Stage::Failed:
        break;
    }
    return !sameName(m_checkedName, organisationName());
}

void SignInXeroPage::startSignIn()
{
    showOwnerHint(false);
    m_grantWarning->hide();
    m_chosenName.clear();
    m_checkedName = organisationName();
    m_stack->setCurrentWidget(m_viewHolder);
    const QUrl authorizeUrl = m_xero->begin();
    if (authorizeUrl.isEmpty())
        return fail(Stage::SigningIn,
                    ApiError::http(ApiError::Service::Xero, 0, QStringLiteral("SignInNotSetUp"),
                                   tr("Signing in to Xero is not set up in this program.")));
    setStage(Stage::SigningIn);
    setIdle();
    m_view->start(authorizeUrl, m_xero->redirectUri(), m_xero->signInHosts(),
                  m_xero->browserOnlyHosts());
    m_view->setFocus();
}

void SignInXeroPage::offerBrowser(const QUrl &browserOnlyPage)
{
    m_browserAuthorizeUrl.clear();
    m_browser->showOffer(
        tr("Signing in with %1 does not work inside this program: its page refuses embedded "
           "browsers. Continue in your web browser: the assistant opens Xero's sign-in there. "
           "Sign in with %1 again, tick “%2” and allow access; the assistant carries on by itself "
           "when Xero answers.")
            .arg(m_xero->browserOnlySignInName(browserOnlyPage), organisationName()));
    m_stack->setCurrentWidget(m_browser);
    setStage(Stage::InBrowser);
    setIdle();
    m_browser->continueButton()->setFocus();
}

void SignInXeroPage::continueInBrowser()
{
    const Result<QUrl> started = m_xero->beginInBrowser();
    if (!started)
        return fail(Stage::SigningIn, started.error());
    m_browserAuthorizeUrl = started.value();
    m_browser->showWaiting(
        tr("Your web browser shows Xero's sign-in. Sign in there, tick “%1” and allow access: the "
           "assistant carries on by itself when Xero answers. If no browser window opened, use "
           "Open the web browser again.")
            .arg(organisationName()));
    setBusy(tr("Waiting for the Xero sign-in in your web browser…"));
    m_view->openInBrowser(m_browserAuthorizeUrl);
    m_xero->waitForBrowser(this, [this](const Result<QUrl> &answer) { onBrowserAnswer(answer); });
    m_browser->openAgainButton()->setFocus();
}

void SignInXeroPage::onBrowserAnswer(const Result<QUrl> &answer)
{
    if (!answer && answer.error().kind() == ApiError::Kind::Cancelled)
        return showCancelled();
    if (!answer)
        return fail(Stage::SigningIn, answer.error());
    // From here on, exactly as if the view had caught it.
    onRedirectReached(answer.value());
}

// Xero's own error screen in the view: the flow says what it means, if it knows.
void SignInXeroPage::onXeroErrorPage(int httpStatus, const QString &pageText)
{
    if (m_stage != Stage::SigningIn)
        return;
    if (const std::optional<ApiError> error = m_xero->errorShownByXero(httpStatus, pageText))
        fail(Stage::SigningIn, *error);
}

void SignInXeroPage::onRedirectReached(const QUrl &url)
{
    setStage(Stage::Checking);
    m_checkedName = organisationName();
    setBusy(tr("Checking the Xero sign-in…"));
    m_xero->complete(url, m_checkedName, this, [this](const Result<XeroSignInOutcome> &checked) {
        onSignInChecked(checked);
    });
}

void SignInXeroPage::onSignInChecked(const Result<XeroSignInOutcome> &checked)
{
    // access_denied at Xero's page comes back as Cancelled, like Cancel pressed while checking.
    if (!checked && checked.error().kind() == ApiError::Kind::Cancelled)
        return showCancelled();
    if (!checked)
        return fail(Stage::SigningIn, checked.error());
    if (checked.value().needsChoice())
        return offerChoice(checked.value());
    m_chosenName = checked.value().chosen.tenantName();
    pushCredentials();
}

void SignInXeroPage::offerChoice(const XeroSignInOutcome &outcome)
{
    const bool several = outcome.outcome == OrganisationMatcher::Outcome::Several;
    const QList<XeroConnection> offered = several ? outcome.matches : outcome.candidates;
    m_choice->offer(offered, choiceSentence(offered, several));
    m_stack->setCurrentWidget(m_choice);
    setStage(Stage::Choosing);
    setIdle();
    m_choice->organisationList()->setFocus();
}

QString SignInXeroPage::choiceSentence(const QList<XeroConnection> &offered, bool several) const
{
    if (offered.isEmpty())
        return tr("This Xero sign-in gave access to no organisation. Sign in "
                  "again and tick “%1” on Xero's page.")
            .arg(m_checkedName);
    if (several)
        return tr("Several organisations are called “%1”. Choose the one the "
                  "dataset reads.")
            .arg(m_checkedName);
    QStringList names;
    for (const XeroConnection &organisation : offered)
        names << organisation.tenantName();
    return tr("No organisation called “%1” was found; this sign-in gave "
              "access to: %2. Choose the one the dataset reads, or sign in "
              "again with another Xero user.")
        .arg(m_checkedName, QLocale().createSeparatedList(names));
}

void SignInXeroPage::useChosenOrganisation()
{
    const QListWidgetItem *item = m_choice->chosen();
    if (!item || isBusy())
        return;
    const QString name = item->text();
    setStage(Stage::Choosing);
    setBusy(tr("Keeping the Xero sign-in for %1…").arg(name));
    m_xero->chooseOrganisation(
        item->data(Qt::UserRole).toString(), this,
        [this, name](const Result<Done> &chosen) { onOrganisationChosen(name, chosen); });
}

void SignInXeroPage::onOrganisationChosen(const QString &name, const Result<Done> &chosen)
{
    if (!chosen)
        return fail(Stage::Choosing, chosen.error());
    m_chosenName = name;
    pushCredentials();
}

void SignInXeroPage::pushCredentials()
{
    showOwnerHint(false);
    m_result->showFound(tr("%1 found in Xero.").arg(m_chosenName));
    m_stack->setCurrentWidget(m_result);
    updateGrantWarning();
    setStage(Stage::Pushing);
    setBusy(tr("Setting the new Xero sign-in on the dataset…"));
    m_runner->pushCredentials(this, [this](const Result<bool> &pushed) { onPushed(pushed); });
}

void SignInXeroPage::onPushed(const Result<bool> &pushed)
{
    // A push uses the grant, which moves its expiry on.
    updateGrantWarning();
    if (!pushed) {
        showOwnerHint(CredentialPush::isNotOwner(pushed.error()));
        return fail(Stage::Pushing, pushed.error());
    }
    if (!pushed.value()) {
        m_failedStage = Stage::Pushing;
        setStage(Stage::Failed);
        setIdle(tr("Nothing was set: this dataset has no Xero data source."));
        return;
    }
    m_result->showPushed(tr("The new Xero sign-in was set on the dataset."));
    setStage(Stage::Done);
    setIdle();
}

void SignInXeroPage::showCancelled()
{
    m_stack->setCurrentWidget(m_cancelledPanel);
    setStage(Stage::Cancelled);
    setIdle();
    m_cancelledSignInAgain->setFocus();
}

void SignInXeroPage::fail(Stage failedStage, const ApiError &error)
{
    m_failedStage = failedStage;
    setStage(Stage::Failed);
    showError(error);
}

void SignInXeroPage::showOwnerHint(bool show)
{
    const bool reachable =
        wizard() && wizard()->visitedIds().contains(RepairWizard::PageXeroSettings);
    m_goToSettings->setVisible(reachable);
    m_ownerHint->setVisible(show);
}

// Back through the pages already walked, the way the user would, so that each page cleans up.
void SignInXeroPage::goToXeroSettings()
{
    QWizard *frame = wizard();
    while (frame && frame->currentId() != RepairWizard::PageXeroSettings &&
           frame->visitedIds().contains(RepairWizard::PageXeroSettings)) {
        const int before = frame->currentId();
        frame->back();
        if (frame->currentId() == before)
            return;
    }
}

void SignInXeroPage::updateGrantWarning()
{
    const QDateTime expires = m_xero->grantExpiresAt();
    m_grantWarning->setVisible(expires.isValid());
    if (!expires.isValid())
        return;
    // Two lifetimes not to mix up: the credential Power BI gets, and this program's grant.
    m_grantWarning->setText(
        tr("The credential this gives Power BI works for 30 minutes only. This program's own Xero "
           "sign-in, which makes it, is forgotten by Xero if it is not used before %1.")
            .arg(RefreshPresentation::localTime(expires)));
}

void SignInXeroPage::setStage(Stage stage)
{
    m_stage = stage;
    readinessChanged();
}
