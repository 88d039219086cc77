#include "sandboxcookies.h"

#include "sandboxrequest.h"

QString SandboxCookies::value(const SandboxRequest &request, const QString &name)
{
    // "a=1; b=2", possibly over several Cookie headers.
    for (const auto &[header, text] : request.headers) {
        if (header.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : text.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && QString::fromLatin1(trimmed.left(equals)) == name)
                return QString::fromLatin1(trimmed.mid(equals + 1));
        }
    }
    return {};
}

QByteArray SandboxCookies::setCookie(const QString &name, const QString &value)
{
    return name.toLatin1() + '=' + value.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
}
