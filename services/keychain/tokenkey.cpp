#include "tokenkey.h"

TokenKey TokenKey::microsoftRefreshToken(const QString &account)
{
    return TokenKey(Kind::MicrosoftRefreshToken, account);
}

TokenKey TokenKey::xeroRefreshToken(const QString &tenantId)
{
    return TokenKey(Kind::XeroRefreshToken, tenantId);
}

QString TokenKey::name() const
{
    switch (m_kind) {
    case Kind::MicrosoftRefreshToken:
        return QStringLiteral("microsoft/%1/refresh-token").arg(m_owner);
    case Kind::XeroRefreshToken:
        return QStringLiteral("xero/%1/refresh-token").arg(m_owner);
    }
    return {};
}
