#pragma once

#include "diagnosis.h"
#include "refresh.h"

#include <QCoreApplication>

#include <optional>

// One refresh history entry in plain words: what its status means and, for a failure, the
// diagnosis that names the repair step.
class RefreshExplanation
{
    Q_DECLARE_TR_FUNCTIONS(RefreshExplanation)

public:
    // The errorCode of its serviceExceptionJson; empty when it reported none.
    static QString errorCode(const Refresh &refresh);
    // For a failed refresh only.
    static std::optional<Diagnosis> diagnosis(const Refresh &refresh);
    // One sentence for any status, unknown ones included.
    static QString sentence(const Refresh &refresh);
};
