#pragma once

#include "refreshschedule.h"
#include "repairpage.h"

#include <optional>

class StatusReader;
class DatasetEditor;
class ChosenDataset;
class HalfHourTimeEdit;
class QCheckBox;
class QLabel;
class QPushButton;
class QWidget;
class ScheduleView;

// Step 5, Schedule refresh (Planifier l'actualisation): the dataset's schedule as Power BI has
// it (ScheduleView, as in Settings for Xero), its times in the schedule's zone and in the user's
// own; when it is off or not daily, one button makes it daily at a chosen time and switched on,
// then reads it back to confirm. It also says plainly why a credential pushed through the API
// does not keep the scheduled refresh going on its own. Daily is recommended, not required; but
// a schedule that is off stops Next until it is switched on or the user says to leave it off.

class SchedulePage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    SchedulePage(OperationTracker *operations, StatusReader *status, DatasetEditor *editor,
                 ChosenDataset *chosen, QWidget *parent = nullptr);

    void initializePage() override;

    // The schedule last read from Power BI, if any.
    std::optional<RefreshSchedule> schedule() const { return m_schedule; }
    // The web page where the user can sign in to Xero through Power BI itself.
    QUrl datasetSettingsUrl() const;

protected:
    bool isReady() const override;

private:
    QWidget *createMakeDailyRow();
    QLabel *createCredentialNote();
    void loadSchedule();
    void makeDaily();
    void showSchedule(const RefreshSchedule &schedule);
    void clearSchedule();
    void showAdvice(const RefreshSchedule &schedule);
    QString chosenTime() const;

    StatusReader *m_statusReader;
    DatasetEditor *m_editor;
    ChosenDataset *m_chosen;
    ScheduleView *m_view = nullptr;
    QLabel *m_advice = nullptr;
    QWidget *m_makeDailyRow = nullptr;
    HalfHourTimeEdit *m_time = nullptr;
    QPushButton *m_makeDaily = nullptr;
    QLabel *m_credentialNote = nullptr;
    QCheckBox *m_leaveOff = nullptr;
    std::optional<RefreshSchedule> m_schedule;
};
