#include "quotatext.h"

#include "refreshquota.h"

QString QuotaText::sentence(std::optional<int> refreshesLeft, const QDateTime &nextFreeAt)
{
    if (!refreshesLeft)
        return tr("The dataset is on dedicated capacity: Power BI sets no daily limit on its "
                  "refreshes.");
    if (*refreshesLeft <= 0)
        return tr("No refresh is left today.") + QLatin1Char(' ') +
               RefreshQuota::limitReachedSentence(nextFreeAt);
    return tr("%n refresh(es) left today (Power BI allows %1 a day on shared capacity).", nullptr,
              *refreshesLeft)
        .arg(RefreshQuota::sharedCapacityLimit);
}
