#include "signinview.h"

#include "signinlogging.h"
#include "signinprofile.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineView>

// Chromium's net::ERR_ABORTED: a navigation stopped on purpose (the redirect caught, a link sent
// to the browser, the user pressing Stop), not a failure to report.
static constexpr int abortedNavigationError = -3;

SignInView::SignInView(SignInProfile *profile, QWidget *parent)
    : SignInBrowser(parent)
    , m_profile(profile)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Loading the sign-in page"));
    m_progress->hide();

    m_placeholder = new QWidget(this);
    m_errorPanel = createErrorPanel();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_errorPanel);

    m_cancelButton = new QPushButton(tr("Cancel sign-in"), this);
    m_cancelButton->setAccessibleName(tr("Cancel sign-in"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInView::cancel);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 8, 8, 8);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    if (m_profile)
        connect(m_profile, &SignInProfile::aboutToBeDestroyed, this, &SignInView::releasePage);
}

SignInView::~SignInView()
{
    // The page must go before the profile it was made on, and the view before its page.
    releasePage();
}

QWidget *SignInView::createErrorPanel()
{
    auto *panel = new QWidget(this);
    m_errorMessage = new QLabel(panel);
    m_errorMessage->setWordWrap(true);
    QFont larger = m_errorMessage->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_errorMessage->setFont(larger);
    m_errorMessage->setAccessibleName(tr("Sign-in problem"));

    m_retryButton = new QPushButton(tr("&Retry"), panel);
    m_retryButton->setAccessibleName(tr("Retry loading the sign-in page"));
    m_retryButton->setDefault(true);
    connect(m_retryButton, &QPushButton::clicked, this, &SignInView::retry);

    m_detailsButton = new QPushButton(tr("Show &details"), panel);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show the technical details"));
    connect(m_detailsButton, &QPushButton::toggled, this, &SignInView::setDetailsVisible);

    m_errorDetails = new QLabel(panel);
    m_errorDetails->setWordWrap(true);
    m_errorDetails->setTextFormat(Qt::PlainText);
    m_errorDetails->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_errorDetails->setAccessibleName(tr("Technical details"));
    m_errorDetails->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_detailsButton);
    buttons->addStretch();

    // A readable column in the middle of the space the page had, not a line in its corner.
    auto *column = new QWidget(panel);
    column->setMaximumWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_errorMessage);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);
    columnLayout->addWidget(m_errorDetails);

    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(column, 1);
    centred->addStretch();

    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
    return panel;
}

void SignInView::start(const QUrl &authorizeUrl, const QUrl &redirectUri,
                       const QStringList &signInHosts, const QStringList &browserOnlyHosts)
{
    m_authorizeUrl = authorizeUrl;
    m_policy = SignInNavigationPolicy(redirectUri, signInHosts, browserOnlyHosts);
    m_policy.allowHost(authorizeUrl.adjusted(QUrl::RemoveUserInfo).authority());
    if (!SignInNavigationPolicy::isSecureEnough(authorizeUrl)) {
        showError(tr("The sign-in address is not secure, so it was not opened."),
                  SignInNavigationPolicy::forDisplay(authorizeUrl));
        return;
    }
    ensureWebView();
    if (!m_page) {
        showError(tr("The sign-in page cannot be shown right now."),
                  QStringLiteral("The web profile is gone."));
        return;
    }
    loadAuthorizePage();
}

void SignInView::setExternalOpener(SignInBrowser::UrlOpener opener)
{
    m_externalOpener = std::move(opener);
    if (m_page)
        m_page->setExternalOpener(m_externalOpener);
}

void SignInView::openInBrowser(const QUrl &url)
{
    qCInfo(lcSignInView).noquote()
        << "Opening" << SignInNavigationPolicy::forDisplay(url) << "in the system browser";
    if (m_externalOpener)
        m_externalOpener(url);
    else
        QDesktopServices::openUrl(url);
}

bool SignInView::isShowingError() const
{
    return m_state == State::Failed;
}

QString SignInView::errorMessage() const
{
    return isShowingError() ? m_errorMessage->text() : QString();
}

void SignInView::ensureWebView()
{
    if (m_webView || !m_profile)
        return;
    m_page = new SignInPage(m_profile->webProfile(), this);
    if (m_externalOpener)
        m_page->setExternalOpener(m_externalOpener);
    m_webView = new QWebEngineView(m_page, m_stack);
    m_webView->setAccessibleName(tr("Sign-in page"));
    m_webView->setContextMenuPolicy(Qt::NoContextMenu);
    m_stack->addWidget(m_webView);

    connect(m_page, &QWebEnginePage::loadingChanged, this, &SignInView::onLoadingChanged);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &SignInPage::redirectReached, this, &SignInView::onRedirectReached);
    connect(m_page, &SignInPage::browserOnlyPageReached, this,
            &SignInView::onBrowserOnlyPageReached);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRenderProcessTerminated(status, exitCode);
            });
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, [this] {
        showError(tr("The sign-in page was closed."), QStringLiteral("window.close() was called."));
    });
    connect(m_page, &SignInPage::navigationRefused, this, [this](const QUrl &url) {
        showError(tr("The sign-in page tried to open an address that is not secure."),
                  SignInNavigationPolicy::forDisplay(url));
    });
    connect(m_page, &SignInPage::certificateRejected, this, [this](const QUrl &url) {
        showError(tr("The identity of the sign-in site could not be verified, so the page was "
                     "not shown."),
                  QStringLiteral("Certificate rejected for %1")
                      .arg(SignInNavigationPolicy::forDisplay(url)));
    });
}

