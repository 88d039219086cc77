#pragma once

#include "apierror.h"
#include "diagnosis.h"

#include <QCoreApplication>

// Turns what Power BI reports (the errorCode of a refresh's serviceExceptionJson, or an API
// error) into a plain explanation and the repair step that fixes it. Codes are matched without
// regard to case; an unknown code is shown as it came.
class DiagnosisCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisCatalogue)

public:
    // For a failed refresh: the errorCode (and errorDescription) of its serviceExceptionJson.
    static Diagnosis forRefreshError(const QString &errorCode, const QString &description = {});
    // For a call the program made that failed.
    static Diagnosis forApiError(const ApiError &error);
    // Conditions that carry no error code of their own.
    static Diagnosis forScheduleSwitchedOff();
    static Diagnosis forNotOwner(const QString &owner);
    // Power BI refused to start a refresh: the dataset used its refreshes of the last 24 hours.
    static bool isDailyLimitRefusal(const ApiError &error);

private:
    static Diagnosis credentialTrouble(const QString &code);
    static Diagnosis unknown(const QString &code, const QString &description);
};
