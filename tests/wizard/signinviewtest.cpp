#include "signinview.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "scratchdatahome.h"
#include "screenshot.h"
#include "signinprofile.h"
#include "webpagedriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QNetworkCookie>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <gtest/gtest.h>
#include <memory>
#include <signal.h>

static constexpr int pageTimeoutMs = WebPageDriver::pageTimeoutMs;
static constexpr int answerTimeoutMs = WebPageDriver::answerTimeoutMs;

static const QUrl microsoftRedirect(
    QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"));
static const QString testVerifier =
    QStringLiteral("dBjftJeZ4CVP-mJ92K9ZmIIqN2aLqfHzBcQ5Pcx_xRk-0123456789abcdef");

static QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

static QUrl authorizeUrl(const QUrl &root, const QString &path, const QUrl &redirectUri,
                         const QString &state, const QString &scope)
{
    QUrl url = root;
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("xra-view-test"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromUtf8(QUrl::toPercentEncoding(redirectUri.toString())));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(testVerifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("scope"), QString::fromUtf8(QUrl::toPercentEncoding(scope)));
    url.setQuery(query);
    return url;
}

static QUrl microsoftAuthorizeUrl(const QUrl &root, const QString &state)
{
    return authorizeUrl(root, QStringLiteral("/common/oauth2/v2.0/authorize"), microsoftRedirect,
                        state,
                        QStringLiteral("https://analysis.windows.net/powerbi/api/"
                                       "Dataset.ReadWrite.All offline_access openid profile"));
}

static QUrl xeroAuthorizeUrl(const QUrl &root, const QUrl &redirectUri, const QString &state,
                             const QString &scope = QStringLiteral(
                                 "openid profile email offline_access accounting.settings"))
{
    return authorizeUrl(root, QStringLiteral("/identity/connect/authorize"), redirectUri, state,
                        scope);
}

static QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

// Every request the web engine makes, so a test can prove that one was never made.
class RequestRecorder : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        requested.append(info.requestUrl());
    }
    bool requestedHost(const QString &host) const
    {
        return std::any_of(requested.cbegin(), requested.cend(),
                           [&](const QUrl &url) { return url.host() == host; });
    }
    QList<QUrl> requested;
};

static QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    return WebPageDriver(page).evaluate(script);
}

static QPushButton *buttonNamed(QWidget *root, const QString &accessibleName)
{
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// How many pixels of one colour the widget shows: a page that is really painted in the view
// shows its button colours, a blank or black view does not.
static int pixelsOfColour(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qRed(line[x]) == colour.red() && qGreen(line[x]) == colour.green() &&
                qBlue(line[x]) == colour.blue())
                ++count;
        }
    }
    return count;
}

class SignInViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The profile's files go under this test's own data folder, never the user's.
        m_dataHome = ScratchDataHome::useForCurrentTest();
        ASSERT_FALSE(m_dataHome.isEmpty());
        ASSERT_TRUE(sandbox.listen()) << sandbox.errorString().toStdString();
        createView();
    }

    void TearDown() override { destroyView(); }

    void createView()
    {
        profile = std::make_unique<SignInProfile>();
        profile->webProfile()->setUrlRequestInterceptor(&recorder);
        view = std::make_unique<SignInView>(profile.get());
        view->setExternalOpener([this](const QUrl &url) { openedInBrowser.append(url); });
        view->resize(820, 760);
        view->show();
    }

    void destroyView()
    {
        view.reset();
        profile.reset();
    }

    QStringList sandboxHosts() const
    {
        return {QStringLiteral("127.0.0.1:%1").arg(sandbox.port())};
    }

    void startMicrosoft(const QString &state)
    {
        view->start(microsoftAuthorizeUrl(sandbox.rootUrl(), state), microsoftRedirect,
                    sandboxHosts());
        ASSERT_NE(view->page(), nullptr);
        ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    }

    bool waitForForm(const QString &formId)
    {
        return WebPageDriver(view->page()).waitForElement(formId);
    }

    void fillSignIn(const QString &email, const QString &password)
    {
        const WebPageDriver page(view->page());
        page.setValue(QStringLiteral("email"), email);
        page.setValue(QStringLiteral("password"), password);
    }

    void click(const QString &elementId) { WebPageDriver(view->page()).click(elementId); }

    // The page is painted in the widget, not just loaded.
    bool waitUntilPainted(const QColor &colour)
    {
        return QTest::qWaitFor([&] { return pixelsOfColour(view.get(), colour) > 200; },
                               answerTimeoutMs);
    }

    QString m_dataHome;
    SandboxServer sandbox;
    RequestRecorder recorder;
    std::unique_ptr<SignInProfile> profile;
    std::unique_ptr<SignInView> view;
    QList<QUrl> openedInBrowser;
};

