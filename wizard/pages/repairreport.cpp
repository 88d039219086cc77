#include "repairreport.h"

#include "refreshexplanation.h"
#include "refreshpresentation.h"

RepairReport::RepairReport(const DatasetChoice &dataset, const QDateTime &now)
    : m_dataset(dataset)
    , m_now(now)
{}

QString RepairReport::text() const
{
    QStringList lines;
    lines << tr("Xero Refresh Assistant: repair report");
    lines << line(tr("Program version"),
                  m_programVersion.isEmpty() ? tr("unknown") : m_programVersion);
    lines << line(tr("Written"), timeText(m_now));
    lines << QString();
    addDataset(lines);
    lines << QString();
    addRun(lines);
    addDiagnoses(lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void RepairReport::addDataset(QStringList &lines) const
{
    lines << line(tr("Dataset"), m_dataset.dataset.name());
    lines << line(tr("Dataset id"), m_dataset.dataset.id());
    if (m_dataset.isInMyWorkspace()) {
        lines << line(tr("Workspace"), tr("My workspace"));
    } else {
        lines << line(tr("Workspace"), m_dataset.workspace.name());
        lines << line(tr("Workspace id"), m_dataset.workspace.id());
    }
    lines << line(tr("Capacity"),
                  m_dataset.workspace.isOnDedicatedCapacity() ? tr("dedicated") : tr("shared"));
}

void RepairReport::addRun(QStringList &lines) const
{
    if (!m_run) {
        lines << tr("No refresh was started by this program.");
        if (m_lastRefresh) {
            lines << tr("Last refresh in the history:");
            addRefresh(lines, *m_lastRefresh);
        }
        return;
    }
    lines << tr("Refresh started by this program:");
    lines << line(tr("Requested"), timeText(m_run->requestedAt));
    lines << line(tr("Xero credential given to Power BI first"),
                  m_run->credentialsPushed ? tr("yes") : tr("no"));
    if (m_run->refresh)
        addRefresh(lines, *m_run->refresh);
    else
        lines << line(tr("Request id"), m_run->start.requestId);
    if (m_run->timedOut)
        lines << tr("The program stopped following it before it ended.");
    else if (!m_run->hasEnded())
        lines << tr("It had not ended when the program stopped following it.");
}

void RepairReport::addRefresh(QStringList &lines, const Refresh &refresh) const
{
    lines << line(tr("Request id"), refresh.requestId());
    lines << line(tr("Refresh type"), refresh.refreshTypeText());
    lines << line(tr("Status"), RefreshPresentation::statusText(refresh));
    const QString code = RefreshExplanation::errorCode(refresh);
    if (!code.isEmpty())
        lines << line(tr("Error code"), code);
    const QString description = refresh.serviceException().errorDescription();
    if (!description.isEmpty())
        lines << line(tr("Error description"), description);
    lines << line(tr("Started"), timeText(refresh.startTime()));
    lines << line(tr("Ended"), timeText(refresh.endTime()));
    if (refresh.attempts().size() > 1)
        lines << line(tr("Attempts"), QString::number(refresh.attempts().size()));
}

void RepairReport::addDiagnoses(QStringList &lines) const
{
    if (m_diagnoses.isEmpty())
        return;
    lines << QString();
    lines << tr("Diagnosis:");
    for (const Diagnosis &diagnosis : m_diagnoses) {
        const QString code =
            diagnosis.code().isEmpty() ? QString() : QStringLiteral(" [%1]").arg(diagnosis.code());
        lines << QStringLiteral("- %1%2").arg(diagnosis.explanation(), code);
    }
}

QString RepairReport::line(const QString &label, const QString &value)
{
    return tr("%1: %2").arg(label, value.isEmpty() ? QStringLiteral("—") : value);
}

// UTC for whoever reads the report anywhere, local for the user who sends it.
QString RepairReport::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return tr("%1 (your time: %2)")
        .arg(time.toUTC().toString(Qt::ISODate), RefreshPresentation::localTime(time));
}
