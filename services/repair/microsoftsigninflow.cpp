#include "microsoftsigninflow.h"

#include "endpoints.h"
#include "microsoftaccount.h"
#include "microsoftsignin.h"
#include "operationtracker.h"
#include "signinhosts.h"

MicrosoftSignInFlow::MicrosoftSignInFlow(MicrosoftSignIn *signIn, MicrosoftAccount *account,
                                         OperationTracker *operations, QSettings *settings,
                                         QObject *parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_account(account)
    , m_operations(operations)
    , m_settings(settings)
{
    connect(account, &MicrosoftAccount::signedIn, this, &MicrosoftSignInFlow::signedIn);
    connect(account, &MicrosoftAccount::signedOut, this, &MicrosoftSignInFlow::signedOut);
}

QUrl MicrosoftSignInFlow::begin()
{
    if (m_signIn->clientId().isEmpty())
        return {};
    return m_signIn->begin();
}

QUrl MicrosoftSignInFlow::redirectUri() const
{
    return m_signIn->redirectUri();
}

QStringList MicrosoftSignInFlow::signInHosts() const
{
    const QUrl authority = m_signIn->endpoints().authorityHost();
    QStringList hosts = SignInHosts::of({authority});
    if (Endpoints::isLoopbackHost(authority.host()))
        return hosts;
    // A work account's sign-in may move between Microsoft's authority names, a personal
    // (Microsoft account) sign-in goes through login.live.com and account.live.com, and the
    // pages load from the content hosts: all of them stay in the view.
    static const QStringList microsoftHosts = {
        QStringLiteral("login.microsoftonline.com"),
        QStringLiteral("login.microsoft.com"),
        QStringLiteral("login.windows.net"),
        QStringLiteral("device.login.microsoftonline.com"),
        QStringLiteral("autologon.microsoftazuread-sso.com"),
        QStringLiteral("login.live.com"),
        QStringLiteral("account.live.com"),
        QStringLiteral("aadcdn.msftauth.net"),
        QStringLiteral("aadcdn.msauth.net"),
        QStringLiteral("logincdn.msftauth.net"),
    };
    for (const QString &host : microsoftHosts) {
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

bool MicrosoftSignInFlow::isSignedIn() const
{
    return m_account->isSignedIn();
}

QString MicrosoftSignInFlow::accountName() const
{
    return isSignedIn() ? m_account->accountName() : QString();
}

QString MicrosoftSignInFlow::displayName() const
{
    return isSignedIn() ? m_account->displayName() : QString();
}

void MicrosoftSignInFlow::complete(const QUrl &redirect, QObject *context, Callback<Done> done)
{
    constexpr auto service = ApiError::Service::MicrosoftIdentity;
    m_operations->run<Done>(
        context, std::move(done),
        [this, redirect](Callback<Done> finish) {
            m_operations->tell(tr("Finishing the Power BI sign-in…"));
            m_signIn->completeSignIn(
                redirect, this,
                m_operations->guard(this, service)
                    .then<OAuthTokens>(finish, [this, finish](const OAuthTokens &tokens) {
                        adopt(tokens, finish);
                    }));
        },
        service);
}

void MicrosoftSignInFlow::adopt(const OAuthTokens &tokens, Callback<Done> done)
{
    m_account->adoptSignIn(tokens, this, [this, done](Result<Done> adopted) {
        if (adopted && m_settings)
            m_settings->setValue(accountSettingsKey(), m_account->accountName());
        done(adopted);
    });
}

void MicrosoftSignInFlow::signOut(QObject *context, Callback<Done> done)
{
    m_operations->run<Done>(context, std::move(done), [this](Callback<Done> finish) {
        // Forgotten whatever the keychain answers: the user asked to be signed out, and a name
        // left behind would sign the command line in again with a token that failed to go.
        if (m_settings)
            m_settings->remove(accountSettingsKey());
        m_account->signOut(this, finish);
    });
}
