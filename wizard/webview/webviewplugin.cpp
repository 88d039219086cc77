#include "webviewplugin.h"

#include "embeddedwebcontent.h"

WebContent *WebViewPlugin::createWebContent(QObject *parent)
{
    return new EmbeddedWebContent(parent);
}
