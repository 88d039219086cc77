#include "assistantrun.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("AZURE_CLIENT_ID"),
          QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("AZURE_AUTHORITY_HOST"),
          QStringLiteral("POWERBI_API_ROOT"), QStringLiteral("QT_LOGGING_RULES")})
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

bool ProcessRun::outIsOneJsonDocument() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QString ProcessRun::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

void expectNoSecrets(const ProcessRun &run)
{
    static const QStringList marks = {QStringLiteral("eyJ"),       QStringLiteral("sbx-ms-"),
                                      QStringLiteral("sbx-xero-"), QStringLiteral("sandbox-secret"),
                                      QStringLiteral("Bearer"),    QStringLiteral("access_token")};
    for (const QString &mark : marks) {
        EXPECT_FALSE(run.out.contains(mark)) << "stdout shows " << mark.toStdString();
        EXPECT_FALSE(run.err.contains(mark)) << "stderr shows " << mark.toStdString();
    }
}

ProcessRun runAssistant(const QStringList &arguments, const QProcessEnvironment &extra,
                        const std::function<void()> &whileRunning)
{
    static QTemporaryDir home;
    QProcessEnvironment environment = isolatedEnvironment(home.path());
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(XRA_ASSISTANT), arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    bool finished = false;
    while (!finished && clock.elapsed() < 60000) {
        // whileRunning may spin the event loop, which can notice the end first.
        finished = process.state() == QProcess::NotRunning ||
                   process.waitForFinished(whileRunning ? 200 : 60000);
        if (!finished && whileRunning)
            whileRunning();
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    expectNoSecrets(run);
    return run;
}
