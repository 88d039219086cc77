#include "sandboxoauth.h"

#include <QUrl>

QByteArray SandboxOAuth::redirectLocation(const QString &redirectUri,
                                          const QList<QPair<QString, QString>> &parameters)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto &[name, value] : parameters) {
        location += separator;
        location += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return location;
}

bool SandboxOAuth::isUsableRedirectUri(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() &&
           (scheme == QStringLiteral("https") || scheme == QStringLiteral("http")) &&
           !url.host().isEmpty() && !url.hasFragment();
}

bool SandboxOAuth::isLoopback(const QString &redirectUri)
{
    const QString host = QUrl(redirectUri).host().toLower();
    return host == QStringLiteral("localhost") || host == QStringLiteral("127.0.0.1") ||
           host == QStringLiteral("::1");
}

bool SandboxOAuth::redirectUrisMatch(const QString &registered, const QString &presented)
{
    if (registered == presented)
        return true;
    if (!isLoopback(registered) || !isLoopback(presented))
        return false;
    QUrl a(registered);
    QUrl b(presented);
    a.setPort(-1);
    b.setPort(-1);
    return a == b;
}

QPair<QString, QString> SandboxOAuth::basicCredentials(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.toLower().startsWith("basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(trimmed.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    return {QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon))),
            QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)))};
}
