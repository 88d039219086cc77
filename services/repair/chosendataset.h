#pragma once

#include "datasetchoice.h"
#include "datasource.h"
#include "endpoints.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <optional>

// The dataset the repair works on, shared by the parts that read and change it, and remembered
// in the settings for the next start ("dataset/workspaceId", "dataset/id", both names, and
// whether the workspace is on dedicated capacity, which decides the refreshes allowed a day).
class ChosenDataset : public QObject
{
    Q_OBJECT

public:
    // settings may be null: nothing is remembered. It must outlive this object.
    ChosenDataset(QSettings *settings, const Endpoints &endpoints, QObject *parent = nullptr);

    DatasetChoice choice() const { return m_choice; }
    bool isChosen() const { return m_choice.isValid(); }
    void choose(const DatasetChoice &choice);
    // Takes the dataset as just read into the choice (its owner may have changed elsewhere),
    // if it is still the one chosen.
    void update(const DatasetRef &ref, const Dataset &dataset);
    // After a take-over: the owner is now `account`.
    void setOwner(const QString &account);

    // The dataset's settings in the Power BI web page, where Power BI's own "Edit credentials"
    // gives a credential that lasts.
    QUrl settingsPage() const;

    // Keeps the choice in the settings, for the next start.
    void remember();
    std::optional<DatasetRef> remembered() const;
    // Chooses the remembered dataset as the settings describe it (ids, names, the workspace's
    // capacity), without asking Power BI: a window can show it at once, and the status read
    // confirms it. False when nothing is remembered.
    bool chooseRemembered();

    // The data source the user picked as the chosen dataset's Xero source (Datasource::key()),
    // kept in the settings per dataset; empty when none was picked.
    QString pickedXeroSource() const;
    void pickXeroSource(const Datasource &source);

    // "Nothing chosen yet", for operations that need a dataset.
    static ApiError noneChosenError();

signals:
    void changed(const DatasetChoice &choice);

private:
    QPointer<QSettings> m_settings;
    Endpoints m_endpoints;
    DatasetChoice m_choice;
    // Picked during this run; the settings keep it when there are any.
    QString m_pickedXeroSource;
};
