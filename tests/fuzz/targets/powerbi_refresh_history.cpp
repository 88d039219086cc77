// GET .../refreshes: the refresh history, and what the program makes of it for the user (the
// sentence and diagnosis of each entry, the refreshes left in the rolling day).
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "refresh.h"
#include "refreshexplanation.h"
#include "refreshquota.h"

namespace {

void use(const Refresh &refresh)
{
    fuzzCheck(!refresh.isRunning() || refresh.status() == Refresh::Status::Unknown,
              "only a refresh of unknown status is running");
    const ServiceException exception = refresh.serviceException();
    fuzzCheck(exception.form() != ServiceException::Form::Absent || exception.raw().isEmpty(),
              "an absent service exception has no text");
    for (const RefreshAttempt &attempt : refresh.attempts())
        (void)attempt.serviceException().errorCode().size();
    (void)RefreshExplanation::sentence(refresh).size();
    if (const std::optional<Diagnosis> diagnosis = RefreshExplanation::diagnosis(refresh))
        (void)diagnosis->explanation().size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<Refresh>> history = Refresh::listFromJson(FuzzInput(data, size).bytes());
    if (!history)
        return 0;
    for (const Refresh &refresh : history.value())
        use(refresh);
    const QDateTime now(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    for (const bool dedicated : {false, true}) {
        const RefreshQuota quota = RefreshQuota::count(history.value(), dedicated, now);
        fuzzCheck(quota.refreshesToday() >= 0, "a count is never negative");
        fuzzCheck(!quota.refreshesLeftToday() || *quota.refreshesLeftToday() >= 0,
                  "refreshes left are never negative");
    }
    return 0;
}
