#include "sandboxids.h"

#include <QRandomGenerator>
#include <QUuid>

QString SandboxIds::guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SandboxIds::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(base64Url(raw));
}

QByteArray SandboxIds::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString SandboxIds::powerBiTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString SandboxIds::xeroTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           QStringLiteral("0000");
}
