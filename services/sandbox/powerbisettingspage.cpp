#include "powerbisettingspage.h"

#include "sandboxdataset.h"
#include "sandboxpages.h"

#include <QFile>

static const QString invalidCredentials = QStringLiteral(
    "Your data source can't be refreshed because the credentials are invalid. Please update "
    "your credentials and try again.");

QString PowerBiSettingsPage::styleSheet()
{
    QFile style(QStringLiteral(":/sandbox/powerbi.css"));
    return style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll()) : QString();
}

// What the page calls a data source, and what it shows of its connection.
static QPair<QString, QString> kindAndDetail(const SandboxDatasource &datasource)
{
    const QJsonObject &details = datasource.connectionDetails;
    if (datasource.isXero)
        return {QStringLiteral("Xero"), details.value(QStringLiteral("path")).toString()};
    if (datasource.datasourceType == QStringLiteral("Sql"))
        return {QStringLiteral("SQL Server"),
                details.value(QStringLiteral("server")).toString() + QLatin1Char(';') +
                    details.value(QStringLiteral("database")).toString()};
    return {datasource.datasourceType, details.value(QStringLiteral("path")).toString()};
}

QString PowerBiSettingsPage::sourceItem(const Source &source, bool owner)
{
    const SandboxDatasource &datasource = *source.datasource;
    const auto [kind, detail] = kindAndDetail(datasource);
    const bool editable = owner && !source.authorizeUrl.isEmpty();
    const QString id = SandboxPages::escape(datasource.datasourceId);
    QString link;
    if (editable) {
        link = QStringLiteral("<a href=\"#\" class=\"edit-credentials\" role=\"button\" "
                              "id=\"edit-credentials-%1\">Edit credentials</a>")
                   .arg(id);
    } else {
        link =
            QStringLiteral("<a class=\"edit-credentials\" role=\"button\" aria-disabled=\"true\" "
                           "tabindex=\"-1\" id=\"edit-credentials-%1\">Edit credentials</a>")
                .arg(id);
    }
    QString state = QStringLiteral("<span class=\"state\"></span>");
    if (!source.credentialsWork)
        state = QStringLiteral("<span class=\"state error\">The credentials are invalid.</span>");
    else if (owner && source.authorizeUrl.isEmpty())
        state = QStringLiteral("<span class=\"state note\">The sandbox signs in to Xero data "
                               "sources only.</span>");
    return QStringLiteral("<li class=\"datasource\" id=\"datasource-%1\" data-datasource-id=\"%1\" "
                          "data-gateway-id=\"%2\" data-name=\"%3\" data-xero=\"%4\" "
                          "data-authorize-url=\"%5\" data-credentials-url=\"%6\">\n"
                          "<span class=\"kind\">%3</span> <span class=\"detail\">%7</span>\n"
                          "%8\n%9\n</li>\n")
        .arg(id, SandboxPages::escape(datasource.gatewayId), SandboxPages::escape(kind),
             datasource.isXero ? QStringLiteral("true") : QStringLiteral("false"),
             SandboxPages::escape(editable ? source.authorizeUrl : QString()),
             SandboxPages::escape(editable ? source.credentialsUrl : QString()),
             SandboxPages::escape(detail), link, state);
}

QString PowerBiSettingsPage::scheduleSummary(const SandboxDataset &dataset)
{
    const SandboxSchedule &schedule = dataset.schedule;
    const bool daily = schedule.days.size() == 7;
    return QStringLiteral("<dl class=\"schedule\">\n"
                          "<dt>Keep your data up to date</dt><dd id=\"schedule-enabled\">%1</dd>\n"
                          "<dt>Refresh frequency</dt><dd>%2</dd>\n"
                          "<dt>Time zone</dt><dd>%3</dd>\n"
                          "<dt>Time</dt><dd>%4</dd>\n"
                          "</dl>\n")
        .arg(schedule.enabled ? QStringLiteral("On") : QStringLiteral("Off"),
             daily ? QStringLiteral("Daily")
                   : QStringLiteral("Weekly: ") +
                         SandboxPages::escape(schedule.days.join(QStringLiteral(", "))),
             SandboxPages::escape(schedule.localTimeZoneId),
             SandboxPages::escape(schedule.times.join(QStringLiteral(", "))));
}

QByteArray PowerBiSettingsPage::render(const SandboxDataset &dataset, const QString &workspaceName,
                                       const QString &user, const QList<Source> &sources)
{
    const bool owner = dataset.configuredBy.compare(user, Qt::CaseInsensitive) == 0;
    QString items;
    bool allWork = true;
    for (const Source &source : sources) {
        items += sourceItem(source, owner);
        allWork = allWork && source.credentialsWork;
    }
    // As Power BI says it to whoever is not the owner (who first sees "Take over").
    const QString ownerNote =
        owner ? QString()
              : QStringLiteral("<p class=\"note\" id=\"owner-note\">Only the owner of this "
                               "semantic model, %1, can edit its data source credentials. Take "
                               "over the semantic model to edit them.</p>")
                    .arg(SandboxPages::escape(dataset.configuredBy));
    const QString warning =
        allWork ? QString()
                : QStringLiteral("<p class=\"error credentials-warning\" role=\"alert\">%1</p>")
                      .arg(SandboxPages::escape(invalidCredentials));
    const QString warningIcon =
        allWork ? QString()
                : QStringLiteral(" <span class=\"warning-icon credentials-warning\" "
                                 "aria-label=\"The credentials are invalid\">&#9888;</span>");
    return SandboxPages::render(
        QStringLiteral("powerbi-settings.html"),
        {{QStringLiteral("powerbiStyle"), styleSheet()},
         {QStringLiteral("datasetName"), SandboxPages::escape(dataset.name)},
         {QStringLiteral("datasetId"), SandboxPages::escape(dataset.id)},
         {QStringLiteral("workspaceName"), SandboxPages::escape(workspaceName)},
         {QStringLiteral("user"), SandboxPages::escape(user)},
         {QStringLiteral("owner"), SandboxPages::escape(dataset.configuredBy)},
         {QStringLiteral("credentialsWarningIcon"), warningIcon},
         {QStringLiteral("credentialsWarning"), warning},
         {QStringLiteral("ownerNote"), ownerNote},
         {QStringLiteral("datasources"), items},
         {QStringLiteral("schedule"), scheduleSummary(dataset)}});
}

QByteArray PowerBiSettingsPage::message(const QString &title, const QString &text,
                                        const QString &retryPath)
{
    const QString link =
        retryPath.isEmpty() ? QString()
                            : QStringLiteral("<p><a id=\"try-again\" href=\"%1\">Try again</a></p>")
                                  .arg(SandboxPages::escape(retryPath));
    return SandboxPages::render(QStringLiteral("powerbi-message.html"),
                                {{QStringLiteral("powerbiStyle"), styleSheet()},
                                 {QStringLiteral("title"), SandboxPages::escape(title)},
                                 {QStringLiteral("message"), SandboxPages::escape(text)},
                                 {QStringLiteral("link"), link}});
}

QByteArray PowerBiSettingsPage::oauthRedirectPage()
{
    return SandboxPages::render(QStringLiteral("powerbi-oauthredirect.html"),
                                {{QStringLiteral("powerbiStyle"), styleSheet()}});
}
