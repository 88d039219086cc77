#include "signinxeropage.h"

#include "operationpanel.h"
#include "refreshpresentation.h"
#include "refreshrunner.h"
#include "repairwizard.h"
#include "signinprofile.h"
#include "signinview.h"
#include "xerosigninflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

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
                               RefreshRunner *runner, SignInProfile *profile, QWidget *parent)
    : RepairPage(operations, parent)
    , m_xero(xero)
    , m_runner(runner)
    , m_profile(profile)
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
    m_resultPanel = createResultPanel();
    m_choicePanel = createChoicePanel();
    m_cancelledPanel = createCancelledPanel();
    m_browserPanel = createBrowserPanel();
    m_stack = new QStackedWidget(this);
    for (QWidget *panel :
         {m_viewHolder, m_resultPanel, m_choicePanel, m_cancelledPanel, m_browserPanel})
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

QWidget *SignInXeroPage::createResultPanel()
{
    m_found = plainLabel(this);
    m_found->setAccessibleName(tr("Organisation check"));
    m_pushed = plainLabel(this);
    m_pushed->setAccessibleName(tr("Credentials of the dataset"));
    QFont larger = m_found->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_found->setFont(larger);
    m_pushed->setFont(larger);
    m_anotherUser = new QPushButton(tr("Sign in with another &Xero user"), this);
    m_anotherUser->setAccessibleName(tr("Sign in with another Xero user"));
    connect(m_anotherUser, &QPushButton::clicked, this, &SignInXeroPage::startSignIn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherUser);
    buttons->addStretch();
    QWidget *panel = column(this, {m_found, m_pushed});
    auto *layout = static_cast<QVBoxLayout *>(panel->layout());
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(1);
    return panel;
}

QWidget *SignInXeroPage::createChoicePanel()
{
    m_choiceSentence = plainLabel(this);
    m_choiceSentence->setAccessibleName(tr("Organisation check"));
    m_organisations = new QListWidget(this);
    m_organisations->setAccessibleName(tr("Organisations this Xero sign-in reached"));
    m_organisations->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *listLabel = new QLabel(tr("&Organisations:"), this);
    listLabel->setBuddy(m_organisations);
    m_useOrganisation = new QPushButton(tr("&Use this organisation"), this);
    m_useOrganisation->setAccessibleName(tr("Use the selected organisation"));
    m_useOrganisation->setEnabled(false);
    m_choiceSignInAgain = new QPushButton(tr("Sign in &again with another Xero user"), this);
    m_choiceSignInAgain->setAccessibleName(tr("Sign in again with another Xero user"));
    auto *orBack = plainLabel(this);
    orBack->setText(tr("Or press Back to correct the organisation name."));

    connect(m_organisations, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_useOrganisation->setEnabled(current); });
    connect(m_organisations, &QListWidget::itemActivated, this,
            &SignInXeroPage::useChosenOrganisation);
    connect(m_useOrganisation, &QPushButton::clicked, this, &SignInXeroPage::useChosenOrganisation);
    connect(m_choiceSignInAgain, &QPushButton::clicked, this, &SignInXeroPage::startSignIn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useOrganisation);
    buttons->addWidget(m_choiceSignInAgain);
    buttons->addStretch();
    QWidget *panel = column(this, {m_choiceSentence, listLabel, m_organisations});
    auto *layout = static_cast<QVBoxLayout *>(panel->layout());
    layout->addLayout(buttons);
    layout->addWidget(orBack);
    layout->addStretch(1);
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

QWidget *SignInXeroPage::createBrowserPanel()
{
    m_browserSentence = plainLabel(this);
    m_browserSentence->setAccessibleName(tr("Sign-in in the web browser"));
    QFont larger = m_browserSentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_browserSentence->setFont(larger);
    m_continueInBrowser = new QPushButton(tr("Continue in my &web browser"), this);
    m_continueInBrowser->setAccessibleName(tr("Continue the Xero sign-in in my web browser"));
    m_continueInBrowser->setDefault(true);
    m_openBrowserAgain = new QPushButton(tr("&Open the web browser again"), this);
    m_openBrowserAgain->setAccessibleName(tr("Open Xero's sign-in in the web browser again"));
    m_cancelBrowser = new QPushButton(tr("&Cancel"), this);
    m_cancelBrowser->setAccessibleName(tr("Cancel the Xero sign-in"));
    connect(m_continueInBrowser, &QPushButton::clicked, this, &SignInXeroPage::continueInBrowser);
    connect(m_openBrowserAgain, &QPushButton::clicked, this, [this] {
        if (m_view && m_browserAuthorizeUrl.isValid())
            m_view->openInBrowser(m_browserAuthorizeUrl);
    });
    // While the browser's answer is awaited, the operation panel's Cancel ends the wait.
    connect(m_cancelBrowser, &QPushButton::clicked, this, &SignInXeroPage::showCancelled);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continueInBrowser);
    buttons->addWidget(m_openBrowserAgain);
    buttons->addWidget(m_cancelBrowser);
    buttons->addStretch();
    QWidget *panel = column(this, {m_browserSentence});
    auto *layout = static_cast<QVBoxLayout *>(panel->layout());
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(1);
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
        m_view = new SignInView(m_profile, m_viewHolder);
        m_viewHolder->layout()->addWidget(m_view);
        connect(m_view, &SignInView::redirectReached, this, &SignInXeroPage::onRedirectReached);
        connect(m_view, &SignInView::cancelled, this, &SignInXeroPage::showCancelled);
        connect(m_view, &SignInView::browserOnlyPageReached, this, &SignInXeroPage::offerBrowser);
        connect(m_view, &SignInView::errorPageShown, this, &SignInXeroPage::onXeroErrorPage);
    }
    if (needsNewSignIn())
        startSignIn();
}

