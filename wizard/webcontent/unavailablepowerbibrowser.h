#pragma once

#include "powerbibrowser.h"

// In place of the Power BI page when the web view plugin cannot be loaded: says why.
class UnavailablePowerBiBrowser : public PowerBiBrowser
{
public:
    UnavailablePowerBiBrowser(const QString &message, QWidget *parent = nullptr);

    void open(const QUrl &pageUrl, const QStringList &pageHosts,
              const QUrl &oauthRedirectPage) override;
    void setExternalOpener(SignInBrowser::UrlOpener) override {}
    bool isShowingError() const override { return true; }
    void reload() override;

private:
    QString m_message;
};
