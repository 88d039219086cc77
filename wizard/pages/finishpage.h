#pragma once

#include "diagnosis.h"
#include "refresh.h"
#include "refreshrun.h"
#include "repairpage.h"
#include "repairverdict.h"

#include <QUrl>

#include <optional>

class StatusReader;
class ChosenDataset;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;
struct DatasetStatus;

// The end of the procedure, said from what Power BI says now (RepairVerdict), never from the
// steps the wizard ran: "Finished" only when the last refresh completed, the Xero credential
// lasts and the schedule is on and daily. Otherwise what is left, each with a button back to
// the step that fixes it, the next scheduled refresh's fate when it is going to fail, and for a
// failure the documented next steps (Power BI support and community) with Copy details (ids,
// codes and times, never a token).
class FinishPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    FinishPage(OperationTracker *operations, StatusReader *status, ChosenDataset *chosen,
               QWidget *parent = nullptr);

    void initializePage() override;

    static QUrl supportUrl()
    {
        return QUrl(QStringLiteral("https://support.fabric.microsoft.com/support"));
    }
    static QUrl communityUrl()
    {
        return QUrl(QStringLiteral(
            "https://community.fabric.microsoft.com/t5/Power-BI-forums/ct-p/powerbi"));
    }

    bool isSuccess() const { return m_success; }
    // The report Copy details puts on the clipboard, as it stands now.
    QString reportText() const;

protected:
    void retry() override;

private:
    QWidget *createNextSteps();
    void loadStatus();
    void showStatus(const DatasetStatus &status);
    void showFinished(const RepairVerdict &verdict);
    void showLeft(const DatasetStatus &status);
    void addLeft(const RepairVerdict::Left &item);
    void clearLeft();
    void copyDetails();

    StatusReader *m_statusReader;
    ChosenDataset *m_chosen;
    QLabel *m_summary = nullptr;
    QLabel *m_diagnosis = nullptr;
    QWidget *m_left = nullptr;
    QVBoxLayout *m_leftLayout = nullptr;
    QWidget *m_nextSteps = nullptr;
    QPushButton *m_copyDetails = nullptr;
    QLabel *m_copied = nullptr;
    std::optional<RefreshRun> m_run;
    std::optional<Refresh> m_lastRefresh;
    QList<Diagnosis> m_diagnoses;
    bool m_success = false;
};
