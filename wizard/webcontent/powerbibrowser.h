#pragma once

#include "signinbrowser.h"
#include "webcontentexport.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

// What the lasting repair asks of the embedded Power BI page: open the dataset's settings page,
// where the user edits the credentials in Power BI's own dialog, and say when the credential
// pop-up opens and ends. The implementation is loaded with the first one made (wizard/webview).
class XRA_WEBCONTENT_EXPORT PowerBiBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PowerBiBrowser(QWidget *parent = nullptr);
    ~PowerBiBrowser() override;

    // pageHosts: the hosts the page may use ("host" or "host:port"); oauthRedirectPage: where
    // the credential pop-up's sign-in ends.
    virtual void open(const QUrl &pageUrl, const QStringList &pageHosts,
                      const QUrl &oauthRedirectPage) = 0;
    virtual void setExternalOpener(SignInBrowser::UrlOpener opener) = 0;
    virtual bool isShowingError() const = 0;

public Q_SLOTS:
    virtual void reload() = 0;

Q_SIGNALS:
    void popupOpened();
    // The pop-up closed: answer is where its sign-in ended (empty when the user closed it).
    void popupEnded(const QUrl &answer);
    void loaded();
    void failed(const QString &message);
};
