#include "webcontentloader.h"

#include "unavailablepowerbibrowser.h"
#include "unavailablesigninbrowser.h"
#include "webcontentplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcWebContent, "xra.webcontent")

#if QT_CONFIG(opengl)
QT_BEGIN_NAMESPACE
// Exported by QtGui (version Qt_6) but declared only in its private headers, which Debian ships
// apart; Qt WebEngine's own start-up publishes its context with them.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE
#endif

namespace {

#if QT_CONFIG(opengl)
QOpenGLContext *sharedOpenGl = nullptr;

// The context lives as long as the application, as the one Qt WebEngine makes would: web views
// and the engine's GPU thread use it until the very end.
void deleteSharedOpenGl()
{
    if (qt_gl_global_share_context() == sharedOpenGl)
        qt_gl_set_global_share_context(nullptr);
    delete sharedOpenGl;
    sharedOpenGl = nullptr;
}
#endif

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
    return new UnavailableSignInBrowser(unavailableMessage(), parent);
}

PowerBiBrowser *WebContentLoader::createPowerBiBrowser(QWidget *parent)
{
    if (WebContent *loaded = content())
        return loaded->createPowerBiBrowser(parent);
    return new UnavailablePowerBiBrowser(unavailableMessage(), parent);
}

// The sessions are in the profile's files, which only the web engine reads. Until a page needs
// it, the forgetting waits: it is done as the engine loads, before any page can use them.
void WebContentLoader::forgetSignIns()
{
    if (m_content)
        m_content->forgetSignIns();
    else
        m_forgetPending = true;
}

QString WebContentLoader::unavailableMessage() const
{
    return tr("This page cannot be shown: the part of the program that shows web pages could not "
              "be loaded. Reinstalling the program should bring it back.\n\nDetails: %1")
        .arg(m_problem);
}

WebContent *WebContentLoader::content()
{
    if (!m_tried) {
        m_tried = true;
        m_content = load();
        if (m_content && m_forgetPending)
            m_content->forgetSignIns();
        m_forgetPending = false;
    }
    return m_content;
}

WebContent *WebContentLoader::load()
{
    QStringList problems;
    for (const QString &folder : std::as_const(m_folders)) {
        const QDir dir(folder);
        if (dir.entryList({pluginBaseName() + QLatin1Char('*')}, QDir::Files).isEmpty())
            continue;
        prepareSharedOpenGl();
        QPluginLoader loader(dir.filePath(pluginBaseName()));
        if (!loader.load()) {
            problems.append(loader.errorString());
            continue;
        }
        auto *plugin = qobject_cast<WebContentPlugin *>(loader.instance());
        if (!plugin) {
            problems.append(tr("%1 is not the web view plugin of this version of the program.")
                                .arg(QDir::toNativeSeparators(loader.fileName())));
            continue;
        }
        qCInfo(lcWebContent) << "Web view plugin loaded from" << loader.fileName();
        return plugin->createWebContent(this);
    }
    m_problem = !problems.isEmpty()
                    ? problems.join(QLatin1Char(' '))
                    : tr("%1 was not found in %2.").arg(pluginBaseName(), nativeList(m_folders));
    qCWarning(lcWebContent) << "No web view plugin:" << m_problem;
    return nullptr;
}

void WebContentLoader::prepareSharedOpenGl()
{
#if QT_CONFIG(opengl)
    if (QOpenGLContext::globalShareContext() || !qobject_cast<QGuiApplication *>(qApp))
        return;
    sharedOpenGl = new QOpenGLContext;
    sharedOpenGl->setFormat(QSurfaceFormat::defaultFormat());
    if (!sharedOpenGl->create())
        qCWarning(lcWebContent) << "No OpenGL context to share: web pages may draw slowly";
    qt_gl_set_global_share_context(sharedOpenGl);
    qAddPostRoutine(deleteSharedOpenGl);
#endif
}
