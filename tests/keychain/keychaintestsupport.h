#pragma once

#include "result.h"
#include "tokenkey.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

class TokenStore;

// A keychain "program" (service) name of its own for each test, so that no entry of the real
// program, or of another test, is ever touched.
QString uniqueTestProgram();

// The store's answer, waited for with the event loop running (test code only). A store that
// never answers fails the test instead of hanging.
std::optional<QString> readNow(TokenStore &store, const TokenKey &key, int timeoutMs = 15000);
void writeNow(TokenStore &store, const TokenKey &key, const QString &secret, int timeoutMs = 15000);
void removeNow(TokenStore &store, const TokenKey &key, int timeoutMs = 15000);

// What the Secret Service itself holds for a key, asked with libsecret's own command line
// (secret-tool) and the attributes QtKeychain stores (user = key, server = service): proves that
// a secret is in the system keychain and not only in the store's memory.
std::optional<QString> secretServiceLookup(const QString &program, const TokenKey &key);

// Captures every Qt log message, debug included, while it exists.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const;
    QString text() const { return lines().join(QLatin1Char('\n')); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    static LogCapture *s_active;
    static QMutex s_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
