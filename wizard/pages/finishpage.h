#pragma once

#include "diagnosis.h"
#include "refresh.h"
#include "refreshrun.h"
#include "repairpage.h"

#include <QUrl>

#include <optional>

class StatusReader;
class ChosenDataset;
class QLabel;
class QPushButton;
class QWidget;
struct DatasetStatus;

// The end of the procedure. When the refresh run on the previous page completed: success, in
// plain words. Otherwise ("Still failing": it failed, was not run, or did not end in time) the
// diagnosis, the documented next steps (Power BI support and the Power BI community) and Copy
// details, which puts a report with ids, codes and times (never a token) on the clipboard.
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
    void showSuccess();
    void showStillFailing(const QList<Diagnosis> &diagnoses);
    void loadDiagnoses();
    void showStatus(const DatasetStatus &status);
    void copyDetails();
    static bool completed(const std::optional<RefreshRun> &run);

    StatusReader *m_statusReader;
    ChosenDataset *m_chosen;
    QLabel *m_summary = nullptr;
    QLabel *m_diagnosis = nullptr;
    QWidget *m_nextSteps = nullptr;
    QPushButton *m_copyDetails = nullptr;
    QLabel *m_copied = nullptr;
    std::optional<RefreshRun> m_run;
    std::optional<Refresh> m_lastRefresh;
    QList<Diagnosis> m_diagnoses;
    bool m_success = false;
};
