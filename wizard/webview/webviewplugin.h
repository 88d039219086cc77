#pragma once

#include "webcontentplugin.h"

#include <QObject>

// The plugin's entry: the program loads it (WebContentLoader) when a page first shows web
// content, so that Qt WebEngine is in the process only from then on.
class WebViewPlugin : public QObject, public WebContentPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID XRA_WEBCONTENT_PLUGIN_IID)
    Q_INTERFACES(WebContentPlugin)

public:
    WebContent *createWebContent(QObject *parent) override;
};
