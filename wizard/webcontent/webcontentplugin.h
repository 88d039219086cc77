#pragma once

#include <QtPlugin>

class QObject;
class WebContent;

// The interface of the web view plugin (wizard/webview): it makes the WebContent that shows
// pages with Qt WebEngine. The plugin's own instance only makes it, so that the WebContent (and
// the browser profile it owns) dies with its parent, before the application, not when the
// plugin is unloaded.
class WebContentPlugin
{
public:
    virtual ~WebContentPlugin() = default;
    virtual WebContent *createWebContent(QObject *parent) = 0;
};

// The revision changes with any change to the classes the plugin and the program share, so that
// a plugin from another build is refused (qobject_cast fails) instead of called.
#define XRA_WEBCONTENT_PLUGIN_IID "io.github.xerorefreshassistant.WebContentPlugin/1"
Q_DECLARE_INTERFACE(WebContentPlugin, XRA_WEBCONTENT_PLUGIN_IID)
