#include "powerbigatewaysandboxapi.h"

#include "sandboxcontext.h"
#include "sandboxjson.h"
#include "xeroapisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

PowerBiGatewaySandboxApi::PowerBiGatewaySandboxApi(SandboxContext &context)
    : PowerBiSandboxRoutes(context)
{}

SandboxReply PowerBiGatewaySandboxApi::getGateway(const Call &call)
{
    const QString gatewayId = call.match.captured(QStringLiteral("gateway"));
    const SandboxGateway *gateway = m_context.state.gateway(gatewayId);
    // The gateway id of a cloud data source is no gateway this API shows. We answer 404
    // PowerBIEntityNotFound for it, as for an unknown id; Microsoft's EncryptCredentials samples
    // (.NET, Python) read that 404, or a gateway without a public key, as a cloud data source.
    if (!gateway)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the gateway %1.").arg(gatewayId));
    const SandboxGatewayKey *key = m_context.gatewayKeys.keyFor(gateway->id, gateway->keyBits);
    if (!key)
        return error(500, QStringLiteral("InternalServerError"),
                     QStringLiteral("The gateway's key could not be made."));
    // gatewayAnnotation is a JSON document in a string, as the service sends it.
    const QJsonObject annotation{
        {QStringLiteral("gatewayContactInformation"), QJsonArray{gateway->contact}},
        {QStringLiteral("gatewayVersion"), gateway->version},
        {QStringLiteral("gatewayMachine"), gateway->machine},
        {QStringLiteral("gatewayDepartment"), QJsonValue()}};
    return SandboxReply::json(
        200,
        QJsonObject{{QStringLiteral("@odata.context"),
                     call.request.root.toString() +
                         QStringLiteral("/v1.0/myorg/$metadata#gateways/$entity")},
                    {QStringLiteral("id"), gateway->id},
                    {QStringLiteral("name"), gateway->name},
                    {QStringLiteral("type"), QStringLiteral("Resource")},
                    {QStringLiteral("gatewayAnnotation"),
                     QString::fromUtf8(QJsonDocument(annotation).toJson(QJsonDocument::Compact))},
                    {QStringLiteral("publicKey"), key->publicKeyJson()},
                    {QStringLiteral("gatewayStatus"), QStringLiteral("Live")}});
}

// The credentialData entries of the `credentials` string, or nullopt when it is not the
// documented JSON document.
static std::optional<QMap<QString, QString>> credentialData(const QString &credentials)
{
    const auto document = SandboxJson::parseObject(credentials.toUtf8());
    if (!document)
        return std::nullopt;
    const QJsonValue data = SandboxJson::member(*document, QStringLiteral("credentialData"));
    if (!data.isArray())
        return std::nullopt;
    QMap<QString, QString> entries;
    for (const QJsonValue &item : data.toArray()) {
        const QJsonValue name = SandboxJson::member(item.toObject(), QStringLiteral("name"));
        const QJsonValue value = SandboxJson::member(item.toObject(), QStringLiteral("value"));
        if (!name.isString() || !value.isString())
            return std::nullopt;
        entries.insert(name.toString(), value.toString());
    }
    return entries;
}

static std::optional<SandboxReply> checkEnum(const QJsonObject &details, const QString &member,
                                             const QStringList &allowed)
{
    const QJsonValue value = SandboxJson::member(details, member);
    if (value.isUndefined())
        return PowerBiGatewaySandboxApi::error(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("credentialDetails.%1 is required.").arg(member));
    if (!allowed.contains(value.toString()))
        return PowerBiGatewaySandboxApi::error(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("Invalid credentialDetails.%1 '%2'.").arg(member, value.toString()));
    return std::nullopt;
}

std::optional<QString> PowerBiGatewaySandboxApi::credentialsDocument(const QString &gatewayId,
                                                                     const QJsonObject &details,
                                                                     SandboxReply *refusal)
{
    const QJsonValue credentials = SandboxJson::member(details, QStringLiteral("credentials"));
    if (!credentials.isString()) {
        *refusal = badRequest(QStringLiteral("credentialDetails.credentials"),
                              QStringLiteral("credentials must be a JSON document in a string."));
        return std::nullopt;
    }
    const bool encrypted =
        SandboxJson::member(details, QStringLiteral("encryptionAlgorithm")).toString() ==
        QStringLiteral("RSA-OAEP");
    const SandboxGateway *gateway = m_context.state.gateway(gatewayId);
    // DMTS_InvalidEncryptionAlgorithmError is the code Power BI was seen answering for a
    // credential whose encryption does not fit the data source (Power BI community thread
    // "Possible to update credentials via REST API",
    // https://community.fabric.microsoft.com/t5/Developer/Possible-to-update-credentials-via-REST-API/m-p/1700259);
    // its message was not published, so these sentences are ours.
    const QString wrongAlgorithm = QStringLiteral("DMTS_InvalidEncryptionAlgorithmError");
    if (!gateway && encrypted) {
        *refusal = error(400, wrongAlgorithm,
                         QStringLiteral("This is a cloud data source: send its credentials "
                                        "unencrypted, with encryptionAlgorithm None."));
        return std::nullopt;
    }
    if (!gateway)
        return credentials.toString();
    if (!encrypted) {
        *refusal = error(400, wrongAlgorithm,
                         QStringLiteral("Credentials for a data source on the on-premises gateway "
                                        "%1 must be encrypted with the gateway's public key "
                                        "(encryptionAlgorithm RSA-OAEP).")
                             .arg(gateway->name));
        return std::nullopt;
    }
    const SandboxGatewayKey *key = m_context.gatewayKeys.keyFor(gateway->id, gateway->keyBits);
    QString problem = QStringLiteral("the gateway has no key");
    const std::optional<QByteArray> document =
        key ? key->decrypt(credentials.toString(), &problem) : std::nullopt;
    if (!document) {
        // The gateway reports credentials it cannot read as invalid ones.
        *refusal = error(400, QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials"),
                         QStringLiteral("The gateway %1 could not decrypt the credentials: %2.")
                             .arg(gateway->name, problem));
        return std::nullopt;
    }
    return QString::fromUtf8(*document);
}

