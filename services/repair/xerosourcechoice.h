#pragma once

#include "datasource.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Which data source of a dataset the repair gives Xero credentials to. A Xero dataset has no
// documented shape (a custom connector, a template app's leftover, Web or OData calls to
// api.xero.com), so: the one the user picked for this dataset, while it still exists; else the
// only one that looks like Xero; with none or several, the user picks among all of them.
struct XeroSourceChoice
{
    Q_DECLARE_TR_FUNCTIONS(XeroSourceChoice)

public:
    // The data source that will be repaired; empty while the user has to pick.
    std::optional<Datasource> chosen;
    // Every data source of the dataset, in the service's order.
    QList<Datasource> sources;
    // The user picked it (rather than it being the only one that looks like Xero).
    bool pickedByUser = false;

    static XeroSourceChoice from(const QList<Datasource> &sources, const QString &pickedKey);

    bool needsChoice() const { return !chosen && !sources.isEmpty(); }
    // Only a data source that names its gateway and its id can be given credentials.
    static bool canTakeCredentials(const Datasource &source);
    // Why nothing can be repaired yet, for an error: none to pick from, or a pick to make.
    ApiError notChosenError() const;
    static QString notChosenCode() { return QStringLiteral("XeroSourceNotChosen"); }
};
