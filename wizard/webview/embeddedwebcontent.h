#pragma once

#include "webcontent.h"

#include <memory>

class SignInProfile;

// The views made with Qt WebEngine, all on the one sign-in profile, which is made with the
// first view (the web engine starts then). The program gets this through the web view plugin
// (WebViewPlugin); tests make it directly.
class EmbeddedWebContent : public WebContent
{
    Q_OBJECT

public:
    explicit EmbeddedWebContent(QObject *parent = nullptr);
    // The profile goes first: the views still alive drop their pages before it.
    ~EmbeddedWebContent() override;

    SignInBrowser *createSignInBrowser(QWidget *parent) override;
    PowerBiBrowser *createPowerBiBrowser(QWidget *parent) override;
    void forgetSignIns() override;

    // Made on first use.
    SignInProfile *profile();

private:
    std::unique_ptr<SignInProfile> m_profile;
};
