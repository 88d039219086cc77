#include "powerbipageview.h"

#include "credentialpopuppage.h"
#include "credentialpopupwindow.h"
#include "powerbiportalpage.h"
#include "signinlogging.h"
#include "signinprofile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

PowerBiPageView::PowerBiPageView(SignInProfile *profile, QWidget *parent)
    : PowerBiBrowser(parent)
    , m_profile(profile)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(fontMetrics().height() / 3);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading the Power BI page"));
    m_progress->hide();

    m_errorPanel = new QWidget(this);
    m_errorMessage = new QLabel(m_errorPanel);
    m_errorMessage->setWordWrap(true);
    m_errorMessage->setAccessibleName(tr("Why the Power BI page is not shown"));
    auto *retry = new QPushButton(tr("&Try again"), m_errorPanel);
    retry->setObjectName(QStringLiteral("reloadPowerBiPage"));
    connect(retry, &QPushButton::clicked, this, &PowerBiPageView::reload);
    auto *errorLayout = new QHBoxLayout(m_errorPanel);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorMessage, 1);
    errorLayout->addWidget(retry, 0, Qt::AlignTop);
    m_errorPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorPanel);
    if (m_profile)
        connect(m_profile, &SignInProfile::aboutToBeDestroyed, this, &PowerBiPageView::releasePage);
}

PowerBiPageView::~PowerBiPageView()
{
    releasePage();
}

void PowerBiPageView::setExternalOpener(SignInBrowser::UrlOpener opener)
{
    m_externalOpener = std::move(opener);
    if (m_page)
        m_page->setExternalOpener(m_externalOpener);
}

void PowerBiPageView::ensureWebView()
{
    if (m_webView || !m_profile)
        return;
    m_webView = new QWebEngineView(this);
    m_webView->setAccessibleName(tr("Power BI page"));
    static_cast<QVBoxLayout *>(layout())->addWidget(m_webView, 1);
}

void PowerBiPageView::open(const QUrl &pageUrl, const QStringList &pageHosts,
                           const QUrl &oauthRedirectPage)
{
    ensureWebView();
    if (!m_webView)
        return;
    releasePage();
    m_pageUrl = pageUrl;
    m_page = new PowerBiPortalPage(m_profile->webProfile(), oauthRedirectPage, this);
    m_page->setNavigationPolicy(SignInNavigationPolicy(QUrl(), pageHosts));
    if (m_externalOpener)
        m_page->setExternalOpener(m_externalOpener);
    connect(m_page, &PowerBiPortalPage::popupOpened, this, &PowerBiPageView::showPopup);
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                switch (info.status()) {
                case QWebEngineLoadingInfo::LoadStartedStatus:
                    m_progress->show();
                    break;
                case QWebEngineLoadingInfo::LoadSucceededStatus:
                    m_progress->hide();
                    // The page is where the work is: the keyboard goes there.
                    if (isVisible() && !m_popup)
                        m_webView->setFocus(Qt::OtherFocusReason);
                    Q_EMIT loaded();
                    break;
                case QWebEngineLoadingInfo::LoadFailedStatus:
                    m_progress->hide();
                    showError(tr("The Power BI page could not be shown (%1). Check the "
                                 "connection, then try again.")
                                  .arg(info.errorString()));
                    break;
                case QWebEngineLoadingInfo::LoadStoppedStatus:
                    m_progress->hide();
                    break;
                }
            });
    m_webView->setPage(m_page);
    reload();
}

void PowerBiPageView::reload()
{
    if (!m_page)
        return;
    m_errorPanel->hide();
    m_webView->show();
    m_page->load(m_pageUrl);
}

bool PowerBiPageView::isShowingError() const
{
    return m_errorPanel->isVisible();
}

void PowerBiPageView::showError(const QString &message)
{
    m_errorMessage->setText(message);
    m_errorPanel->show();
    Q_EMIT failed(message);
}

void PowerBiPageView::showPopup(CredentialPopupPage *popup)
{
    auto *window = new CredentialPopupWindow(popup, this);
    window->setWindowModality(Qt::WindowModal);
    m_popup = window;
    connect(window, &CredentialPopupWindow::ended, this, &PowerBiPageView::popupEnded);
    window->show();
    Q_EMIT popupOpened();
}

void PowerBiPageView::releasePage()
{
    // Pages go before the profile they were made on: no deleteLater here.
    if (m_popup) {
        m_popup->disconnect(this);
        delete m_popup.data();
    }
    if (!m_page)
        return;
    if (m_webView)
        m_webView->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
}
