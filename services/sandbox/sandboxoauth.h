#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// OAuth 2.0 details both identity services share.
class SandboxOAuth
{
public:
    // redirect_uri with the parameters appended to its query, percent-encoded.
    static QByteArray redirectLocation(const QString &redirectUri,
                                       const QList<QPair<QString, QString>> &parameters);
    // An absolute http(s) URL without a fragment, as RFC 6749 requires of a redirect URI.
    static bool isUsableRedirectUri(const QString &redirectUri);
    static bool isLoopback(const QString &redirectUri);
    // Exact match, except that a loopback redirect's port is ignored (Microsoft's and
    // Xero's rule for desktop apps).
    static bool redirectUrisMatch(const QString &registered, const QString &presented);
    // client_id and client_secret from "Authorization: Basic ..." (empty when absent).
    static QPair<QString, QString> basicCredentials(const QByteArray &authorization);
};
