// The program's web views come from a plugin loaded when the first one is asked for: until then
// the process has neither Qt WebEngine nor an OpenGL context (the command line, the first-start
// dialog and the status window start without them); a missing plugin is said in place of the
// page. This suite does not link Qt WebEngine, as the program does not.

#include "webcontentloader.h"
#include "powerbibrowser.h"
#include "screenshot.h"
#include "signinbrowser.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QOpenGLContext>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

constexpr int webWaitMs = 60000;

bool webEngineInProcess()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngineCore");
}

// A sign-in page that goes straight on to the redirect, and a page for Power BI's view.
class LocalPages
{
public:
    LocalPages()
    {
        m_server.route(QStringLiteral("/authorize"), [this] {
            return QHttpServerResponse("text/html", "<script>location.replace('" +
                                                        redirectUri().toEncoded() +
                                                        "?code=from-the-page&state=s')</script>");
        });
        m_server.route(QStringLiteral("/settings"), [] {
            return QHttpServerResponse("text/html", "<h1>Dataset settings</h1>");
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }
    bool isListening() const { return m_port != 0; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QUrl redirectUri() const { return url(QStringLiteral("/callback")); }
    QStringList hosts() const { return {QStringLiteral("127.0.0.1:%1").arg(m_port)}; }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

QStringList builtPluginFolder()
{
    return {QStringLiteral(XRA_WEBVIEW_PLUGIN_DIR)};
}

} // namespace

TEST(WebContentLoaderTest, AMissingPluginIsSaidInPlaceOfThePageAndTheBrowserOffered)
{
    const QTemporaryDir empty;
    WebContentLoader loader({empty.path()});
    QWidget window;

    SignInBrowser *signIn = loader.createSignInBrowser(&window);
    window.resize(640, 240);
    signIn->resize(window.size());
    window.show();
    keepScreenshot(&window, QStringLiteral("webcontent-missing"));
    EXPECT_FALSE(loader.isLoaded());
    EXPECT_EQ(QOpenGLContext::globalShareContext(), nullptr) << "an OpenGL context for nothing";
    EXPECT_TRUE(loader.problem().contains(QDir::toNativeSeparators(empty.path())))
        << "the problem names where the plugin was looked for: " << loader.problem().toStdString();
    EXPECT_TRUE(signIn->errorMessage().contains(loader.problem()))
        << signIn->errorMessage().toStdString();

    // The sign-in can still go on in the system browser, where the page offers it (Xero's).
    QSignalSpy failed(signIn, &SignInBrowser::failed);
    QSignalSpy browserOnly(signIn, &SignInBrowser::browserOnlyPageReached);
    QSignalSpy cancelled(signIn, &SignInBrowser::cancelled);
    const QUrl authorizeUrl(QStringLiteral("https://login.xero.com/identity/connect/authorize"));
    signIn->start(authorizeUrl, QUrl(QStringLiteral("http://127.0.0.1/callback")), {});
    EXPECT_EQ(failed.size(), 1);
    ASSERT_EQ(browserOnly.size(), 1);
    EXPECT_EQ(browserOnly.first().first().toUrl(), authorizeUrl);
    signIn->cancel();
    EXPECT_EQ(cancelled.size(), 1) << "the user can still give up the sign-in";

    PowerBiBrowser *powerBi = loader.createPowerBiBrowser(&window);
    QSignalSpy powerBiFailed(powerBi, &PowerBiBrowser::failed);
    powerBi->open(QUrl(QStringLiteral("https://app.powerbi.com/")), {}, {});
    EXPECT_EQ(powerBiFailed.size(), 1);
    EXPECT_TRUE(powerBiFailed.first().first().toString().contains(loader.problem()));
}

// Last: Qt WebEngine stays in the process once loaded.
TEST(WebContentLoaderTest, WebEngineArrivesWithTheFirstViewAndTheViewsWork)
{
    WebContentLoader loader(builtPluginFolder());
    EXPECT_FALSE(webEngineInProcess()) << "Qt WebEngine was loaded before any view was asked for";
    EXPECT_EQ(QOpenGLContext::globalShareContext(), nullptr);
    EXPECT_FALSE(loader.isLoaded());

    LocalPages pages;
    ASSERT_TRUE(pages.isListening());
    QWidget window;
    SignInBrowser *signIn = loader.createSignInBrowser(&window);
    ASSERT_TRUE(loader.isLoaded()) << loader.problem().toStdString();
    EXPECT_TRUE(webEngineInProcess());
    EXPECT_NE(QOpenGLContext::globalShareContext(), nullptr)
        << "the web engine needs the shared OpenGL context made before it loads";

    QSignalSpy redirects(signIn, &SignInBrowser::redirectReached);
    window.show();
    signIn->start(pages.url(QStringLiteral("/authorize")), pages.redirectUri(), pages.hosts());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !redirects.isEmpty(); }, webWaitMs));
    EXPECT_EQ(redirects.first().first().toUrl().query(),
              QStringLiteral("code=from-the-page&state=s"));

    PowerBiBrowser *powerBi = loader.createPowerBiBrowser(&window);
    QSignalSpy loaded(powerBi, &PowerBiBrowser::loaded);
    powerBi->open(pages.url(QStringLiteral("/settings")), pages.hosts(), pages.redirectUri());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, webWaitMs));
    EXPECT_FALSE(powerBi->isShowingError());
}
