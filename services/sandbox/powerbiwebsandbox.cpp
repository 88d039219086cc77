#include "powerbiwebsandbox.h"

#include "powerbisettingspage.h"
#include "sandboxcontext.h"
#include "sandboxxeroconnector.h"

#include <QRegularExpression>

PowerBiWebSandbox::PowerBiWebSandbox(SandboxContext &context)
    : m_context(context)
    , m_signIn(context)
    , m_credentials(context)
{}

void PowerBiWebSandbox::reset()
{
    m_signIn.reset();
    m_credentials.reset();
}

static SandboxReply methodNotAllowed()
{
    return SandboxReply::text(405, "Method not allowed\n", "text/plain; charset=utf-8");
}

std::optional<SandboxReply> PowerBiWebSandbox::handle(const SandboxRequest &request)
{
    static const QRegularExpression settings(
        QStringLiteral("^/groups/(?<group>[^/]+)/settings/datasets/(?<dataset>[^/]+)/?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression credentials(
        QStringLiteral("^/powerbi/web/gateways/(?<gateway>[^/]+)/datasources/(?<datasource>[^/]+)"
                       "/credentials$"),
        QRegularExpression::CaseInsensitiveOption);
    const bool get = request.method == "GET";
    if (request.path == PowerBiWebSignIn::callbackPath)
        return get ? m_signIn.callback(request) : methodNotAllowed();
    if (request.path.compare(SandboxXeroConnector::redirectPath, Qt::CaseInsensitive) == 0)
        return get ? SandboxReply::html(200, PowerBiSettingsPage::oauthRedirectPage())
                   : methodNotAllowed();
    if (const auto match = settings.match(request.path); match.hasMatch())
        return get ? settingsPage(request, match.captured(QStringLiteral("group")),
                                  match.captured(QStringLiteral("dataset")))
                   : methodNotAllowed();
    if (const auto match = credentials.match(request.path); match.hasMatch())
        return request.method == "POST"
                   ? saveCredentials(request, match.captured(QStringLiteral("gateway")),
                                     match.captured(QStringLiteral("datasource")))
                   : methodNotAllowed();
    return std::nullopt;
}

SandboxReply PowerBiWebSandbox::settingsPage(const SandboxRequest &request, const QString &group,
                                             const QString &datasetId)
{
    const QString user = m_signIn.userOf(request);
    if (user.isEmpty())
        return m_signIn.signInFirst(request);

    const bool myWorkspace = group.compare(QStringLiteral("me"), Qt::CaseInsensitive) == 0;
    const SandboxWorkspace *workspace = myWorkspace ? nullptr : m_context.state.workspace(group);
    SandboxDataset *dataset =
        myWorkspace || workspace
            ? m_context.state.dataset(myWorkspace ? QString() : group, datasetId, user)
            : nullptr;
    if (!dataset)
        return SandboxReply::html(
            404,
            PowerBiSettingsPage::message(
                QStringLiteral("This content isn't available"),
                QStringLiteral("It was deleted, or %1 has no permission to see it.").arg(user)));

    const bool owner = dataset->configuredBy.compare(user, Qt::CaseInsensitive) == 0;
    const SandboxXeroConnector connector(m_context);
    QList<PowerBiSettingsPage::Source> sources;
    for (const SandboxDatasource &datasource : dataset->datasources) {
        PowerBiSettingsPage::Source source;
        source.datasource = &datasource;
        source.credentialsWork = !datasource.isXero || connector.looksUsable(datasource);
        if (datasource.isXero && owner) {
            source.authorizeUrl = m_credentials.startSignIn(request.root, user, datasource)
                                      .toString(QUrl::FullyEncoded);
            source.credentialsUrl =
                PowerBiWebCredentials::saveUrl(datasource.gatewayId, datasource.datasourceId);
        }
        sources.append(source);
    }
    const QString workspaceName = myWorkspace ? QStringLiteral("My workspace") : workspace->name;
    return SandboxReply::html(200,
                              PowerBiSettingsPage::render(*dataset, workspaceName, user, sources));
}

SandboxReply PowerBiWebSandbox::saveCredentials(const SandboxRequest &request,
                                                const QString &gatewayId,
                                                const QString &datasourceId)
{
    const QString user = m_signIn.userOf(request);
    if (user.isEmpty())
        return SandboxReply::json(
            401, QJsonObject{{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("Unauthorized")},
                                          {QStringLiteral("message"),
                                           QStringLiteral("Your Power BI session has ended. "
                                                          "Reload the page to sign in again.")}}}});
    return m_credentials.save(request, user, gatewayId, datasourceId);
}