static const QColor microsoftBlue(0x00, 0x67, 0xb8);
static const QColor xeroBlue(0x0b, 0x6c, 0x94);

TEST_F(SignInViewTest, MicrosoftSignInHandsOverTheRedirectWithCodeAndStateWithoutLoadingIt)
{
    const QString state = QStringLiteral("state-ms-1");
    startMicrosoft(state);
    EXPECT_TRUE(waitUntilPainted(microsoftBlue)) << "the sign-in page is not painted in the view";
    keepScreenshot(view.get(), QStringLiteral("1-microsoft-signin"));

    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    fillSignIn(SandboxScenario::microsoftUser, SandboxScenario::password);
    click(QStringLiteral("submit"));
    ASSERT_TRUE(redirects.wait(pageTimeoutMs));

    const QUrl caught = redirects.at(0).at(0).toUrl();
    EXPECT_EQ(caught.adjusted(QUrl::RemoveQuery), microsoftRedirect);
    EXPECT_FALSE(queryValue(caught, QStringLiteral("code")).isEmpty());
    EXPECT_EQ(queryValue(caught, QStringLiteral("state")), state);
    // Never loaded: no request left for it, and the view still shows the sandbox's page.
    QTest::qWait(300);
    ASSERT_TRUE(recorder.requestedHost(QStringLiteral("127.0.0.1"))); // the recorder sees requests
    EXPECT_FALSE(recorder.requestedHost(microsoftRedirect.host()));
    EXPECT_EQ(view->webView()->url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(redirects.count(), 1);
    EXPECT_FALSE(view->isShowingError());
}

TEST_F(SignInViewTest, XeroSignInAndConsentOnItsOwnOriginHandOverTheRedirectThatNoServerSees)
{
    // A loopback redirect with a real listener: a request for it would show up as a connection.
    QTcpServer redirectListener;
    ASSERT_TRUE(redirectListener.listen(QHostAddress::LocalHost));
    const QUrl redirect(
        QStringLiteral("http://127.0.0.1:%1/callback").arg(redirectListener.serverPort()));
    const QString state = QStringLiteral("state-xero-1");
    view->start(xeroAuthorizeUrl(sandbox.rootUrl(), redirect, state), redirect, sandboxHosts());
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    EXPECT_TRUE(waitUntilPainted(xeroBlue));
    keepScreenshot(view.get(), QStringLiteral("2-xero-signin"));

    fillSignIn(SandboxScenario::xeroUser, SandboxScenario::password);
    click(QStringLiteral("submit"));
    ASSERT_TRUE(waitForForm(QStringLiteral("consent")));
    // Xero's log-in handed over to its consent, on another origin, and the view followed.
    EXPECT_EQ(view->webView()->url().port(),
              sandbox.originUrl(SandboxOrigin::XeroAuthorize).port());
    EXPECT_TRUE(openedInBrowser.isEmpty());
    EXPECT_TRUE(waitUntilPainted(xeroBlue));
    keepScreenshot(view.get(), QStringLiteral("3-xero-consent"));

    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    evaluate(view->page(),
             QStringLiteral("document.querySelector('input[name=tenant][value=\"%1\"]')"
                            ".checked = true; true")
                 .arg(SandboxScenario::contosoLtdTenantId));
    click(QStringLiteral("allow"));
    ASSERT_TRUE(redirects.wait(pageTimeoutMs));

    const QUrl caught = redirects.at(0).at(0).toUrl();
    EXPECT_EQ(caught.path(), QStringLiteral("/callback"));
    EXPECT_FALSE(queryValue(caught, QStringLiteral("code")).isEmpty());
    EXPECT_EQ(queryValue(caught, QStringLiteral("state")), state);
    QTest::qWait(300);
    EXPECT_FALSE(redirectListener.hasPendingConnections());
    EXPECT_NE(view->webView()->url().path(), QStringLiteral("/callback"));
}

TEST_F(SignInViewTest, CancelOnTheSignInPageDeliversAccessDeniedToTheCaller)
{
    const QString state = QStringLiteral("state-cancel");
    startMicrosoft(state);
    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    QSignalSpy cancelled(view.get(), &SignInView::cancelled);
    click(QStringLiteral("cancel"));
    ASSERT_TRUE(redirects.wait(pageTimeoutMs));

    const QUrl caught = redirects.at(0).at(0).toUrl();
    EXPECT_EQ(queryValue(caught, QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_EQ(queryValue(caught, QStringLiteral("state")), state);
    EXPECT_TRUE(queryValue(caught, QStringLiteral("code")).isEmpty());
    // Deciding that this means "cancelled" is the caller's job, not the view's.
    EXPECT_EQ(cancelled.count(), 0);
}

TEST_F(SignInViewTest, TheCancelButtonTellsTheCallerTheUserGaveUp)
{
    startMicrosoft(QStringLiteral("state-button"));
    QSignalSpy cancelled(view.get(), &SignInView::cancelled);
    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    QPushButton *cancel = buttonNamed(view.get(), SignInView::tr("Cancel sign-in"));
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(cancelled.count(), 1);
    // Nothing the page does afterwards counts.
    click(QStringLiteral("cancel"));
    QTest::qWait(500);
    EXPECT_EQ(redirects.count(), 0);
}

TEST_F(SignInViewTest, LinksTheUserClicksToOtherSitesOpenInTheSystemBrowserAndAreNotLoaded)
{
    startMicrosoft(QStringLiteral("state-link"));
    const QUrl pageUrl = view->webView()->url();
    evaluate(view->page(), QStringLiteral("var a = document.createElement('a');"
                                          "a.href = 'https://support.example.invalid/help';"
                                          "a.id = 'help'; a.textContent = 'Help';"
                                          "a.style.display = 'block'; a.style.padding = '8px';"
                                          "document.body.appendChild(a); true"));
    ASSERT_TRUE(
        WebPageDriver(view->page()).clickWithTheMouse(view->webView(), QStringLiteral("help")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !openedInBrowser.isEmpty(); }, answerTimeoutMs));
    EXPECT_EQ(openedInBrowser.first(),
              QUrl(QStringLiteral("https://support.example.invalid/help")));

    // A pop-up goes the same way.
    evaluate(view->page(),
             QStringLiteral("window.open('https://support.example.invalid/popup'); true"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return openedInBrowser.size() == 2; }, answerTimeoutMs));
    EXPECT_EQ(openedInBrowser.at(1), QUrl(QStringLiteral("https://support.example.invalid/popup")));

    QTest::qWait(300);
    EXPECT_FALSE(recorder.requestedHost(QStringLiteral("support.example.invalid")));
    EXPECT_EQ(view->webView()->url(), pageUrl);
    EXPECT_FALSE(view->isShowingError());
}

// Microsoft's page moves a federated user on by script; Qt reports that as a clicked link.
TEST_F(SignInViewTest, APageThatMovesOnByScriptToAnotherHostIsFollowedInTheView)
{
    startMicrosoft(QStringLiteral("state-script"));
    const QUrl elsewhere =
        sandbox.originUrl(SandboxOrigin::XeroAuthorize).resolved(QUrl(QStringLiteral("/consent")));
    evaluate(view->page(), QStringLiteral("location.href = '%1'; true").arg(elsewhere.toString()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->webView()->url().port() == elsewhere.port(); },
                                pageTimeoutMs));
    EXPECT_TRUE(openedInBrowser.isEmpty());
}

