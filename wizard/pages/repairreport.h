#pragma once

#include "datasetchoice.h"
#include "diagnosis.h"
#include "refresh.h"
#include "refreshrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The plain-text report that "Copy details" puts on the clipboard for Power BI support or the
// community: the program's version, the dataset and workspace with their ids, the refresh's
// request id, status, error code and times (UTC and local), and the diagnosis. It is built only
// from values that hold no secret: no token, no sign-in answer, no redirect ever reaches it.
class RepairReport
{
    Q_DECLARE_TR_FUNCTIONS(RepairReport)

public:
    // now: when the report is written, on the session's clock.
    RepairReport(const DatasetChoice &dataset, const QDateTime &now);

    void setProgramVersion(const QString &version) { m_programVersion = version; }
    // The refresh this program started (its history entry, if it showed up, is reported).
    void setRun(const RefreshRun &run) { m_run = run; }
    // When no refresh ran here: the newest entry of the dataset's history.
    void setLastRefresh(const Refresh &refresh) { m_lastRefresh = refresh; }
    void setDiagnoses(const QList<Diagnosis> &diagnoses) { m_diagnoses = diagnoses; }

    QString text() const;

private:
    void addDataset(QStringList &lines) const;
    void addRun(QStringList &lines) const;
    void addRefresh(QStringList &lines, const Refresh &refresh) const;
    void addDiagnoses(QStringList &lines) const;
    static QString line(const QString &label, const QString &value);
    static QString timeText(const QDateTime &time);

    DatasetChoice m_dataset;
    QDateTime m_now;
    QString m_programVersion;
    std::optional<RefreshRun> m_run;
    std::optional<Refresh> m_lastRefresh;
    QList<Diagnosis> m_diagnoses;
};
