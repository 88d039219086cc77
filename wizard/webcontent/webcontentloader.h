#pragma once

#include "webcontent.h"
#include "webcontentexport.h"

#include <QPointer>
#include <QStringList>

// The program's WebContent: loads the web view plugin (wizard/webview, which links Qt
// WebEngine) the first time a page asks for a view, and hands the asking on to it. Until then
// the process has no web engine and no OpenGL context: the command line, the first-start
// dialog and the status window start without them. When the plugin cannot be loaded, the views
// say so in place of the page, and problem() says why.
class XRA_WEBCONTENT_EXPORT WebContentLoader : public WebContent
{
    Q_OBJECT

public:
    // folders: where to look for the plugin, in order (the first that has it wins).
    explicit WebContentLoader(const QStringList &folders, QObject *parent = nullptr);
    ~WebContentLoader() override;

    // The plugin's file name without the platform's prefix and suffix.
    static QString pluginBaseName();

    SignInBrowser *createSignInBrowser(QWidget *parent) override;
    PowerBiBrowser *createPowerBiBrowser(QWidget *parent) override;
    void forgetSignIns() override;

    bool isLoaded() const { return m_content != nullptr; }
    // Why the plugin could not be loaded; empty before the first try and after a load.
    QString problem() const { return m_problem; }

private:
    QString unavailableMessage() const;
    WebContent *content();
    WebContent *load();
    // Qt WebEngine shares its OpenGL resources through Qt's global share context. A program
    // that links it gets one made before the application exists; one that loads it later must
    // make it before the load, as QtWebEngineCore::initialize() would have.
    void prepareSharedOpenGl();

    QStringList m_folders;
    QPointer<WebContent> m_content;
    QString m_problem;
    bool m_tried = false;
    bool m_forgetPending = false;
};