TEST_F(SignInViewTest, AFederatedWorkAccountLeavesMicrosoftForItsCompanysPageAndComesBack)
{
    const QString state = QStringLiteral("state-federated");
    startMicrosoft(state);
    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    fillSignIn(SandboxScenario::federatedUser, QString());
    click(QStringLiteral("submit"));

    // Fabrikam's own sign-in, on another origin, in the view.
    const QUrl company = sandbox.originUrl(SandboxOrigin::IdentityProvider);
    const WebPageDriver page(view->page());
    ASSERT_TRUE(page.waitFor(QStringLiteral("location.port === '%1' && "
                                            "document.readyState === 'complete' && "
                                            "document.getElementById('signin') !== null")
                                 .arg(company.port())));
    EXPECT_EQ(view->webView()->url().port(), company.port());
    EXPECT_TRUE(waitUntilPainted(QColor(0x5c, 0x2d, 0x91)));
    keepScreenshot(view.get(), QStringLiteral("5-federated-signin"));
    page.setValue(QStringLiteral("password"), SandboxScenario::password);
    click(QStringLiteral("submit"));

    // Its answer posts itself back to Microsoft, which ends at the redirect.
    ASSERT_TRUE(redirects.wait(pageTimeoutMs));
    const QUrl caught = redirects.at(0).at(0).toUrl();
    EXPECT_EQ(caught.adjusted(QUrl::RemoveQuery), microsoftRedirect);
    EXPECT_FALSE(queryValue(caught, QStringLiteral("code")).isEmpty());
    EXPECT_EQ(queryValue(caught, QStringLiteral("state")), state);
    EXPECT_TRUE(openedInBrowser.isEmpty());
    EXPECT_FALSE(view->isShowingError());
}

