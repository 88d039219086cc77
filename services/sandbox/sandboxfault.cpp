#include "sandboxfault.h"

#include <QJsonDocument>
#include <QJsonObject>

SandboxFault SandboxFault::on(const QString &method, const QString &pathPattern)
{
    SandboxFault fault;
    fault.method = method;
    fault.pathPattern = pathPattern;
    return fault;
}

SandboxFault SandboxFault::onAnyMethod(const QString &pathPattern)
{
    return on(QString(), pathPattern);
}

SandboxFault SandboxFault::answering(int answerStatus) const
{
    SandboxFault fault = *this;
    fault.status = answerStatus;
    return fault;
}

SandboxFault SandboxFault::withHeader(const QByteArray &name, const QByteArray &value) const
{
    SandboxFault fault = *this;
    fault.headers.append({name, value});
    return fault;
}

SandboxFault SandboxFault::withBody(const QByteArray &answerBody) const
{
    SandboxFault fault = *this;
    fault.body = answerBody;
    return fault;
}

SandboxFault SandboxFault::withPowerBiError(int answerStatus, const QString &code,
                                            const QString &message) const
{
    QJsonObject error{{QStringLiteral("code"), code}};
    if (!message.isEmpty())
        error.insert(QStringLiteral("message"), message);
    const QByteArray errorBody =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    return answering(answerStatus)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(errorBody);
}

SandboxFault SandboxFault::withMalformedJson() const
{
    SandboxFault fault = *this;
    fault.malformedJson = true;
    return fault;
}

SandboxFault SandboxFault::droppingTheConnection() const
{
    SandboxFault fault = *this;
    fault.dropConnection = true;
    return fault;
}

SandboxFault SandboxFault::answeringAfter(int milliseconds) const
{
    SandboxFault fault = *this;
    fault.delayMilliseconds = milliseconds;
    return fault;
}

SandboxFault SandboxFault::delayingTheRealAnswer(int milliseconds) const
{
    SandboxFault fault = answeringAfter(milliseconds);
    fault.realAnswer = true;
    return fault;
}

SandboxFault SandboxFault::forRequests(int count) const
{
    SandboxFault fault = *this;
    fault.times = count;
    return fault;
}
