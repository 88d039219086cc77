#pragma once

#include <QByteArray>
#include <QString>

class SandboxRequest;

// The cookies of the sandbox's web pages (the Microsoft sign-in's session, the Power BI web
// app's session). Their lifetime is kept on the server against the sandbox clock, so they are
// session cookies in the browser: no Expires, which would follow the real clock.
class SandboxCookies
{
public:
    // The value of the cookie `name` the request carries; empty when it carries none.
    static QString value(const SandboxRequest &request, const QString &name);
    // A Set-Cookie header value: HttpOnly, SameSite=Lax, Path=/.
    static QByteArray setCookie(const QString &name, const QString &value);
};
