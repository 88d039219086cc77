#include "sandboxauthcodes.h"

#include "sandboxids.h"

QString SandboxAuthCodes::issue(const SandboxAuthCode &code)
{
    const QString value = SandboxIds::randomToken(32);
    m_codes.insert(value, code);
    return value;
}

SandboxAuthCodes::Redemption SandboxAuthCodes::redeem(const QString &code, const QDateTime &now,
                                                      SandboxAuthCode *redeemed)
{
    auto it = m_codes.find(code);
    if (code.isEmpty() || it == m_codes.end())
        return Redemption::Unknown;
    if (it->redeemed)
        return Redemption::AlreadyRedeemed;
    it->redeemed = true;
    if (it->issuedAt.secsTo(now) > lifetimeSeconds)
        return Redemption::Expired;
    *redeemed = *it;
    return Redemption::Ok;
}