void SignInView::releasePage()
{
    delete m_webView;
    m_webView = nullptr;
    delete m_page;
    m_page = nullptr;
}

void SignInView::loadAuthorizePage()
{
    qCInfo(lcSignInView).noquote()
        << "Loading the sign-in page" << SignInNavigationPolicy::forDisplay(m_authorizeUrl);
    m_page->setNavigationPolicy(m_policy);
    m_state = State::Loading;
    m_stack->setCurrentWidget(m_webView);
    setLoadingIndicator(true);
    m_page->load(m_authorizeUrl);
}

void SignInView::retry()
{
    if (m_state == State::Finished || m_authorizeUrl.isEmpty() || !m_page)
        return;
    // From the start again: the authorize URL is always a valid first step, a failed form post
    // is not worth resending.
    loadAuthorizePage();
}

void SignInView::cancel()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    setLoadingIndicator(false);
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
    qCInfo(lcSignInView) << "Sign-in cancelled by the user";
    Q_EMIT cancelled();
}

void SignInView::closeEvent(QCloseEvent *event)
{
    cancel();
    event->accept();
}

void SignInView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        setLoadingIndicator(m_state != State::Finished);
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        setLoadingIndicator(false);
        if (m_state == State::Loading)
            m_state = State::Showing;
        // The keys go to the page, whose own first field then takes them: the user types the
        // e-mail address at once, as in a browser.
        if (m_state == State::Showing && isVisible())
            m_webView->setFocus(Qt::OtherFocusReason);
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        setLoadingIndicator(false);
        return;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        setLoadingIndicator(false);
        onLoadFailed(info);
        return;
    }
}

void SignInView::onLoadFailed(const QWebEngineLoadingInfo &info)
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    // An HTTP error with a body is the provider's own page: it says more than we could, and
    // its caller may know what it means.
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
        readErrorPage(info.errorCode());
        return;
    }
    if (info.errorCode() == abortedNavigationError)
        return;
    showError(tr("The sign-in page could not be loaded. Check the connection, then try again."),
              QStringLiteral("%1: %2 (%3)")
                  .arg(SignInNavigationPolicy::forDisplay(info.url()), info.errorString(),
                       QString::number(info.errorCode())));
}

void SignInView::onRedirectReached(const QUrl &url)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    setLoadingIndicator(false);
    Q_EMIT redirectReached(url);
}

void SignInView::onBrowserOnlyPageReached(const QUrl &url)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    setLoadingIndicator(false);
    Q_EMIT browserOnlyPageReached(url);
}

void SignInView::readErrorPage(int httpStatus)
{
    if (!m_page)
        return;
    // In a world of its own: the page's scripts cannot see or change this one.
    const QPointer<SignInView> self(this);
    m_page->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                          QWebEngineScript::ApplicationWorld,
                          [self, httpStatus](const QVariant &text) {
                              if (self && self->m_state != State::Finished)
                                  Q_EMIT self->errorPageShown(httpStatus, text.toString());
                          });
}

void SignInView::onRenderProcessTerminated(int status, int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus || m_state == State::Finished)
        return;
    showError(tr("The sign-in page stopped working."),
              QStringLiteral("The page's process ended (status %1, exit code %2).")
                  .arg(QString::number(status), QString::number(exitCode)));
}

void SignInView::showError(const QString &message, const QString &details)
{
    if (m_state == State::Finished)
        return;
    qCWarning(lcSignInView).noquote() << "Sign-in page problem:" << details;
    m_state = State::Failed;
    setLoadingIndicator(false);
    m_errorMessage->setText(message);
    m_errorDetails->setText(details);
    m_detailsButton->setChecked(false);
    m_stack->setCurrentWidget(m_errorPanel);
    m_retryButton->setEnabled(m_page != nullptr && !m_authorizeUrl.isEmpty());
    m_retryButton->setFocus();
    Q_EMIT failed(message);
}

void SignInView::setDetailsVisible(bool visible)
{
    m_errorDetails->setVisible(visible);
    m_detailsButton->setText(visible ? tr("Hide &details") : tr("Show &details"));
}

void SignInView::setLoadingIndicator(bool loading)
{
    m_progress->setVisible(loading);
    if (loading)
        m_progress->setValue(0);
}
