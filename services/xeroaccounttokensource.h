#pragma once

#include "xeroaccount.h"
#include "xerotokensource.h"

#include <QPointer>
#include <QString>

// The Xero sign-in stored in the keychain, for one organisation, as the repair session's
// source of fresh Xero access tokens (XeroAccount refreshes the stored grant, saving the
// rotated refresh token first).
class XeroAccountTokenSource : public XeroTokenSource
{
public:
    // The settings key under which the wizard remembers the organisation (tenant id) that the
    // user chose at the Xero sign-in.
    static QString tenantIdSettingsKey() { return QStringLiteral("xero/tenantId"); }

    // tenantId empty: no Xero sign-in stored.
    XeroAccountTokenSource(XeroAccount *account, const QString &tenantId)
        : m_account(account)
        , m_tenantId(tenantId)
    {}

    bool hasStoredSignIn() const override { return m_account && !m_tenantId.isEmpty(); }
    void freshAccessToken(QObject *context, Callback<QString> done) override
    {
        m_account->freshAccessToken(m_tenantId, context, std::move(done));
    }

private:
    QPointer<XeroAccount> m_account;
    QString m_tenantId;
};