TEST_F(SignInViewTest, TheRedirectIsCaughtFromAFrameToo)
{
    startMicrosoft(QStringLiteral("state-frame"));
    QSignalSpy redirects(view.get(), &SignInView::redirectReached);
    QUrl answer = microsoftRedirect;
    answer.setQuery(QStringLiteral("code=framed-code&state=state-frame"));
    evaluate(view->page(), QStringLiteral("var f = document.createElement('iframe');"
                                          "f.src = '%1'; document.body.appendChild(f); true")
                               .arg(answer.toString()));
    // Caught while the script still runs, maybe: counted, not waited for anew.
    ASSERT_TRUE(QTest::qWaitFor([&] { return redirects.count() > 0; }, pageTimeoutMs));
    EXPECT_EQ(queryValue(redirects.at(0).at(0).toUrl(), QStringLiteral("code")),
              QStringLiteral("framed-code"));
    EXPECT_FALSE(recorder.requestedHost(microsoftRedirect.host()));
}

TEST_F(SignInViewTest, GooglesSignInIsNotLoadedAndTheViewSaysTheSignInMustGoOnInTheBrowser)
{
    const QUrl google = sandbox.originUrl(SandboxOrigin::Google);
    const QUrl redirect(QStringLiteral("http://localhost:5000/callback"));
    view->start(xeroAuthorizeUrl(sandbox.rootUrl(), redirect, QStringLiteral("state-google")),
                redirect, sandboxHosts(), {google.authority()});
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    QSignalSpy browserOnly(view.get(), &SignInView::browserOnlyPageReached);
    click(QStringLiteral("google"));
    ASSERT_TRUE(browserOnly.wait(pageTimeoutMs));
    EXPECT_EQ(browserOnly.at(0).at(0).toUrl().port(), google.port());
    QTest::qWait(300);
    // Google would have refused the view: it was never asked.
    EXPECT_FALSE(std::any_of(recorder.requested.cbegin(), recorder.requested.cend(),
                             [&](const QUrl &url) { return url.port() == google.port(); }));
    EXPECT_TRUE(openedInBrowser.isEmpty());
}

