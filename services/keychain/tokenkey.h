#pragma once

#include <QString>

// The name of one secret in the system keychain. Keys are namespaced by program (the keychain
// "service"), then by account or organisation, then by kind, so that two accounts or two Xero
// organisations never share an entry. Key names may be logged; values never.
class TokenKey
{
public:
    enum class Kind
    {
        MicrosoftRefreshToken,
        XeroRefreshToken
    };

    // account: the Microsoft user name (preferred_username) the token belongs to.
    static TokenKey microsoftRefreshToken(const QString &account);
    // tenantId: the Xero organisation the grant was used for.
    static TokenKey xeroRefreshToken(const QString &tenantId);

    Kind kind() const { return m_kind; }
    QString owner() const { return m_owner; }
    // "microsoft/alex@contoso.example/refresh-token", "xero/<tenant id>/refresh-token"
    QString name() const;

    bool operator==(const TokenKey &other) const = default;

private:
    TokenKey(Kind kind, const QString &owner)
        : m_kind(kind)
        , m_owner(owner)
    {}

    Kind m_kind;
    QString m_owner;
};
