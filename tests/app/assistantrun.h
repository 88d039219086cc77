#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// One run of the real xero-refresh-assistant binary, as a script sees it: exit code, stdout,
// stderr and how long it took.
struct ProcessRun
{
    int exitCode = -1; // -2: it crashed; -1: it did not end within a minute
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    bool outIsOneJsonDocument() const;
    // --json: the error document's code, empty when there is none.
    QString errorCode() const;
};

// Runs the program with arguments in a clean environment (no service principal, no endpoint
// variables, settings and keychain of a throw-away home), plus extra; fails the current test
// when a secret shows up on stdout or stderr. whileRunning, when given, is called every 200 ms
// until the program ends (a test moving the sandbox's clock on, for instance).
ProcessRun runAssistant(const QStringList &arguments, const QProcessEnvironment &extra = {},
                        const std::function<void()> &whileRunning = {});

// Marks of every secret the sandbox hands out: Microsoft access tokens are JWTs ("eyJ..."),
// refresh and Xero tokens carry "sbx-" prefixes; plus the service principal's secret.
void expectNoSecrets(const ProcessRun &run);
