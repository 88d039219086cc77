#pragma once

#include "diagnosis.h"

#include <QCoreApplication>
#include <QString>

// The repair procedure's steps in words, as the wizard's page titles name them, and the
// sentence that tells the user which step fixes a diagnosis.
class RepairStepText
{
    Q_DECLARE_TR_FUNCTIONS(RepairStepText)

public:
    // "Sign in with Xero"; empty for None.
    static QString name(RepairStep step);
    // "Fixed at step 4: Sign in with Xero", or what to do when no step fixes it.
    static QString fixSentence(RepairStep step);
    // A button's text that takes the user back to step: "Go to step 5: Schedule refresh".
    static QString goToStep(RepairStep step);
};