TEST_F(SignInViewTest, XerosErrorScreenIsHandedOnWithItsStatusAndText)
{
    const QUrl redirect(QStringLiteral("http://localhost:5000/callback"));
    // A broad scope, which the sandbox refuses to every app but its legacy one.
    const QUrl authorize =
        xeroAuthorizeUrl(sandbox.rootUrl(), redirect, QStringLiteral("state-scope"),
                         QStringLiteral("openid offline_access accounting.transactions.read"));
    QSignalSpy errorPages(view.get(), &SignInView::errorPageShown);
    view->start(authorize, redirect, sandboxHosts());
    ASSERT_TRUE(errorPages.wait(pageTimeoutMs));
    EXPECT_EQ(errorPages.at(0).at(0).toInt(), 500);
    EXPECT_TRUE(errorPages.at(0).at(1).toString().contains(
        QStringLiteral("unauthorized_client : Invalid scope for client")));
    // The view shows Xero's page as it is: what it means is for its caller to say.
    EXPECT_FALSE(view->isShowingError());
    keepScreenshot(view.get(), QStringLiteral("6-xero-error-screen"));
}

TEST_F(SignInViewTest, PlainHttpOnASignInHostIsRefusedWithAMessage)
{
    view->start(microsoftAuthorizeUrl(sandbox.rootUrl(), QStringLiteral("state-http")),
                microsoftRedirect,
                {sandboxHosts().first(), QStringLiteral("signin.example.invalid")});
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    QSignalSpy failed(view.get(), &SignInView::failed);
    evaluate(view->page(),
             QStringLiteral("location.href = 'http://signin.example.invalid/login'; true"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, answerTimeoutMs));
    EXPECT_TRUE(view->isShowingError());
    EXPECT_FALSE(recorder.requestedHost(QStringLiteral("signin.example.invalid")));
    EXPECT_TRUE(openedInBrowser.isEmpty());
}

TEST_F(SignInViewTest, AFailedLoadShowsRetryAndRetryLoadsThePageOnceItAnswers)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const QUrl root(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    QSignalSpy failed(view.get(), &SignInView::failed);
    view->start(microsoftAuthorizeUrl(root, QStringLiteral("state-retry")), microsoftRedirect,
                {QStringLiteral("127.0.0.1:%1").arg(closedPort)});
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, pageTimeoutMs));
    EXPECT_TRUE(view->isShowingError());
    EXPECT_FALSE(view->errorMessage().isEmpty());
    QPushButton *details = buttonNamed(view.get(), SignInView::tr("Show the technical details"));
    ASSERT_NE(details, nullptr);
    QTest::mouseClick(details, Qt::LeftButton);
    keepScreenshot(view.get(), QStringLiteral("4-load-failed"));

    SandboxServer lateSandbox;
    ASSERT_TRUE(lateSandbox.listen(closedPort)) << lateSandbox.errorString().toStdString();
    QPushButton *retry = buttonNamed(view.get(), SignInView::tr("Retry loading the sign-in page"));
    ASSERT_NE(retry, nullptr);
    EXPECT_TRUE(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    EXPECT_FALSE(view->isShowingError());
}

TEST_F(SignInViewTest, APageWhoseProcessDiesShowsRetryThatBringsItBack)
{
    startMicrosoft(QStringLiteral("state-crash"));
    QSignalSpy failed(view.get(), &SignInView::failed);
    const qint64 pid = view->page()->renderProcessPid();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, pageTimeoutMs));
    EXPECT_TRUE(view->isShowingError());
    view->retry();
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    EXPECT_FALSE(view->isShowingError());
}

TEST_F(SignInViewTest, APageThatClosesItselfShowsRetry)
{
    startMicrosoft(QStringLiteral("state-close"));
    QSignalSpy failed(view.get(), &SignInView::failed);
    evaluate(view->page(), QStringLiteral("window.close(); true"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, answerTimeoutMs));
    EXPECT_TRUE(view->isShowingError());
}

TEST_F(SignInViewTest, TheWebEngineStartsOnlyWhenASignInStarts)
{
    EXPECT_EQ(view->webView(), nullptr);
    EXPECT_EQ(view->page(), nullptr);
}

