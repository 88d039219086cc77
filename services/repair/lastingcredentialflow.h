#pragma once

#include "endpoints.h"
#include "utcclock.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class ChosenDataset;
class CredentialRecords;

// Steps 2 to 4 of Microsoft's procedure done where they give a credential that lasts: in Power
// BI's own dataset settings page, whose "Edit credentials" dialog opens the Xero connector's
// sign-in in a pop-up. Power BI keeps that sign-in's refresh token and renews it on its own,
// which no credential pushed through the API can do.
//
// This class knows the page (where it is, which hosts it and its sign-in use) and reads the
// one thing the program can see of the dialog: the pop-up reaching Power BI's OAuth redirect
// page with Xero's answer, then closing. A code there means Power BI received a new sign-in; it
// is recorded as lasting for the Xero data source of step 2, and the next refresh confirms
// or refutes it (CredentialState). Nothing here reads or keeps the code itself.
class LastingCredentialFlow : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Given,     // Xero answered with a code: Power BI has a new, lasting sign-in
        Cancelled, // the user declined at Xero (access_denied)
        Refused,   // Xero answered with another error
        Closed,    // the pop-up closed before reaching the redirect page
    };

    LastingCredentialFlow(const Endpoints &endpoints, ChosenDataset *dataset,
                          CredentialRecords *records, QObject *parent = nullptr);

    void setClock(UtcClock clock) { m_clock = std::move(clock); }

    // The chosen dataset's settings page in the Power BI web app of the configured cloud.
    QUrl settingsPage() const;
    // Hosts ("host" or "host:port") the page and its Microsoft sign-in live on: the page's
    // own navigations stay in the view; a link the user clicks elsewhere opens in the browser.
    QStringList pageHosts() const;
    // Power BI's OAuth redirect page for connectors, where the pop-up's sign-in ends.
    QUrl oauthRedirectPage() const { return m_endpoints.powerBiOAuthRedirectPage(); }
    bool isOAuthRedirect(const QUrl &url) const;

    // The pop-up ended; answer is the redirect page's URL it reached (empty if none). Records a
    // lasting credential for the Xero data source (Datasource::key(), the one the status says
    // the repair is for) when the answer carries a code.
    Outcome popupEnded(const QUrl &answer, const QString &datasourceKey);
    // Xero's error code and description of the last Refused answer, to show as they are.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void lastingCredentialGiven();

private:
    Endpoints m_endpoints;
    QPointer<ChosenDataset> m_dataset;
    CredentialRecords *m_records;
    UtcClock m_clock = systemUtcClock();
    QString m_lastError;
};
