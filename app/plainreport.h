#pragma once

#include "datasetcatalogue.h"
#include "datasetchoice.h"
#include "datasetstatus.h"
#include "datasetwatch.h"
#include "refresh.h"
#include "refreshrun.h"
#include "refreshschedule.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// What the command line prints without --json: a few aligned lines for people, with the
// plain-language diagnosis. Times are shown in this computer's time zone.
class PlainReport
{
    Q_DECLARE_TR_FUNCTIONS(PlainReport)

public:
    static QString datasets(const DatasetCatalogue &catalogue);
    static QString status(const DatasetStatus &status);
    static QString history(const DatasetChoice &choice, const QList<Refresh> &refreshes);
    static QString schedule(const DatasetChoice &choice, const RefreshSchedule &schedule);
    static QString refreshNow(const DatasetChoice &choice, const RefreshRun &run, bool waited);
    static QString watch(const WatchReport &report);
    static QString candidates(const QList<DatasetChoice> &candidates);
    // text with every control character (and the invisible bidirectional overrides) written
    // as a visible escape: names come from the service, and a terminal obeys what they hide.
    static QString safe(const QString &text);

private:
    using Lines = QList<QPair<QString, QString>>;
    static QString aligned(const Lines &lines);
    static QString datasetLine(const DatasetChoice &choice);
    static QString refreshLine(const Refresh &refresh);
    static QString scheduleLine(const RefreshSchedule &schedule);
    static QString localTime(const QDateTime &time);
};