TEST_F(SignInViewTest, TheProfileIsPersistentAndLivesInTheProgramsDataFolder)
{
    QWebEngineProfile *web = profile->webProfile();
    EXPECT_FALSE(web->isOffTheRecord());
    EXPECT_EQ(web->storageName(), QStringLiteral("sign-in"));
    EXPECT_TRUE(SignInProfile::storageRoot().startsWith(m_dataHome));
    EXPECT_TRUE(web->persistentStoragePath().startsWith(SignInProfile::storageRoot()));
    EXPECT_TRUE(web->cachePath().startsWith(SignInProfile::storageRoot()));
    EXPECT_EQ(web->persistentCookiesPolicy(), QWebEngineProfile::ForcePersistentCookies);

    startMicrosoft(QStringLiteral("state-storage"));
    EXPECT_TRUE(QDir(web->persistentStoragePath()).exists());
}

TEST_F(SignInViewTest, TheSignInSessionSurvivesARestart)
{
    startMicrosoft(QStringLiteral("state-restart"));
    // A session cookie, as identity providers use: kept anyway by this profile.
    evaluate(view->page(), QStringLiteral("document.cookie = 'xra_session=kept; path=/'; true"));
    ASSERT_TRUE(evaluate(view->page(), QStringLiteral("document.cookie"))
                    .toString()
                    .contains(QStringLiteral("xra_session=kept")));

    destroyView();
    createView();
    startMicrosoft(QStringLiteral("state-restart-2"));
    EXPECT_TRUE(evaluate(view->page(), QStringLiteral("document.cookie"))
                    .toString()
                    .contains(QStringLiteral("xra_session=kept")));
}

TEST_F(SignInViewTest, ClearCookiesForgetsTheSignInSession)
{
    startMicrosoft(QStringLiteral("state-cookies"));
    QWebEngineCookieStore *store = profile->webProfile()->cookieStore();
    QSignalSpy added(store, &QWebEngineCookieStore::cookieAdded);
    QSignalSpy removed(store, &QWebEngineCookieStore::cookieRemoved);
    evaluate(view->page(),
             QStringLiteral("document.cookie = 'xra_session=1; max-age=3600; path=/'; true"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return added.count() > 0; }, answerTimeoutMs));
    EXPECT_EQ(added.at(0).at(0).value<QNetworkCookie>().name(), QByteArray("xra_session"));

    profile->clearCookies();
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed.count() > 0; }, answerTimeoutMs));
    EXPECT_EQ(removed.at(0).at(0).value<QNetworkCookie>().name(), QByteArray("xra_session"));

    view->retry(); // a fresh load of the same sign-in page
    ASSERT_TRUE(waitForForm(QStringLiteral("signin")));
    EXPECT_EQ(evaluate(view->page(), QStringLiteral("document.cookie")).toString(), QString());
}

static QSslConfiguration untrustedServerConfiguration()
{
    QFile certificate(QStringLiteral(XRA_UNTRUSTED_CERTIFICATE));
    QFile key(QStringLiteral(XRA_UNTRUSTED_KEY));
    EXPECT_TRUE(certificate.open(QIODevice::ReadOnly));
    EXPECT_TRUE(key.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    return configuration;
}

TEST_F(SignInViewTest, AnUntrustedCertificateIsRejectedAndSaidSo)
{
    QSslServer tls;
    tls.setSslConfiguration(untrustedServerConfiguration());
    ASSERT_TRUE(tls.listen(QHostAddress::LocalHost));
    const QString host = QStringLiteral("127.0.0.1:%1").arg(tls.serverPort());
    QSignalSpy failed(view.get(), &SignInView::failed);
    view->start(QUrl(QStringLiteral("https://%1/common/oauth2/v2.0/authorize").arg(host)),
                microsoftRedirect, {host});
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, pageTimeoutMs));
    EXPECT_EQ(view->errorMessage(),
              SignInView::tr("The identity of the sign-in site could not be verified, so the page "
                             "was not shown."));
    EXPECT_NE(view->webView()->url().host(), QStringLiteral("127.0.0.1"));
}
