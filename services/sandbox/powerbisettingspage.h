#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct SandboxDataset;
struct SandboxDatasource;

// The HTML of a dataset's settings page in the Power BI web app ("Settings for <dataset>",
// resources/sandbox/powerbi-settings.html): the sections Gateway connection, Data source
// credentials and Scheduled refresh, collapsed until clicked, and the "Configure <dataset>"
// dialog that "Edit credentials" opens.
class PowerBiSettingsPage
{
public:
    struct Source
    {
        const SandboxDatasource *datasource = nullptr;
        bool credentialsWork = true;
        QString authorizeUrl;   // the pop-up's Xero sign-in; empty: not editable on the page
        QString credentialsUrl; // where the page posts the pop-up's code
    };

    static QByteArray render(const SandboxDataset &dataset, const QString &workspaceName,
                             const QString &user, const QList<Source> &sources);
    // A page of the web app that only says something (content not found, sign-in refused),
    // with a "Try again" link to retryPath unless it is empty.
    static QByteArray message(const QString &title, const QString &text,
                              const QString &retryPath = {});
    // The pop-up's OAuth redirect page (resources/sandbox/powerbi-oauthredirect.html).
    static QByteArray oauthRedirectPage();

private:
    static QString styleSheet();
    static QString sourceItem(const Source &source, bool owner);
    static QString scheduleSummary(const SandboxDataset &dataset);
};
