#pragma once

#include "sandboxscenario.h"
#include "signinview.h"
#include "webpagedriver.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWebEnginePage>

// The sandbox's Microsoft and Xero sign-in pages in a wizard page's embedded view, filled in
// and clicked as a person would. Every wait is bounded (WebPageDriver); the answers say whether
// the page got there, for the test to assert.
class SandboxSignInPages
{
public:
    explicit SandboxSignInPages(SignInBrowser *view)
        : m_view(qobject_cast<SignInView *>(view))
    {}
    // The same pages in a page of another window (Power BI's credential pop-up).
    explicit SandboxSignInPages(QWebEnginePage *page)
        : m_page(page)
    {}

    QWebEnginePage *page() const { return m_view ? m_view->page() : m_page.data(); }
    WebPageDriver driver() const { return WebPageDriver(page()); }

    // ---- Microsoft ----

    bool waitForMicrosoftForm() const
    {
        return page() && driver().waitForElement(QStringLiteral("signin"));
    }

    // Signs in as the sandbox's Microsoft user, once the form is there.
    bool signInToMicrosoft() const
    {
        if (!waitForMicrosoftForm())
            return false;
        driver().signIn(SandboxScenario::microsoftUser, SandboxScenario::password);
        return true;
    }

    // Signs in as the sandbox's federated user: Microsoft's page sends them to Fabrikam's own
    // sign-in (another origin), whose answer comes back to Microsoft by itself.
    bool signInToMicrosoftAsFederatedUser() const
    {
        if (!waitForMicrosoftForm())
            return false;
        driver().signIn(SandboxScenario::federatedUser, QString());
        if (!waitForIdentityProviderForm())
            return false;
        driver().signIn(SandboxScenario::federatedUser, SandboxScenario::password);
        return true;
    }

    // Fabrikam's sign-in form (the identity provider of the federated domain).
    bool waitForIdentityProviderForm() const
    {
        return page() &&
               driver().waitFor(QStringLiteral("location.pathname === '/adfs/ls/' && "
                                               "document.readyState === 'complete' && "
                                               "document.getElementById('signin') !== null"));
    }

    // ---- Xero ----

    // Xero's log-in form, from its start. A form that was filled in stays on screen after a
    // Cancel (the redirect is caught, not loaded), so used forms are marked (markXeroFormUsed)
    // and this waits for the next one.
    bool waitForXeroForm() const
    {
        return page() && driver().waitFor(QStringLiteral(
                             "location.pathname === '/identity/connect/authorize' && "
                             "document.readyState === 'complete' && "
                             "document.getElementById('signin') !== null && "
                             "window.xraFilledIn === undefined"));
    }

    void markXeroFormUsed() const
    {
        driver().evaluate(QStringLiteral("window.xraFilledIn = true"));
    }

    // Logs in as the sandbox's Xero user and allows access to tenantIds.
    bool signInToXeroAndAllow(const QStringList &tenantIds) const
    {
        if (!waitForXeroForm())
            return false;
        const WebPageDriver page = driver();
        markXeroFormUsed();
        page.signIn(SandboxScenario::xeroUser, SandboxScenario::password);
        return allowAtXero(tenantIds);
    }

    // On Xero's consent page (reached from the log-in): ticks tenantIds and allows access.
    bool allowAtXero(const QStringList &tenantIds) const
    {
        const WebPageDriver page = driver();
        if (!page.waitForElement(QStringLiteral("consent")))
            return false;
        for (const QString &tenantId : tenantIds)
            page.evaluate(
                QStringLiteral("document.querySelector('input[name=tenant][value=\"%1\"]')"
                               ".checked = true; true")
                    .arg(tenantId));
        page.click(QStringLiteral("allow"));
        return true;
    }

    // "Sign in with Google" on Xero's log-in page.
    bool chooseGoogleAtXero() const
    {
        if (!waitForXeroForm())
            return false;
        markXeroFormUsed();
        driver().click(QStringLiteral("google"));
        return true;
    }

    // Cancel on Xero's own log-in page.
    bool cancelAtXero() const
    {
        if (!waitForXeroForm())
            return false;
        markXeroFormUsed();
        driver().click(QStringLiteral("cancel"));
        return true;
    }

private:
    SignInView *m_view = nullptr;
    QPointer<QWebEnginePage> m_page;
};
