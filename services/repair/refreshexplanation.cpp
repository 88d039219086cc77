#include "refreshexplanation.h"

#include "diagnosiscatalogue.h"

QString RefreshExplanation::errorCode(const Refresh &refresh)
{
    return refresh.serviceException().errorCode();
}

std::optional<Diagnosis> RefreshExplanation::diagnosis(const Refresh &refresh)
{
    if (refresh.status() != Refresh::Status::Failed)
        return std::nullopt;
    const ServiceException exception = refresh.serviceException();
    // Text that is not JSON still says something: it stands in for the description.
    const QString description = exception.form() == ServiceException::Form::NotJson
                                    ? exception.raw()
                                    : exception.errorDescription();
    return DiagnosisCatalogue::forRefreshError(exception.errorCode(), description);
}

QString RefreshExplanation::sentence(const Refresh &refresh)
{
    switch (refresh.status()) {
    case Refresh::Status::Failed:
        return diagnosis(refresh)->explanation();
    case Refresh::Status::Completed:
        return tr("The refresh completed.");
    case Refresh::Status::Cancelled:
        return tr("The refresh was cancelled.");
    case Refresh::Status::Disabled:
        return tr("The refresh is disabled.");
    case Refresh::Status::Unknown:
        return refresh.isRunning() ? tr("The refresh is still running.")
                                   : tr("Power BI does not know how this refresh ended.");
    case Refresh::Status::Other:
        break;
    }
    return tr("Power BI reports the status \"%1\", which this program does not know.")
        .arg(refresh.statusText());
}
