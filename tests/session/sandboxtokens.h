#pragma once

#include "accesstokenprovider.h"
#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "xerotokensource.h"

#include <QTimer>

// Tokens issued by the sandbox, standing in for a completed sign-in. Answers come later, like a
// real token endpoint's.
class SandboxPowerBiTokens : public AccessTokenProvider
{
public:
    SandboxPowerBiTokens(SandboxServer &sandbox, bool servicePrincipal = false)
        : m_sandbox(sandbox)
        , m_servicePrincipal(servicePrincipal)
    {}

    void accessToken(QObject *context, Callback<QString> done) override
    {
        if (m_current.isEmpty())
            m_current = issue();
        deliver(context, done);
    }
    void renewAccessToken(QObject *context, Callback<QString> done) override
    {
        ++renewals;
        m_current = issue();
        deliver(context, done);
    }
    bool isServicePrincipal() const override { return m_servicePrincipal; }
    QString accountName() const override
    {
        return m_servicePrincipal ? QString() : SandboxScenario::microsoftUser;
    }

    int renewals = 0;

private:
    QString issue()
    {
        return m_servicePrincipal ? m_sandbox.issueServicePrincipalAccessToken()
                                  : m_sandbox.issuePowerBiAccessToken();
    }
    void deliver(QObject *context, const Callback<QString> &done)
    {
        QTimer::singleShot(0, context, [done, token = m_current] { done(token); });
    }

    SandboxServer &m_sandbox;
    bool m_servicePrincipal;
    QString m_current;
};

class SandboxXeroTokenSource : public XeroTokenSource
{
public:
    explicit SandboxXeroTokenSource(SandboxServer &sandbox)
        : m_sandbox(sandbox)
    {}

    bool hasStoredSignIn() const override { return true; }
    void freshAccessToken(QObject *context, Callback<QString> done) override
    {
        ++issued;
        const QString token =
            m_sandbox.issueXeroTokens({SandboxScenario::contosoLtdTenantId}).accessToken;
        QTimer::singleShot(0, context, [done, token] { done(token); });
    }

    int issued = 0;

private:
    SandboxServer &m_sandbox;
};
