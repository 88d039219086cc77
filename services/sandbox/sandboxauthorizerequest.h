#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// The parameters of an OAuth authorization request (RFC 6749 with PKCE), as both sandbox
// identity providers receive them in the query and carry them through their pages as hidden
// form fields.
struct SandboxAuthorizeRequest
{
    QString clientId;
    QString responseType;
    QString redirectUri;
    QString scope;
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;

    static SandboxAuthorizeRequest from(const QMap<QString, QString> &values);
    // Name and value of each parameter, for the pages' hidden fields.
    QList<QPair<QString, QString>> fields() const;
};
