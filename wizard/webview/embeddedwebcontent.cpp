#include "embeddedwebcontent.h"

#include "powerbipageview.h"
#include "signinprofile.h"
#include "signinview.h"

EmbeddedWebContent::EmbeddedWebContent(QObject *parent)
    : WebContent(parent)
{}

EmbeddedWebContent::~EmbeddedWebContent() = default;

SignInBrowser *EmbeddedWebContent::createSignInBrowser(QWidget *parent)
{
    return new SignInView(profile(), parent);
}

PowerBiBrowser *EmbeddedWebContent::createPowerBiBrowser(QWidget *parent)
{
    return new PowerBiPageView(profile(), parent);
}

void EmbeddedWebContent::forgetSignIns()
{
    profile()->clearCookies();
}

SignInProfile *EmbeddedWebContent::profile()
{
    if (!m_profile)
        m_profile = std::make_unique<SignInProfile>();
    return m_profile.get();
}
