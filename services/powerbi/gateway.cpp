#include "gateway.h"

Gateway Gateway::read(const JsonReader &reader)
{
    Gateway gateway;
    gateway.m_id = reader.string(QStringLiteral("id"));
    gateway.m_name = reader.string(QStringLiteral("name"));
    gateway.m_type = reader.string(QStringLiteral("type"));
    gateway.m_status = reader.string(QStringLiteral("gatewayStatus"));
    gateway.m_publicKey = GatewayPublicKey::read(reader.child(QStringLiteral("publicKey")));
    return gateway;
}

Result<Gateway> Gateway::fromBody(const QByteArray &body)
{
    const Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return object.error();
    return JsonReader::readObject<Gateway>(object.value(), &Gateway::read);
}