QString SignInXeroPage::message() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_resultPanel)
        return m_pushed->isVisible() ? m_found->text() + QLatin1Char('\n') + m_pushed->text()
                                     : m_found->text();
    if (shown == m_choicePanel)
        return m_choiceSentence->text();
    if (shown == m_cancelledPanel)
        return m_cancelledNote->text();
    if (shown == m_browserPanel)
        return m_browserSentence->text();
    return {};
}

QString SignInXeroPage::grantWarning() const
{
    return m_grantWarning->isVisible() ? m_grantWarning->text() : QString();
}

QPushButton *SignInXeroPage::signInAgainButton() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_choicePanel)
        return m_choiceSignInAgain;
    if (shown == m_cancelledPanel)
        return m_cancelledSignInAgain;
    return m_anotherUser;
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
    m_browserSentence->setText(
        tr("Signing in with %1 does not work inside this program: its page refuses embedded "
           "browsers. Continue in your web browser: the assistant opens Xero's sign-in there. "
           "Sign in with %1 again, tick “%2” and allow access; the assistant carries on by itself "
           "when Xero answers.")
            .arg(m_xero->browserOnlySignInName(browserOnlyPage), organisationName()));
    m_continueInBrowser->show();
    m_cancelBrowser->show();
    m_openBrowserAgain->hide();
    m_stack->setCurrentWidget(m_browserPanel);
    setStage(Stage::InBrowser);
    setIdle();
    m_continueInBrowser->setFocus();
}

void SignInXeroPage::continueInBrowser()
{
    const Result<QUrl> started = m_xero->beginInBrowser();
    if (!started)
        return fail(Stage::SigningIn, started.error());
    m_browserAuthorizeUrl = started.value();
    m_browserSentence->setText(
        tr("Your web browser shows Xero's sign-in. Sign in there, tick “%1” and allow access: the "
           "assistant carries on by itself when Xero answers. If no browser window opened, use "
           "Open the web browser again.")
            .arg(organisationName()));
    m_continueInBrowser->hide();
    m_cancelBrowser->hide();
    m_openBrowserAgain->show();
    setBusy(tr("Waiting for the Xero sign-in in your web browser…"));
    m_view->openInBrowser(m_browserAuthorizeUrl);
    m_xero->waitForBrowser(this, [this](const Result<QUrl> &answer) { onBrowserAnswer(answer); });
    m_openBrowserAgain->setFocus();
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
    QStringList names;
    m_organisations->clear();
    for (const XeroConnection &organisation : offered) {
        names << organisation.tenantName();
        auto *item = new QListWidgetItem(organisation.tenantName(), m_organisations);
        item->setData(Qt::UserRole, organisation.tenantId());
    }
    if (offered.size() == 1)
        m_organisations->setCurrentRow(0);

    if (offered.isEmpty())
        m_choiceSentence->setText(tr("This Xero sign-in gave access to no organisation. Sign in "
                                     "again and tick “%1” on Xero's page.")
                                      .arg(m_checkedName));
    else if (several)
        m_choiceSentence->setText(tr("Several organisations are called “%1”. Choose the one the "
                                     "dataset reads.")
                                      .arg(m_checkedName));
    else
        m_choiceSentence->setText(tr("No organisation called “%1” was found; this sign-in gave "
                                     "access to: %2. Choose the one the dataset reads, or sign in "
                                     "again with another Xero user.")
                                      .arg(m_checkedName, QLocale().createSeparatedList(names)));
    fitListToItems();
    m_organisations->setVisible(!offered.isEmpty());
    m_useOrganisation->setVisible(!offered.isEmpty());
    m_stack->setCurrentWidget(m_choicePanel);
    setStage(Stage::Choosing);
    setIdle();
    m_organisations->setFocus();
}

// As tall as its few names (a handful at most), so that the buttons stay next to them.
void SignInXeroPage::fitListToItems()
{
    constexpr int mostRowsShown = 8;
    const int rows = std::clamp(static_cast<int>(m_organisations->count()), 2, mostRowsShown);
    const int rowHeight = std::max(m_organisations->sizeHintForRow(0), fontMetrics().height());
    m_organisations->setMaximumHeight(rows * rowHeight + 2 * m_organisations->frameWidth() +
                                      fontMetrics().height() / 2);
}

void SignInXeroPage::useChosenOrganisation()
{
    const QListWidgetItem *item = m_organisations->currentItem();
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
    m_found->setText(tr("%1 found in Xero.").arg(m_chosenName));
    m_pushed->hide();
    m_stack->setCurrentWidget(m_resultPanel);
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
    m_pushed->setText(tr("The new Xero sign-in was set on the dataset."));
    m_pushed->show();
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
