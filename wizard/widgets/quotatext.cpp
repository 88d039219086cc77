#include "quotatext.h"

#include "refreshpresentation.h"
#include "refreshquota.h"

QString QuotaText::sentence(std::optional<int> refreshesLeft, const QDateTime &nextFreeAt)
{
    if (!refreshesLeft)
        return tr("The dataset is on dedicated capacity: Power BI sets no daily limit on its "
                  "refreshes.");
    if (*refreshesLeft <= 0 && nextFreeAt.isValid())
        return tr("No refresh is left today: on shared capacity Power BI allows %1 refreshes in "
                  "24 hours, and the dataset has used them all. The next one frees up at %2.")
            .arg(RefreshQuota::sharedCapacityLimit)
            .arg(RefreshPresentation::localTime(nextFreeAt));
    if (*refreshesLeft <= 0)
        return tr("No refresh is left today: on shared capacity Power BI allows %1 refreshes in "
                  "24 hours, and the dataset has used them all. Try again once the oldest of "
                  "them is more than 24 hours old.")
            .arg(RefreshQuota::sharedCapacityLimit);
    return tr("%n refresh(es) left today (Power BI allows %1 a day on shared capacity).", nullptr,
              *refreshesLeft)
        .arg(RefreshQuota::sharedCapacityLimit);
}
