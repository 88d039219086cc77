#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

// The hosts a sign-in's pages may use, in the form the embedded view's navigation policy takes:
// "host", or "host:port" when the root names a port (the sandbox on loopback).
class SignInHosts
{
public:
    static QStringList of(const QList<QUrl> &roots);
};
