#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// How many refreshes are left today, in one sentence, the same in the wizard and in the status
// window: the count with Power BI's limit on shared capacity, none left with when more come, or
// no limit on dedicated capacity.
class QuotaText
{
    Q_DECLARE_TR_FUNCTIONS(QuotaText)

public:
    // refreshesLeft: RefreshQuota::refreshesLeftToday(), nullopt on dedicated capacity;
    // nextFreeAt: RefreshQuota::nextFreeAt(), said with none left when valid.
    static QString sentence(std::optional<int> refreshesLeft, const QDateTime &nextFreeAt = {});
};
