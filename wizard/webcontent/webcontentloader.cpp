#include "webcontentloader.h"

#include "powerbibrowser.h"
#include "signinbrowser.h"
#include "webcontentplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWebContent, "xra.webcontent")

// Exported by QtGui (version Qt_6) but declared only in its private headers, which Debian ships
// apart; this is the one function Qt WebEngine's own start-up calls to publish its context.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace {

QOpenGLContext *sharedOpenGl = nullptr;

// The context lives as long as the application, as the one Qt WebEngine makes would: web views
// and the engine's GPU thread use it until the very end.
void deleteSharedOpenGl()
{
    delete sharedOpenGl;
    sharedOpenGl = nullptr;
}

// In place of a web page when the plugin cannot be loaded: the reason, plainly. The pages keep
// their own ways out (Cancel, Back, the system browser).
QLabel *unavailableLabel(const QString &problem, QWidget *parent)
{
    auto *label = new QLabel(
        QCoreApplication::translate("WebContentLoader",
                                    "This page cannot be shown: the part of the program that "
                                    "shows web pages could not be loaded. Reinstalling the "
                                    "program should bring it back.\n\nDetails: %1")
            .arg(problem),
        parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(parent);
    layout->addWidget(label);
    return label;
}

class UnavailableSignInBrowser : public SignInBrowser
{
public:
    UnavailableSignInBrowser(const QString &problem, QWidget *parent)
        : SignInBrowser(parent)
        , m_message(unavailableLabel(problem, this)->text())
    {}
    void start(const QUrl &, const QUrl &, const QStringList &, const QStringList &) override
    {
        Q_EMIT failed(m_message);
    }
    void setExternalOpener(UrlOpener opener) override { m_opener = std::move(opener); }
    void openInBrowser(const QUrl &url) override
    {
        if (m_opener)
            m_opener(url);
    }
    bool isShowingError() const override { return true; }
    QString errorMessage() const override { return m_message; }
    void retry() override { Q_EMIT failed(m_message); }
    void cancel() override { Q_EMIT cancelled(); }

private:
    QString m_message;
    UrlOpener m_opener;
};

class UnavailablePowerBiBrowser : public PowerBiBrowser
{
public:
    UnavailablePowerBiBrowser(const QString &problem, QWidget *parent)
        : PowerBiBrowser(parent)
        , m_message(unavailableLabel(problem, this)->text())
    {}
    void open(const QUrl &, const QStringList &, const QUrl &) override
    {
        Q_EMIT failed(m_message);
    }
    void setExternalOpener(SignInBrowser::UrlOpener) override {}
    bool isShowingError() const override { return true; }
    void reload() override { Q_EMIT failed(m_message); }

private:
    QString m_message;
};

QString nativeList(const QStringList &folders)
{
    QStringList native;
    for (const QString &folder : folders)
        native.append(QDir::toNativeSeparators(folder));
    return native.join(QStringLiteral(", "));
}

} // namespace

WebContentLoader::WebContentLoader(const QStringList &folders, QObject *parent)
    : WebContent(parent)
    , m_folders(folders)
{}

// The web content (its profile first) goes while the application still runs.
WebContentLoader::~WebContentLoader()
{
    delete m_content;
}

QString WebContentLoader::pluginBaseName()
{
    return QStringLiteral("xra_webview_plugin");
}

SignInBrowser *WebContentLoader::createSignInBrowser(QWidget *parent)
{
    if (WebContent *loaded = content())
        return loaded->createSignInBrowser(parent);
    return new UnavailableSignInBrowser(m_problem, parent);
}

PowerBiBrowser *WebContentLoader::createPowerBiBrowser(QWidget *parent)
{
    if (WebContent *loaded = content())
        return loaded->createPowerBiBrowser(parent);
    return new UnavailablePowerBiBrowser(m_problem, parent);
}

// The sessions are in the profile's files, which only the web engine reads: forgetting them
// loads it, once.
void WebContentLoader::forgetSignIns()
{
    if (WebContent *loaded = content())
        loaded->forgetSignIns();
}

WebContent *WebContentLoader::content()
{
    if (!m_tried) {
        m_tried = true;
        m_content = load();
    }
    return m_content;
}

WebContent *WebContentLoader::load()
{
    prepareSharedOpenGl();
    QStringList tried;
    for (const QString &folder : std::as_const(m_folders)) {
        const QDir dir(folder);
        if (dir.entryList({pluginBaseName() + QLatin1Char('*')}, QDir::Files).isEmpty())
            continue;
        QPluginLoader loader(dir.filePath(pluginBaseName()));
        if (!loader.load()) {
            tried.append(loader.errorString());
            continue;
        }
        auto *plugin = qobject_cast<WebContentPlugin *>(loader.instance());
        if (!plugin) {
            tried.append(QCoreApplication::translate("WebContentLoader",
                                                     "%1 is not this program's web view plugin")
                             .arg(QDir::toNativeSeparators(loader.fileName())));
            continue;
        }
        qCInfo(lcWebContent) << "Web view plugin loaded from" << loader.fileName();
        return plugin->createWebContent(this);
    }
    m_problem = !tried.isEmpty()
                    ? tried.join(QStringLiteral("; "))
                    : QCoreApplication::translate("WebContentLoader", "%1 was not found in %2.")
                          .arg(pluginBaseName(), nativeList(m_folders));
    qCWarning(lcWebContent) << "No web view plugin:" << m_problem;
    return nullptr;
}

void WebContentLoader::prepareSharedOpenGl()
{
    if (QOpenGLContext::globalShareContext() || !qobject_cast<QGuiApplication *>(qApp))
        return;
    sharedOpenGl = new QOpenGLContext;
    sharedOpenGl->setFormat(QSurfaceFormat::defaultFormat());
    if (!sharedOpenGl->create())
        qCWarning(lcWebContent) << "No OpenGL context to share: web pages may draw slowly";
    qt_gl_set_global_share_context(sharedOpenGl);
    qAddPostRoutine(deleteSharedOpenGl);
}
