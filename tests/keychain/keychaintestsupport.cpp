#include "keychaintestsupport.h"

#include "awaitresult.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QProcess>
#include <QUuid>

#include <gtest/gtest.h>

QString uniqueTestProgram()
{
    return QStringLiteral("xra-keychain-test-%1")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

std::optional<QString> readNow(TokenStore &store, const TokenKey &key, int timeoutMs)
{
    const Result<std::optional<QString>> result = awaitResult<std::optional<QString>>(
        [&](Callback<std::optional<QString>> done) { store.read(key, &store, done); }, timeoutMs);
    EXPECT_TRUE(result.ok()) << "read " << key.name().toStdString() << ": "
                             << result.error().message().toStdString();
    return result.ok() ? result.value() : std::nullopt;
}

void writeNow(TokenStore &store, const TokenKey &key, const QString &secret, int timeoutMs)
{
    const Result<Done> result = awaitResult<Done>(
        [&](Callback<Done> done) { store.write(key, secret, &store, done); }, timeoutMs);
    EXPECT_TRUE(result.ok()) << "write " << key.name().toStdString() << ": "
                             << result.error().message().toStdString();
}

void removeNow(TokenStore &store, const TokenKey &key, int timeoutMs)
{
    const Result<Done> result =
        awaitResult<Done>([&](Callback<Done> done) { store.remove(key, &store, done); }, timeoutMs);
    EXPECT_TRUE(result.ok()) << "remove " << key.name().toStdString() << ": "
                             << result.error().message().toStdString();
}

std::optional<QString> secretServiceLookup(const QString &program, const TokenKey &key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"),
                                                 key.name(), QStringLiteral("server"), program});
    if (!lookup.waitForFinished(15000)) {
        ADD_FAILURE() << "secret-tool did not run or did not finish";
        lookup.kill();
        lookup.waitForFinished();
        return std::nullopt;
    }
    if (lookup.exitStatus() != QProcess::NormalExit || lookup.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

LogCapture *LogCapture::s_active = nullptr;
QMutex LogCapture::s_mutex;

LogCapture::LogCapture()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QMutexLocker lock(&s_mutex);
    s_active = this;
    m_previous = qInstallMessageHandler(&LogCapture::handle);
}

LogCapture::~LogCapture()
{
    {
        QMutexLocker lock(&s_mutex);
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
    }
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&s_mutex);
    return m_lines;
}

void LogCapture::handle(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&s_mutex);
    if (s_active) {
        s_active->m_lines.append(QStringLiteral("%1: %2").arg(
            QString::fromLatin1(context.category ? context.category : "default"), message));
    }
}