SandboxReply PowerBiGatewaySandboxApi::setCredentials(const Call &call)
{
    const QString gatewayId = call.match.captured(QStringLiteral("gateway"));
    const QString datasourceId = call.match.captured(QStringLiteral("datasource"));
    SandboxDatasource *datasource = m_context.state.datasource(gatewayId, datasourceId);
    if (!datasource)
        return error(404, QStringLiteral("PowerBIEntityNotFound"),
                     QStringLiteral("Couldn't find the data source %1 on gateway %2.")
                         .arg(datasourceId, gatewayId));
    // Credentials are kept per user: only the data source's owner may change them, and Power BI
    // answers anyone else with 401.
    const QString owner = m_context.state.datasourceOwner(gatewayId, datasourceId);
    if (owner.compare(call.caller.subject, Qt::CaseInsensitive) != 0)
        return error(
            401, QStringLiteral("PowerBINotAuthorizedException"),
            QStringLiteral("Only the owner of the data source can update its credentials."));
    const auto body = SandboxJson::parseObject(call.request.body);
    if (!body)
        return badRequest(QStringLiteral("updateDatasourceRequest"),
                          QStringLiteral("The request body is not a valid JSON object."));
    const QJsonValue detailsValue = SandboxJson::member(*body, QStringLiteral("credentialDetails"));
    if (!detailsValue.isObject())
        return badRequest(QStringLiteral("credentialDetails"),
                          QStringLiteral("credentialDetails is required."));
    const QJsonObject details = detailsValue.toObject();

    if (auto refusal = checkEnum(details, QStringLiteral("credentialType"),
                                 {QStringLiteral("Basic"), QStringLiteral("Windows"),
                                  QStringLiteral("Anonymous"), QStringLiteral("OAuth2"),
                                  QStringLiteral("Key"), QStringLiteral("SAS")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("encryptedConnection"),
                                 {QStringLiteral("Encrypted"), QStringLiteral("NotEncrypted")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("encryptionAlgorithm"),
                                 {QStringLiteral("None"), QStringLiteral("RSA-OAEP")}))
        return *refusal;
    if (auto refusal = checkEnum(details, QStringLiteral("privacyLevel"),
                                 {QStringLiteral("None"), QStringLiteral("Public"),
                                  QStringLiteral("Organizational"), QStringLiteral("Private")}))
        return *refusal;
    SandboxReply refusal;
    const std::optional<QString> credentials = credentialsDocument(gatewayId, details, &refusal);
    if (!credentials)
        return refusal;
    const auto data = credentialData(*credentials);
    if (!data)
        return badRequest(QStringLiteral("credentialDetails.credentials"),
                          QStringLiteral("credentials is not a JSON document with a credentialData "
                                         "array of name/value pairs."));

    const QString type = SandboxJson::member(details, QStringLiteral("credentialType")).toString();
    const QString invalidCredentials =
        QStringLiteral("DM_GWPipeline_Gateway_InvalidConnectionCredentials");
    if (datasource->isXero) {
        const QString token = data->value(QStringLiteral("accessToken"));
        if (type != QStringLiteral("OAuth2") || token.isEmpty())
            return error(400, invalidCredentials,
                         QStringLiteral(
                             "The Xero data source needs OAuth2 credentials with an accessToken."));
        if (!XeroApiSandbox::grantOfAccessToken(m_context, token))
            return error(400, invalidCredentials,
                         QStringLiteral("The credentials provided for the Xero source are invalid: "
                                        "the access token is unknown, expired or revoked."));
        datasource->pushedXeroAccessToken = token;
        // The trap of CONTRACTS.md: the pushed token replaces a lasting credential entered on
        // the Power BI page, so the next refresh after its 30 minutes fails.
        m_context.lastingCredentials.remove(gatewayId, datasourceId);
        return SandboxReply::empty(200);
    }
    const bool complete =
        (type == QStringLiteral("Anonymous")) ||
        (type == QStringLiteral("OAuth2") &&
         !data->value(QStringLiteral("accessToken")).isEmpty()) ||
        ((type == QStringLiteral("Basic") || type == QStringLiteral("Windows")) &&
         !data->value(QStringLiteral("username")).isEmpty()) ||
        (type == QStringLiteral("Key") && !data->value(QStringLiteral("key")).isEmpty()) ||
        (type == QStringLiteral("SAS") && !data->value(QStringLiteral("token")).isEmpty());
    if (!complete)
        return error(400, invalidCredentials,
                     QStringLiteral("The credentials provided for the %1 source are incomplete.")
                         .arg(datasource->datasourceType));
    return SandboxReply::empty(200);
}
