#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

// What an authorization code stands for, remembered until it is redeemed.
struct SandboxAuthCode
{
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString scope;
    QString user;
    QStringList tenantIds; // Xero: the organisations ticked on the consent page
    QDateTime issuedAt;
    bool redeemed = false;
};

// Authorization codes of both identity services: one use only, 10 minutes of life.
class SandboxAuthCodes
{
public:
    enum class Redemption
    {
        Ok,
        Unknown,
        Expired,
        AlreadyRedeemed
    };

    static constexpr qint64 lifetimeSeconds = 600;

    QString issue(const SandboxAuthCode &code);
    // Any attempt uses the code up, successful or not (as RFC 6749 allows), so a code that
    // leaked with a wrong verifier cannot be tried again.
    Redemption redeem(const QString &code, const QDateTime &now, SandboxAuthCode *redeemed);

private:
    QHash<QString, SandboxAuthCode> m_codes;
};
