#pragma once

#include "datasetstatus.h"
#include "repairpage.h"

#include <optional>

class ChosenDataset;
class DatasetEditor;
class QButtonGroup;
class StatusReader;
class QCommandLinkButton;
class QFormLayout;
class QGroupBox;
class QPushButton;
class ScheduleView;
class ValueLabel;

// Step 2, Settings for Xero (the Power BI page of that name): every data source of the dataset
// with its kind and gateway, which of them reads Xero (picked by the user, and remembered, when
// none or several look like it), the state of its credential, the refresh schedule (ScheduleView,
// as in Schedule refresh), and the owner. Edit credentials goes on to Configure Xero, as Next does;
// both wait until the signed-in user owns the dataset, since Power BI refuses credentials from
// anyone else: Take over makes the user the owner.
class XeroSettingsPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    XeroSettingsPage(OperationTracker *operations, StatusReader *status, DatasetEditor *editor,
                     ChosenDataset *chosen, QWidget *parent = nullptr);

    void initializePage() override;
    // The status last read; nullopt before the first successful read.
    const std::optional<DatasetStatus> &status() const { return m_status; }

public slots:
    void reload();
    void takeOver();

protected:
    bool isReady() const override;
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *createCredentials();
    ScheduleView *createSchedule();
    QGroupBox *createOwner();
    void statusLoaded(const DatasetStatus &status);
    void showStatus();
    void showDatasources();
    QWidget *datasourceName(const Datasource &datasource, bool pickable);
    void pickXeroSource(const Datasource &datasource);
    void showSchedule();
    void showOwner();
    void updateEditCredentials();
    void editCredentials();
    bool hasDiagnosis(Diagnosis::Category category) const;
    QString credentialState(const Datasource &datasource) const;
    static QString describe(const Datasource &datasource);
    static QString connectionText(const Datasource &datasource);

    std::optional<DatasetStatus> m_status;
    StatusReader *m_statusReader;
    DatasetEditor *m_editor;
    ChosenDataset *m_chosen;
    QButtonGroup *m_xeroPick = nullptr;
    QFormLayout *m_datasources = nullptr;
    QCommandLinkButton *m_editCredentials = nullptr;
    ValueLabel *m_editBlocked = nullptr;
    ScheduleView *m_schedule = nullptr;
    ValueLabel *m_scheduleFix = nullptr;
    ValueLabel *m_owner = nullptr;
    ValueLabel *m_notOwner = nullptr;
    QPushButton *m_takeOver = nullptr;
    ValueLabel *m_takeOverExplanation = nullptr;
};
